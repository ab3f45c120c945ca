"""The roles people hold on the platform, as Django groups.

A learner holds no group; every other role is a group whose permissions `seed_roles`
keeps in step with this module, so a role means the same thing on every install.
"""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING

from learning.people.models import User

if TYPE_CHECKING:
    from django.contrib.auth.models import AnonymousUser


class Role(StrEnum):
    LEARNER = "Learner"
    TRAINER = "Trainer"
    AGENCY_LEAD = "Agency lead"
    PARTNERSHIP_MANAGER = "Partnership manager"
    ADMIN = "Administrator"


#: Roles that must use multi-factor authentication (they see other people's records or
#: publish content), enforced by learning.middleware.RequireMFAForStaffMiddleware.
MFA_REQUIRED_ROLES = frozenset(
    {Role.TRAINER, Role.AGENCY_LEAD, Role.PARTNERSHIP_MANAGER, Role.ADMIN}
)

#: The groups behind each role (the learner has none).
GROUP_ROLES = (Role.TRAINER, Role.AGENCY_LEAD, Role.PARTNERSHIP_MANAGER)


def user_roles(user: User | AnonymousUser) -> frozenset[Role]:
    """Every role a user holds; computed once per user object (one query)."""
    if not getattr(user, "is_authenticated", False):
        return frozenset()
    cached = getattr(user, "_roles_cache", None)
    if cached is not None:
        return cached
    names = set(user.groups.values_list("name", flat=True))
    roles = {Role.LEARNER} | {role for role in GROUP_ROLES if role.value in names}
    if user.is_superuser:
        roles.add(Role.ADMIN)
    result = frozenset(roles)
    user._roles_cache = result  # type: ignore[union-attr]
    return result


def user_requires_mfa(user: User | AnonymousUser) -> bool:
    """Anyone who authors content or sees other people's records must use MFA."""
    return bool(user_roles(user) & MFA_REQUIRED_ROLES) or bool(getattr(user, "is_staff", False))
