"""Reads about licences: who holds one, the register in a person's scope, a learner's
own licences, and the next sessions that grant one. "In force on a date" is decided
here, once (`in_force_on`), for access, the register, the KPI and the reminders."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db.models import Q, QuerySet
from django.utils import timezone

from wagtail.documents import get_document_model

from learning.licences.models import Licence, LicenceStatus, LicenceType, LicensedResourcePage
from learning.people.models import User
from learning.people.scope import Scope, scope_for
from learning.training.selectors import SessionSummary, upcoming_sessions

if TYPE_CHECKING:
    from django.contrib.auth.models import AnonymousUser


def _start_of(day: dt.date) -> dt.datetime:
    return timezone.make_aware(dt.datetime.combine(day, dt.time.min))


def in_force_on(on: dt.date, prefix: str = "") -> Q:
    """The SQL condition "this licence may be used on `on`": licensed by then, not yet
    past its renew-by date, and not revoked by the end of that day."""
    p = prefix
    return (
        Q(**{f"{p}licensed_on__lte": on})
        & (Q(**{f"{p}renew_by__isnull": True}) | Q(**{f"{p}renew_by__gte": on}))
        & (
            Q(**{f"{p}revoked_at__isnull": True})
            | Q(**{f"{p}revoked_at__gte": _start_of(on + dt.timedelta(days=1))})
        )
    )


def licence_type_by_slug(slug: str) -> LicenceType | None:
    return LicenceType.objects.filter(slug=slug).first()


def licence_held(
    *, person: User | AnonymousUser, licence_type: LicenceType, on: dt.date | None = None
) -> Licence | None:
    """The person's licence in force today (or on `on`), if they hold one."""
    if not getattr(person, "is_authenticated", False):
        return None
    on = on or timezone.localdate()
    return (
        Licence.objects.filter(person=person, licence_type=licence_type)
        .filter(in_force_on(on))
        .first()
    )


def licence_types_licensing_collection(collection_id: int | None) -> QuerySet[LicenceType]:
    """The licence type whose resources live in this document collection (at most one)."""
    if collection_id is None:
        return LicenceType.objects.none()
    return LicenceType.objects.filter(resources_collection_id=collection_id)


def learner_licences(*, learner: User) -> list[Licence]:
    """A learner's current licences (revoked ones left out), for My learning."""
    return list(
        Licence.objects.filter(person=learner, revoked_at__isnull=True)
        .select_related("licence_type", "agency")
        .order_by("licence_type__name")
    )


def people_licences(*, person_ids: list[int]) -> dict[int, list[Licence]]:
    """The licences in force of each of these people, in one query: the agency people page
    shows who is licensed."""
    today = timezone.localdate()
    result: dict[int, list[Licence]] = {}
    for licence in (
        Licence.objects.filter(person_id__in=person_ids)
        .filter(in_force_on(today))
        .select_related("licence_type")
        .order_by("licence_type__name")
    ):
        result.setdefault(licence.person_id, []).append(licence)
    return result


def next_licensed_sessions(
    *, licence_type: LicenceType, user=None, limit: int = 5
) -> list[SessionSummary]:
    """The next sessions (not cancelled) of the events that grant this licence."""
    return upcoming_sessions(events=licence_type.granting_events.live(), user=user, limit=limit)


# --- The register, scoped like coverage ----------------------------------------------------


def licences_scope_for(user: User | AnonymousUser) -> Scope:
    """The register's scope (`scope_for`): managers their partnership, leads their own
    agency, administrators everything; learners and trainers are refused (403)."""
    scope = scope_for(user)
    if scope.is_empty:
        raise PermissionDenied("Only agency leads and partnership managers can see licences.")
    return scope


def licence_types_in_scope(scope: Scope) -> QuerySet[LicenceType]:
    return scope.filter_partnership(LicenceType.objects.select_related("partnership"))


@dataclass(frozen=True)
class RegisterFilters:
    licence_type_id: int | None = None
    agency_id: int | None = None
    status: str = ""
    champions_only: bool = False


def _status_q(status: str, today: dt.date) -> Q:
    """The SQL condition for one status, matching `Licence.status_on`."""
    warn = today + dt.timedelta(days=max(settings.REFRESHER_REMINDER_DAYS))
    live = Q(revoked_at__isnull=True)
    if status == LicenceStatus.REVOKED:
        return Q(revoked_at__isnull=False)
    if status == LicenceStatus.LAPSED:
        return live & Q(renew_by__lt=today)
    if status == LicenceStatus.EXPIRING:
        return live & Q(renew_by__gte=today, renew_by__lte=warn)
    if status == LicenceStatus.ACTIVE:
        return live & (Q(renew_by__isnull=True) | Q(renew_by__gt=warn))
    return Q()


def licence_register(
    *, scope: Scope, filters: RegisterFilters | None = None, today: dt.date | None = None
) -> QuerySet[Licence]:
    """The licences in scope (by the agency they were granted in), filtered."""
    filters = filters or RegisterFilters()
    today = today or timezone.localdate()
    qs = scope.filter(
        Licence.objects.select_related(
            "licence_type", "person", "agency__partnership", "granted_by", "booking__session"
        )
    )
    if filters.licence_type_id:
        qs = qs.filter(licence_type_id=filters.licence_type_id)
    if filters.agency_id:
        qs = qs.filter(agency_id=filters.agency_id)
    if filters.status:
        qs = qs.filter(_status_q(filters.status, today))
    if filters.champions_only:
        qs = qs.filter(is_champion=True)
    return qs.order_by(
        "licence_type__name", "agency__name", "person__last_name", "person__first_name", "pk"
    )


def licence_in_scope(*, scope: Scope, pk: int) -> Licence | None:
    return licence_register(scope=scope).filter(pk=pk).first()


def licence_documents(*, licence_type: LicenceType) -> list:
    """The documents of the licence type's resources collection, by title."""
    if licence_type.resources_collection_id is None:
        return []
    return list(
        get_document_model()
        .objects.filter(collection_id=licence_type.resources_collection_id)
        .order_by("title")
    )


@dataclass(frozen=True)
class LicenceRow:
    """One line of the register, as the report shows and exports it."""

    licence: Licence
    today: dt.date

    @property
    def pk(self) -> int:
        return self.licence.pk

    @property
    def licence_type(self) -> str:
        return self.licence.licence_type.name

    @property
    def person(self) -> str:
        return self.licence.person.get_full_name()

    @property
    def email(self) -> str:
        return self.licence.person.email

    @property
    def agency(self) -> str:
        return self.licence.agency.name if self.licence.agency else ""

    @property
    def licensed_on(self) -> dt.date:
        return self.licence.licensed_on

    @property
    def renew_by(self) -> dt.date | None:
        return self.licence.renew_by

    @property
    def status(self) -> str:
        return self.licence.status_on(self.today).label

    @property
    def status_value(self) -> str:
        return self.licence.status_on(self.today).value

    @property
    def champion(self) -> str:
        return "Yes" if self.licence.is_champion else "No"

    @property
    def granted(self) -> str:
        """The evidence: the session attended, or the manager and their reason."""
        licence = self.licence
        if licence.granted_by_id:
            return f"By {licence.granted_by.get_full_name()}: {licence.grant_reason}"
        if licence.booking_id:
            return f"Attended {licence.booking.session}"
        return ""

    @property
    def revocation_reason(self) -> str:
        return self.licence.revocation_reason


def licence_register_rows(
    *, scope: Scope, filters: RegisterFilters | None = None, today: dt.date | None = None
) -> list[LicenceRow]:
    today = today or timezone.localdate()
    qs = licence_register(scope=scope, filters=filters, today=today).select_related(
        "booking__session__event"
    )
    return [LicenceRow(licence, today) for licence in qs]


def licence_counts_by_agency(rows: list[LicenceRow]) -> list[dict]:
    """Licences in force per agency and type, for the report's summary (drill-down links
    filter the register to one agency)."""
    counts: dict[tuple[int | None, str], dict] = {}
    for row in rows:
        if row.status_value not in (LicenceStatus.ACTIVE, LicenceStatus.EXPIRING):
            continue
        key = (row.licence.agency_id, row.licence_type)
        entry = counts.setdefault(
            key,
            {"agency_id": key[0], "agency": row.agency, "licence_type": key[1], "count": 0},
        )
        entry["count"] += 1
    return sorted(counts.values(), key=lambda e: (e["licence_type"], e["agency"]))


def licence_pages(*, licence_type: LicenceType) -> list[LicensedResourcePage]:
    """The live licensed resource pages of the licence type, in the page tree's order."""
    return list(
        LicensedResourcePage.objects.live().filter(licence_type=licence_type).order_by("path")
    )
