"""Multi-factor authentication is compulsory for anyone who sees others' records."""

from __future__ import annotations

from collections.abc import Callable

from allauth.mfa.utils import is_mfa_enabled

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse

from learning.people.roles import user_requires_mfa

# Paths a person who still has to set up MFA may reach: the set-up itself, signing out,
# and the assets those pages need.
_ALWAYS_ALLOWED_PREFIXES = ("/accounts/", "/static/", "/media/", "/favicon")


class RequireMFAForStaffMiddleware:
    """Send trainers, leads, managers and admins to set up MFA before anything else."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = getattr(request, "user", None)
        if (
            user is not None
            and user.is_authenticated
            and not request.path.startswith(_ALWAYS_ALLOWED_PREFIXES)
            and user_requires_mfa(user)
            and not is_mfa_enabled(user)
        ):
            messages.warning(
                request,
                "Your role lets you see other people's records or publish content, so you "
                "must set up two-factor authentication before you continue.",
            )
            return redirect(reverse("mfa_activate_totp"))
        return self.get_response(request)
