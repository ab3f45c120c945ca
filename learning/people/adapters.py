"""allauth adapters: how a sign-up becomes a learner placed in an agency."""

from __future__ import annotations

from typing import Any

from allauth.account.adapter import DefaultAccountAdapter

from django.http import HttpRequest
from django.utils import timezone

from learning.people.models import User


class AccountAdapter(DefaultAccountAdapter):
    def save_user(self, request: HttpRequest, user: User, form: Any, commit: bool = True) -> User:
        """Save the sign-up's own fields and place the person in an agency.

        A listed email domain decides the agency and confirms membership; otherwise the
        chosen agency waits for a lead's confirmation.
        """
        user = super().save_user(request, user, form, commit=False)
        data = form.cleaned_data
        user.job_title = data.get("job_title", "")
        domain_agency = getattr(form, "domain_agency", None)
        if domain_agency is not None:
            user.agency = domain_agency
            user.agency_confirmed_at = timezone.now()
        else:
            user.agency = data.get("agency")
            user.agency_confirmed_at = None
        if commit:
            user.save()
        return user
