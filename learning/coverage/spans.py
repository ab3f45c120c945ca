"""When a person is trained for a KPI, as spans of days: the rule `trained_counts` applies
in SQL, written once more over one person's records so the running counts can be kept up
to date as records change (`learning.coverage.services.coverage_learner_refresh`).

A person is trained for a KPI in an agency on day D while one of their records made in that
agency counts on D (see learning/coverage/selectors.py for the rules):
- a completion of one of its courses from its UTC date; with "certificate must be in date",
  until the course's validity runs out (`completion_expires_on`'s date, not included);
- a read of one of its briefings, or a session of one of its training events attended in
  full, from its UTC date, for good;
- a licence of its type from `licensed_on`, through `renew_by`, until the local day it was
  revoked (not included) — `in_force_on` as days.
Only people in the KPI's role group (today's) count. A person's spans for a KPI and agency
are merged, so someone with two overlapping records is counted once.

`tests/coverage/test_running_counts.py` checks these spans against `trained_counts` on
every day of varied data.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from dateutil.relativedelta import relativedelta

from django.db.models import Q, QuerySet
from django.utils import timezone

from courses.briefings.models import BriefingPage
from learning.briefings.models import BriefingRead
from learning.coverage.models import KPILearning, TrainingKPI
from learning.licences.models import Licence
from learning.people.models import Agency, User
from learning.progress.models import CourseCompletion
from learning.training.models import Attendance, Booking

#: A span of days: from (included) until (not included; None: for good).
Span = tuple[dt.date, dt.date | None]

COUNTS_COURSES = (KPILearning.COURSES, KPILearning.COURSES_OR_TRAINING)
COUNTS_TRAINING = (KPILearning.TRAINING, KPILearning.COURSES_OR_TRAINING)


@dataclass(frozen=True)
class KPIRule:
    """What makes a person trained for one KPI, with nothing left to look up."""

    kpi_id: int
    partnership_id: int
    learning: str
    role_group: str
    #: course id -> months a completion stays in date (None: for good)
    courses: dict[int, int | None] = field(default_factory=dict)
    events: frozenset[int] = frozenset()
    briefings: frozenset[int] = frozenset()
    licence_type_id: int | None = None

    @property
    def fingerprint(self) -> str:
        """Changes whenever what counts changes (not when agencies or targets change: the
        running counts are kept for every agency of the partnership)."""
        text = repr(
            (
                self.kpi_id,  # a copied KPI has no counts of its own yet
                str(self.learning),  # the value, whether a choice or a string loaded
                str(self.role_group),
                sorted(self.courses.items()),
                sorted(self.events),
                sorted(self.briefings),
                self.licence_type_id,
            )
        )
        return hashlib.sha256(text.encode()).hexdigest()


def _briefing_ids(kpi: TrainingKPI) -> frozenset[int]:
    topics = Q()
    for topic in kpi.topic_list:
        topics |= Q(tagged_items__tag__name__iexact=topic)
    return frozenset(BriefingPage.objects.filter(topics).values_list("pk", flat=True))


def kpi_rule(kpi: TrainingKPI) -> KPIRule:
    """The rule of one KPI whose courses (and training events, for a KPI that counts
    training) are prefetched; one query for a briefing KPI, none otherwise."""
    courses: dict[int, int | None] = {}
    if kpi.learning in COUNTS_COURSES:
        for course in kpi.courses.all():
            in_date = kpi.requires_in_date and course.validity_months
            courses[course.pk] = course.validity_months if in_date else None
    return KPIRule(
        kpi_id=kpi.pk,
        partnership_id=kpi.partnership_id,
        learning=kpi.learning,
        role_group=kpi.role_group,
        courses=courses,
        events=frozenset(e.pk for e in kpi.training_events.all())
        if kpi.learning in COUNTS_TRAINING
        else frozenset(),
        briefings=_briefing_ids(kpi) if kpi.learning == KPILearning.BRIEFINGS else frozenset(),
        licence_type_id=kpi.licence_type_id if kpi.learning == KPILearning.LICENCES else None,
    )


def kpi_rules(kpis: QuerySet[TrainingKPI] | Iterable[TrainingKPI]) -> list[KPIRule]:
    return [kpi_rule(kpi) for kpi in kpis]


@dataclass
class Records:
    """The records that can make people trained, as plain tuples, by person."""

    role_groups: dict[int, str] = field(default_factory=dict)
    #: agency -> its partnership (a KPI counts only its own partnership's agencies)
    partnerships: dict[int, int] = field(default_factory=dict)
    #: person -> [(agency, course, UTC date)]
    completions: dict[int, list[tuple[int, int, dt.date]]] = field(
        default_factory=lambda: defaultdict(list)
    )
    #: person -> [(agency, briefing, UTC date)]
    reads: dict[int, list[tuple[int, int, dt.date]]] = field(
        default_factory=lambda: defaultdict(list)
    )
    #: person -> [(agency, event, UTC date of the session)]
    attendances: dict[int, list[tuple[int, int, dt.date]]] = field(
        default_factory=lambda: defaultdict(list)
    )
    #: person -> [(agency, licence type, span)]
    licences: dict[int, list[tuple[int, int, Span]]] = field(
        default_factory=lambda: defaultdict(list)
    )


def _utc_day(moment: dt.datetime) -> dt.date:
    return moment.astimezone(dt.UTC).date()


def _licence_span(
    licensed_on: dt.date, renew_by: dt.date | None, revoked_at: dt.datetime | None
) -> Span:
    ends = []
    if renew_by is not None:
        ends.append(renew_by + dt.timedelta(days=1))
    if revoked_at is not None:
        ends.append(timezone.localdate(revoked_at))
    return licensed_on, min(ends) if ends else None


def load_records(
    *, learner_ids: list[int] | None = None, partnership_id: int | None = None
) -> Records:
    """Everyone's records (or some people's, or one partnership's agencies'): four queries
    and one for the role groups."""

    def scoped(qs: QuerySet, person: str, agency: str) -> QuerySet:
        qs = qs.filter(**{f"{agency}__isnull": False}).order_by()
        if learner_ids is not None:
            qs = qs.filter(**{f"{person}__in": learner_ids})
        if partnership_id is not None:
            qs = qs.filter(**{f"{agency}__partnership_id": partnership_id})
        return qs

    records = Records()
    people: set[int] = set()
    for learner, agency, course, at in scoped(
        CourseCompletion.objects.all(), "learner_id", "agency"
    ).values_list("learner_id", "agency_id", "course_id", "completed_at"):
        records.completions[learner].append((agency, course, _utc_day(at)))
        people.add(learner)
    for learner, agency, briefing, at in scoped(
        BriefingRead.objects.all(), "learner_id", "agency"
    ).values_list("learner_id", "agency_id", "briefing_id", "read_at"):
        records.reads[learner].append((agency, briefing, _utc_day(at)))
        people.add(learner)
    for learner, agency, event, at in scoped(
        Booking.objects.filter(attendance=Attendance.ATTENDED), "learner_id", "attendance_agency"
    ).values_list("learner_id", "attendance_agency_id", "session__event_id", "session__starts_at"):
        records.attendances[learner].append((agency, event, _utc_day(at)))
        people.add(learner)
    for person, agency, licence_type, licensed_on, renew_by, revoked_at in scoped(
        Licence.objects.all(), "person_id", "agency"
    ).values_list(
        "person_id", "agency_id", "licence_type_id", "licensed_on", "renew_by", "revoked_at"
    ):
        span = _licence_span(licensed_on, renew_by, revoked_at)
        if span[1] is None or span[1] > span[0]:
            records.licences[person].append((agency, licence_type, span))
        people.add(person)
    if learner_ids is not None:
        wanted = User.objects.filter(pk__in=learner_ids)
    else:
        wanted = User.objects.filter(pk__in=people) if len(people) < 1000 else User.objects.all()
    records.role_groups = dict(wanted.values_list("pk", "role_group"))
    records.partnerships = dict(Agency.objects.values_list("pk", "partnership_id"))
    return records


def _merged(spans: list[Span]) -> list[Span]:
    """Overlapping or touching spans as one."""
    merged: list[list] = []
    for start, end in sorted(spans, key=lambda s: s[0]):
        if merged and (merged[-1][1] is None or start <= merged[-1][1]):
            last = merged[-1]
            last[1] = None if end is None or last[1] is None else max(last[1], end)
        else:
            merged.append([start, end])
    return [(start, end) for start, end in merged]


def person_spans(rule: KPIRule, records: Records, person: int) -> dict[int, list[Span]]:
    """One person's spans of being trained for a KPI, by agency of the KPI's partnership
    (all of them: the reader keeps the agencies the KPI covers)."""
    if rule.role_group and records.role_groups.get(person) != rule.role_group:
        return {}
    by_agency: dict[int, list[Span]] = defaultdict(list)
    if rule.courses:
        for agency, course, day in records.completions.get(person, ()):
            if course in rule.courses:
                months = rule.courses[course]
                by_agency[agency].append(
                    (day, day + relativedelta(months=months) if months else None)
                )
    if rule.learning == KPILearning.BRIEFINGS:
        for agency, briefing, day in records.reads.get(person, ()):
            if briefing in rule.briefings:
                by_agency[agency].append((day, None))
    if rule.events:
        for agency, event, day in records.attendances.get(person, ()):
            if event in rule.events:
                by_agency[agency].append((day, None))
    if rule.licence_type_id:
        for agency, licence_type, span in records.licences.get(person, ()):
            if licence_type == rule.licence_type_id:
                by_agency[agency].append(span)
    return {
        agency: _merged(spans)
        for agency, spans in by_agency.items()
        if spans and records.partnerships.get(agency) == rule.partnership_id
    }
