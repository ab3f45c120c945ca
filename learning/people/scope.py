"""Whose records a person may see: decided here, once, for every view, snippet, report,
export and command (`scope_for`)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from django.db.models import QuerySet

from learning.people.models import Agency, Partnership, User
from learning.people.roles import Role, user_roles

if TYPE_CHECKING:
    from django.contrib.auth.models import AnonymousUser


class ScopeLevel(StrEnum):
    ALL = "all"
    PARTNERSHIP = "partnership"
    AGENCY = "agency"
    NONE = "none"


@dataclass(frozen=True)
class Scope:
    """Whose records a person may see. Every view, export and API asks this, never a role.

    A partnership manager sees their partnership, an agency lead their own agency, a
    platform administrator everything; learners and trainers see no one else's records.
    """

    level: ScopeLevel
    partnership_id: int | None = None
    agency_id: int | None = None

    def filter(self, queryset: QuerySet, *, agency_path: str = "agency") -> QuerySet:
        """Narrow any queryset to this scope, given the lookup path from it to an Agency."""
        if self.level is ScopeLevel.ALL:
            return queryset
        if self.level is ScopeLevel.PARTNERSHIP:
            return queryset.filter(**{f"{agency_path}__partnership_id": self.partnership_id})
        if self.level is ScopeLevel.AGENCY:
            return queryset.filter(**{f"{agency_path}_id": self.agency_id})
        return queryset.none()

    def agencies(self) -> QuerySet[Agency]:
        qs = Agency.objects.select_related("partnership")
        if self.level is ScopeLevel.ALL:
            return qs
        if self.level is ScopeLevel.PARTNERSHIP:
            return qs.filter(partnership_id=self.partnership_id)
        if self.level is ScopeLevel.AGENCY:
            return qs.filter(pk=self.agency_id)
        return qs.none()

    def partnerships(self) -> QuerySet[Partnership]:
        if self.level is ScopeLevel.ALL:
            return Partnership.objects.all()
        if self.level is ScopeLevel.NONE:
            return Partnership.objects.none()
        return Partnership.objects.filter(pk=self.partnership_id)

    def learners(self) -> QuerySet[User]:
        return self.filter(User.objects.select_related("agency__partnership"))

    def filter_partnership(self, queryset: QuerySet, *, path: str = "partnership") -> QuerySet:
        """Narrow a queryset of things a partnership owns (KPIs, area contacts, employers),
        given the lookup path from it to a Partnership. An agency lead sees their own
        partnership's; what they may change is a matter of their role's permissions."""
        if self.level is ScopeLevel.ALL:
            return queryset
        if self.level is ScopeLevel.NONE:
            return queryset.none()
        return queryset.filter(**{f"{path}_id": self.partnership_id})

    def includes_agency(self, agency_id: int | None) -> bool:
        """Is this agency's people's records in scope? (No query.)"""
        if self.level is ScopeLevel.ALL:
            return True
        if agency_id is None:
            return False
        if self.level is ScopeLevel.AGENCY:
            return agency_id == self.agency_id
        if self.level is ScopeLevel.PARTNERSHIP:
            return Agency.objects.filter(pk=agency_id, partnership_id=self.partnership_id).exists()
        return False

    def sees_agency(self, agency: Agency | None) -> bool:
        """Like `includes_agency`, for an agency already loaded (no query)."""
        if self.level is ScopeLevel.ALL:
            return True
        if agency is None:
            return False
        if self.level is ScopeLevel.PARTNERSHIP:
            return agency.partnership_id == self.partnership_id
        if self.level is ScopeLevel.AGENCY:
            return agency.pk == self.agency_id
        return False

    def sees_partnership(self, partnership_id: int | None) -> bool:
        """Is something this partnership owns in scope? (No query.)"""
        if self.level is ScopeLevel.ALL:
            return True
        return self.level is not ScopeLevel.NONE and partnership_id == self.partnership_id

    @property
    def is_empty(self) -> bool:
        return self.level is ScopeLevel.NONE

    @property
    def is_partnership_wide(self) -> bool:
        """A manager's (or an administrator's) scope: a whole partnership or more."""
        return self.level in (ScopeLevel.ALL, ScopeLevel.PARTNERSHIP)

    @property
    def is_agency_only(self) -> bool:
        return self.level is ScopeLevel.AGENCY


SYSTEM_SCOPE = Scope(ScopeLevel.ALL)
"""What tasks and management commands see: they run as the system, not as a person."""


def scope_for(user: User | AnonymousUser) -> Scope:
    """The one place that decides whose records a user may see."""
    roles = user_roles(user)
    if Role.ADMIN in roles:
        return Scope(ScopeLevel.ALL)
    agency = getattr(user, "agency", None)
    if agency is None:
        return Scope(ScopeLevel.NONE)
    if Role.PARTNERSHIP_MANAGER in roles:
        return Scope(ScopeLevel.PARTNERSHIP, partnership_id=agency.partnership_id)
    if Role.AGENCY_LEAD in roles:
        return Scope(ScopeLevel.AGENCY, partnership_id=agency.partnership_id, agency_id=agency.pk)
    return Scope(ScopeLevel.NONE)
