"""Signal handlers of people's sign-in; connected in `LearningConfig.ready()`."""

from __future__ import annotations

from allauth.account.internal.flows.login import record_authentication
from allauth.mfa.models import Authenticator

from django.http import HttpRequest

from learning.people.models import User
from learning.people.services import user_partnership_groups_sync

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


def sync_partnership_groups_on_group_change(
    sender: type, instance: object, action: str, reverse: bool, pk_set: set | None, **kwargs
) -> None:
    """A role group given or taken away (in Wagtail's user editor too) brings the person's
    partnership group with it: page permissions and approvals are per partnership."""
    if action not in ("post_add", "post_remove", "post_clear"):
        return
    if not reverse:
        user_partnership_groups_sync(user=instance)
    elif pk_set:
        for user in User.objects.filter(pk__in=pk_set).select_related("agency__partnership"):
            user_partnership_groups_sync(user=user)
