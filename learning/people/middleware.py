"""Multi-factor authentication is compulsory for anyone who sees others' records.

Having an authenticator is not enough: the second factor must have been used in this
session. allauth records every authentication method a session passes
(`get_authentication_records`, method "mfa" for a TOTP or recovery code), so a session
that was opened some other way (a password-only form, `login()` called directly) has a
user but no "mfa" record, and is sent to allauth's reauthentication with the second factor.
See https://docs.allauth.org/en/latest/mfa/introduction.html
"""

from __future__ import annotations

from collections.abc import Callable

from allauth.account.authentication import get_authentication_records
from allauth.mfa.utils import is_mfa_enabled

from django.contrib import messages
from django.contrib.auth import REDIRECT_FIELD_NAME
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme, urlencode

from learning.people.roles import user_requires_mfa

# Assets any page needs, whoever is asking.
_ASSET_PREFIXES = ("/static/", "/media/", "/favicon")
# A person who still has to set up MFA may reach allauth's pages: the set-up itself, and
# signing out.
_SET_UP_PREFIXES = ("/accounts/",)
# Where a person was going when they were sent to set up MFA: the recovery-codes page at
# the end of the set-up offers it as the way on (see learning/templatetags/people.py).
MFA_SET_UP_NEXT_SESSION_KEY = "people_mfa_set_up_next"


def mfa_set_up_next(request: HttpRequest) -> str | None:
    """The page a person was going to when the set-up started, if it is one of ours."""
    path = request.session.get(MFA_SET_UP_NEXT_SESSION_KEY)
    if path and url_has_allowed_host_and_scheme(path, allowed_hosts={request.get_host()}):
        return path
    return None


def session_passed_second_factor(request: HttpRequest) -> bool:
    """True when this session's user completed a second factor in this session."""
    records = get_authentication_records(request, request.user)
    return any(record.get("method") == "mfa" for record in records)


class RequireMFAForStaffMiddleware:
    """Trainers, leads, managers and admins reach no page until their session has passed
    a second factor: without an authenticator they are sent to set one up; with one, but a
    session that never used it, to allauth's reauthentication with their code."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = getattr(request, "user", None)
        if (
            user is None
            or not user.is_authenticated
            or request.path.startswith(_ASSET_PREFIXES)
            or not user_requires_mfa(user)
        ):
            return self.get_response(request)
        if not is_mfa_enabled(user):
            if request.path.startswith(_SET_UP_PREFIXES):
                return self.get_response(request)
            next_path = request.get_full_path() if request.method == "GET" else request.path
            request.session[MFA_SET_UP_NEXT_SESSION_KEY] = next_path
            messages.warning(
                request,
                "Your role lets you see other people's records or publish content, so you "
                "must set up two-factor authentication before you continue.",
            )
            activate = reverse("mfa_activate_totp")
            return redirect(f"{activate}?{urlencode({REDIRECT_FIELD_NAME: next_path})}")
        if session_passed_second_factor(request):
            return self.get_response(request)
        # Only the second-factor check and signing out are open to such a session: even
        # allauth's own pages (change email, turn off two-factor) wait for the code.
        reauthenticate = reverse("mfa_reauthenticate")
        if request.path in (reauthenticate, reverse("account_logout")):
            return self.get_response(request)
        messages.warning(
            request,
            "Enter the code from your authenticator app to continue: your role needs "
            "two-factor authentication every time you sign in.",
        )
        next_path = request.get_full_path() if request.method == "GET" else request.path
        return redirect(f"{reauthenticate}?{urlencode({REDIRECT_FIELD_NAME: next_path})}")
