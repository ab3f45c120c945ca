"""The roles people hold on the platform, as Django groups.

A learner holds no group; every other role is a group whose permissions `seed_roles`
keeps in step with this module, so a role means the same thing on every install.
"""

from enum import StrEnum


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
