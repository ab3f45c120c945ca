"""Signal handlers of people's sign-in; connected in `LearningConfig.ready()`."""

from __future__ import annotations

from allauth.account.internal.flows.login import record_authentication
from allauth.mfa.models import Authenticator

from django.http import HttpRequest

from learning.people.models import User

# Authenticators that are a second factor in their own right (recovery codes are made
# alongside one and prove nothing new when they are).
_SECOND_FACTORS = (Authenticator.Type.TOTP, Authenticator.Type.WEBAUTHN)


def record_second_factor_on_activation(
    sender: type[Authenticator],
    request: HttpRequest,
    user: User,
    authenticator: Authenticator,
    **kwargs: object,
) -> None:
    """Setting up an authenticator app proves the second factor: allauth asked for the
    password again and then for a code from the new app. Record it as allauth records an
    MFA sign-in, so `RequireMFAForStaffMiddleware` does not ask for a second code at once.
    """
    if authenticator.type in _SECOND_FACTORS:
        record_authentication(
            request, user, "mfa", id=authenticator.pk, type=authenticator.type, activated=True
        )
