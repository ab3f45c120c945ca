"""allauth adapters: how a sign-up becomes a learner placed in an agency."""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

from allauth.account import app_settings as account_settings
from allauth.account.adapter import DefaultAccountAdapter
from allauth.account.authentication import get_authentication_records
from allauth.core import context as allauth_context
from allauth.mfa.utils import is_mfa_enabled

from django.conf import settings
from django.http import HttpRequest
from django.urls import reverse
from django.utils import timezone

from learning.people.models import User
from learning.people.roles import user_requires_mfa
from learning.people.selectors import site_partnership
from learning.people.throttle import client_address


@dataclass(frozen=True)
class SiteBrand:
    """What allauth's emails call `current_site`: without django.contrib.sites allauth
    would name the host ("croydon.localhost:8000"); a learner should read the name of the
    partnership whose site they used."""

    name: str
    domain: str


def site_brand(request: HttpRequest | None) -> SiteBrand:
    partnership = site_partnership(request=request)
    return SiteBrand(
        name=partnership.name if partnership else settings.WAGTAIL_SITE_NAME,
        domain=request.get_host() if request is not None else "",
    )


class AccountAdapter(DefaultAccountAdapter):
    def get_client_ip(self, request: HttpRequest) -> str:
        """allauth's rate limits (sign-in, sign-up, codes) key on the same client address as
        ours: behind a load balancer, REMOTE_ADDR is the balancer's, and every practitioner
        would share one sign-in limit (TRUSTED_PROXY_COUNT, learning.people.throttle)."""
        return client_address(request)

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

    def send_mail(self, template_prefix: str, email: str, context: dict) -> None:
        """Sign the email with the partnership of the site it was asked for on."""
        brand = site_brand(allauth_context.request)
        super().send_mail(template_prefix, email, {"current_site": brand, **context})

    def format_email_subject(self, subject: str) -> str:
        return f"[{site_brand(allauth_context.request).name}] {subject}"

    def add_message(
        self,
        request: HttpRequest,
        level: int,
        message_template: str | None = None,
        message_context: dict[str, Any] | None = None,
        extra_tags: str = "",
        message: str | None = None,
    ) -> None:
        """One banner at a time on the two-factor set-up.

        Say nothing about signing in to someone who must set up two-factor next (the
        set-up page's banner says what to do, and "Successfully signed in" above it read as
        if they were done), nor about recovery codes made as part of the set-up (the page
        they land on shows the codes, under "Your authenticator app is set up").
        """
        if message_template == "mfa/messages/recovery_codes_generated.txt" and (
            request.path == reverse("mfa_activate_totp")
        ):
            return
        user = getattr(request, "user", None)
        if (
            message_template == "account/messages/logged_in.txt"
            and user is not None
            and user.is_authenticated
            and user_requires_mfa(user)
            and not is_mfa_enabled(user)
        ):
            return
        super().add_message(request, level, message_template, message_context, extra_tags, message)

    def is_reauthentication_required(self, *, app: str, **kwargs: Any) -> bool:
        """No second password for the two-factor set-up straight after signing in.

        allauth asks for the password again before MFA changes, and counts only an explicit
        reauthentication as recent, so a trainer who had just typed their password met the
        same question on the next page, and again on the recovery codes. A sign-in with the
        password within ACCOUNT_REAUTHENTICATION_TIMEOUT (5 minutes) proves the same thing;
        later, allauth asks as before.
        https://docs.allauth.org/en/latest/account/configuration.html
        """
        request = self.request
        if (
            app == "allauth.mfa"
            and request is not None
            and request.user.is_authenticated
            and _signed_in_with_password_recently(request)
        ):
            return False
        return super().is_reauthentication_required(app=app, **kwargs)


def _signed_in_with_password_recently(request: HttpRequest) -> bool:
    records = get_authentication_records(request, request.user)
    return any(
        record.get("method") == "password"
        and time.time() - record.get("at", 0) < account_settings.REAUTHENTICATION_TIMEOUT
        for record in records
    )
