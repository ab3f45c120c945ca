"""Signing a test client in as allauth's MFA login would: an enrolled TOTP authenticator,
and a session that records a password step and a TOTP step for this user.

Staff roles must use MFA (learning.people.middleware). Recording the steps the way
allauth's own login flow records them (`record_authentication`, the session list that
`get_authentication_records` reads) keeps a signed-in staff client valid however strictly
the middleware checks: that MFA is set up, or that the second factor was passed in this
session.
"""

from __future__ import annotations

from allauth.account.internal.flows.login import record_authentication
from allauth.mfa.models import Authenticator

from django.test import Client, RequestFactory

from learning.people.models import User
from learning.people.roles import user_requires_mfa


def totp_authenticator(user: User) -> Authenticator:
    """The user's TOTP authenticator, created on first use (the secret is never checked:
    the session records the step as passed)."""
    authenticator, _ = Authenticator.objects.get_or_create(
        user=user, type=Authenticator.Type.TOTP, defaults={"data": {"secret": "matrix"}}
    )
    return authenticator


def signed_in_with_mfa(client: Client, user: User) -> Client:
    """Sign `client` in as `user`, having passed a password and (for roles that need it) a
    TOTP step in this session, as allauth's login and MFA views record them."""
    if user_requires_mfa(user):
        totp_authenticator(user)  # before signing in, so the sign-in records its code too
    client.force_login(user)  # in this suite it records the sign-in already (conftest)
    if client.session.get("account_authentication_methods"):
        return client
    request = RequestFactory().get("/")
    request.session = client.session
    request.user = user
    record_authentication(request, user, method="password", email=user.email)
    if user_requires_mfa(user):
        authenticator = totp_authenticator(user)
        record_authentication(request, user, method="mfa", id=authenticator.pk, type="totp")
    request.session.save()
    return client
