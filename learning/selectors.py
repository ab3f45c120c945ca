"""Reads about people: their roles and, in one place, whose records they may see."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from django.db.models import F, Q, QuerySet

from .models import Agency, AgencyEmailDomain, Partnership, User
from .roles import GROUP_ROLES, MFA_REQUIRED_ROLES, Role

if TYPE_CHECKING:
    from django.contrib.auth.models import AnonymousUser


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


def agency_for_email(email: str) -> Agency | None:
    """The agency that owns an email address's domain, if any agency lists it."""
    domain = email.rsplit("@", 1)[-1].strip().lower()
    if not domain:
        return None
    entry = (
        AgencyEmailDomain.objects.select_related("agency__partnership")
        .filter(domain__iexact=domain)
        .first()
    )
    return entry.agency if entry else None


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

    def includes_agency(self, agency_id: int | None) -> bool:
        if agency_id is None:
            return self.level is ScopeLevel.ALL
        return self.agencies().filter(pk=agency_id).exists()

    @property
    def is_empty(self) -> bool:
        return self.level is ScopeLevel.NONE


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


def learners_in_scope(*, user: User | AnonymousUser) -> QuerySet[User]:
    """People whose records `user` may see (none for learners and trainers)."""
    return scope_for(user).learners()


def people_awaiting_confirmation(*, user: User | AnonymousUser) -> QuerySet[User]:
    """Sign-ups in `user`'s scope who chose an agency and wait for a lead to confirm them."""
    return learners_in_scope(user=user).filter(agency_confirmed_at__isnull=True, is_active=True)


def agency_people(*, user: User | AnonymousUser, search: str = "") -> QuerySet[User]:
    """The people list an agency lead or manager sees, waiting confirmations first."""
    qs = learners_in_scope(user=user).filter(is_active=True)
    if search:
        qs = qs.filter(
            Q(first_name__icontains=search)
            | Q(last_name__icontains=search)
            | Q(email__icontains=search)
        )
    return qs.order_by(F("agency_confirmed_at").asc(nulls_first=True), "last_name", "first_name")


def navigation_for(user: User | AnonymousUser) -> list[dict[str, Any]]:
    """The links in the service navigation for this person's roles."""
    from django.urls import reverse

    roles = user_roles(user)
    items: list[dict[str, Any]] = []
    if not roles:
        return items
    items.append({"label": "My learning", "href": reverse("learning:my_learning")})
    if roles & {Role.AGENCY_LEAD, Role.PARTNERSHIP_MANAGER, Role.ADMIN}:
        items.append({"label": "People", "href": reverse("learning:agency_people")})
    if roles & {Role.TRAINER, Role.PARTNERSHIP_MANAGER, Role.ADMIN}:
        items.append({"label": "Manage content", "href": "/admin/"})
    return items


def completion_expires_on(completion) -> date | None:
    """When a completion stops being current: completed + the course's validity (None if
    the course never expires). Certificates and coverage both use this one rule."""
    from dateutil.relativedelta import relativedelta

    months = completion.course.validity_months
    if not months:
        return None
    return (completion.completed_at + relativedelta(months=months)).date()


def is_refresher_due(completion, *, today: date | None = None) -> bool:
    """True from REFRESHER_WINDOW_DAYS before expiry onwards."""
    from django.conf import settings
    from django.utils import timezone

    expires = completion_expires_on(completion)
    if expires is None:
        return False
    today = today or timezone.localdate()
    return (expires - today).days <= settings.REFRESHER_WINDOW_DAYS
