"""Training coverage against KPIs: who may see it, the figures, headcount imports, snapshots.

Selectors here read in a fixed number of queries whatever the number of agencies, learners
or months: the trained counts for every agency and every month of a KPI come from ONE
aggregate query (a distinct count per month, filtered in SQL); headcounts, which are a few
rows per agency, are read once and resolved in Python.

Rules, in one place:
- A person is *trained* at date D for a KPI if they completed one of its courses (or read a
  briefing on one of its topics, or attended in full a session of one of its training
  events; or, for "either", one of those) on or before D while in an agency the KPI covers; the
  agency is the agency of the time (`CourseCompletion.agency`), so people who move on still
  count where they trained.
- With "certificate must be in date", a completion counts only while it has not expired on
  D, using the course's validity as `learning.selectors.completion_expires_on` does.
- The headcount at D is the latest count on or before D (before the first count, the first
  count stands). Without a role group, the agency's all-staff count is used, or else the
  sum of its role-group counts.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING, Any

from dateutil.relativedelta import relativedelta

from django.core.exceptions import PermissionDenied
from django.db.models import (
    Count,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    Sum,
    prefetch_related_objects,
)
from django.utils import timezone

from learning.briefings.models import BriefingRead
from learning.coverage.models import (
    RAG,
    ChangeGrain,
    CoverageChange,
    CoverageSnapshot,
    Headcount,
    KPILearning,
    KPIScope,
    TrainingKPI,
)
from learning.coverage.spans import kpi_rule
from learning.indicators.models import PracticeIndicator
from learning.indicators.selectors import IndicatorBook, indicator_book
from learning.licences.models import Licence
from learning.licences.selectors import in_force_on
from learning.people.models import Agency, User
from learning.people.scope import SYSTEM_SCOPE, Scope, scope_for
from learning.progress.models import CourseCompletion
from learning.training.models import Attendance, Booking

if TYPE_CHECKING:
    from django.contrib.auth.models import AnonymousUser
from courses.briefings.models import BriefingPage
from learning.progress.rules import completion_expires_on

# --- Scope: the one selector every coverage view, export and command goes through -------


def coverage_scope_for(user: User | AnonymousUser) -> Scope:
    """The coverage scope of `user` (`scope_for`); learners and trainers are refused (403).

    Partnership managers see their partnership; agency leads see their own agency's rows
    and learners plus the partnership totals; administrators see everything.
    """
    scope = scope_for(user)
    if scope.is_empty:
        raise PermissionDenied("Only agency leads and partnership managers can see coverage.")
    return scope


def coverage_system_scope() -> Scope:
    """Everything: for the nightly task and management commands, which run as the system."""
    return SYSTEM_SCOPE


def kpis_in_scope(scope: Scope) -> QuerySet[TrainingKPI]:
    """The KPIs of the partnership(s) in scope, with what their figures need."""
    return scope.filter_partnership(
        TrainingKPI.objects.select_related("partnership").prefetch_related("courses", "agencies")
    )


# --- Figures -----------------------------------------------------------------------------


@dataclass
class AgencyFigures:
    agency: Agency | None
    trained: int
    headcount: int | None
    percent: Decimal | None
    rag: str | None
    #: The practice indicators' figures for the same agency and period, in the order of
    #: `KPICoverage.indicators` (None: not returned).
    indicator_values: list[int | None] = field(default_factory=list)

    @property
    def name(self) -> str:
        return self.agency.name if self.agency else "Partnership total"

    @property
    def rag_label(self) -> str:
        return RAG(self.rag).label if self.rag else ""


@dataclass
class TrendPoint:
    on: dt.date
    trained: int
    headcount: int | None
    percent: Decimal | None
    from_snapshot: bool = False


@dataclass
class KPICoverage:
    kpi: TrainingKPI
    as_of: dt.date
    rows: list[AgencyFigures]
    total: AgencyFigures
    trend: list[TrendPoint]
    hidden_agencies: int = 0
    chart: dict[str, Any] = field(default_factory=dict)
    #: The KPI's partnership's practice indicators, shown beside the training figures.
    indicators: list[PracticeIndicator] = field(default_factory=list)

    @property
    def value(self) -> Decimal | int | None:
        return self.total.percent if self.kpi.is_percent else self.total.trained


def _start_of(day: dt.date) -> dt.datetime:
    # Completion dates are compared as UTC dates, as completion_expires_on does.
    return dt.datetime.combine(day, dt.time.min, tzinfo=dt.UTC)


def _earliest_in_date(on: dt.date, months: int) -> dt.date:
    """The first completion date whose expiry (date + months) is after `on`.

    relativedelta clamps month ends (31 August + 6 months is 28 February), so the cut-off is
    found by stepping rather than by subtracting months.
    """
    day = on - relativedelta(months=months) - dt.timedelta(days=4)
    while day + relativedelta(months=months) <= on:
        day += dt.timedelta(days=1)
    return day


def _percent(trained: int, headcount: int | None) -> Decimal | None:
    if not headcount:
        return None
    return (Decimal(trained) * 100 / Decimal(headcount)).quantize(
        Decimal("0.1"), rounding=ROUND_HALF_UP
    )


def coverage_rag(kpi: TrainingKPI, value: Decimal | int | None) -> str | None:
    """Red, amber or green for a figure against the KPI's target and thresholds."""
    if value is None:
        return None
    target = Decimal(kpi.target)
    value = Decimal(value)
    if value >= target * kpi.green_at / 100:
        return RAG.GREEN
    if value >= target * kpi.amber_at / 100:
        return RAG.AMBER
    return RAG.RED


def trend_dates(kpi: TrainingKPI, as_of: dt.date) -> list[dt.date]:
    """Month ends from the start of the period up to `as_of` (itself the last point)."""
    end = min(as_of, kpi.period_end)
    dates: list[dt.date] = []
    month = kpi.period_start.replace(day=1)
    while True:
        month_end = month + relativedelta(months=1) - dt.timedelta(days=1)
        if month_end >= end:
            break
        if month_end >= kpi.period_start:
            dates.append(month_end)
        month += relativedelta(months=1)
    dates.append(end)
    return dates


def kpi_agencies(kpi: TrainingKPI, agencies: list[Agency]) -> list[Agency]:
    """The agencies a KPI covers, from a list already loaded (no query)."""
    covered = [a for a in agencies if a.partnership_id == kpi.partnership_id]
    if kpi.scope == KPIScope.SECTOR:
        sectors = set(kpi.sector_list)
        covered = [a for a in covered if a.sector in sectors]
    elif kpi.scope == KPIScope.AGENCIES:
        named = {a.pk for a in kpi.agencies.all()}
        covered = [a for a in covered if a.pk in named]
    return covered


def _records(kpi: TrainingKPI, agency_ids: list[int]) -> tuple[QuerySet, str]:
    """The learning records that count for `kpi` and the name of their date field."""
    if kpi.learning == KPILearning.BRIEFINGS:
        topics = Q()
        for topic in kpi.topic_list:
            topics |= Q(tagged_items__tag__name__iexact=topic)
        briefings = BriefingPage.objects.filter(topics).values("pk")
        qs = BriefingRead.objects.filter(briefing_id__in=briefings)
        date_field = "read_at"
    else:
        qs = CourseCompletion.objects.filter(course_id__in=[c.pk for c in kpi.courses.all()])
        date_field = "completed_at"
    qs = qs.filter(agency_id__in=agency_ids)
    if kpi.role_group:
        qs = qs.filter(learner__role_group=kpi.role_group)
    return qs, date_field


def _counts_on(kpi: TrainingKPI, on: dt.date, date_field: str) -> Q:
    """The SQL condition "this record makes its learner trained on `on`"."""
    condition = Q(**{f"{date_field}__lt": _start_of(on + dt.timedelta(days=1))})
    if kpi.learning in COUNTS_COURSES and kpi.requires_in_date:
        in_date = Q()
        for course in kpi.courses.all():
            months = course.validity_months
            if months:
                cutoff = _start_of(_earliest_in_date(on, months))
                in_date |= Q(course_id=course.pk, completed_at__gte=cutoff)
            else:
                in_date |= Q(course_id=course.pk)
        condition &= in_date
    return condition


#: Learning that counts attended training sessions, and learning that counts e-learning.
COUNTS_TRAINING = (KPILearning.TRAINING, KPILearning.COURSES_OR_TRAINING)
COUNTS_COURSES = (KPILearning.COURSES, KPILearning.COURSES_OR_TRAINING)


def _attendances(kpi: TrainingKPI, agency_ids: list[int]) -> QuerySet[Booking]:
    """Bookings that make their learner trained for `kpi`: marked attended in full (not
    part) on a session of one of its events, counted in the agency of the time
    (`Booking.attendance_agency`), dated by the session. Attendance does not expire."""
    qs = Booking.objects.filter(
        attendance=Attendance.ATTENDED,
        session__event_id__in=[e.pk for e in kpi.training_events.all()],
        attendance_agency_id__in=agency_ids,
    )
    if kpi.role_group:
        qs = qs.filter(learner__role_group=kpi.role_group)
    return qs


def _attended_by(on: dt.date, path: str = "session__starts_at") -> Q:
    return Q(**{f"{path}__lt": _start_of(on + dt.timedelta(days=1))})


def _count_columns(
    dates: list[dt.date], condition, person_field: str = "learner_id"
) -> dict[str, Count]:
    return {
        f"on_{i}": Count(person_field, distinct=True, filter=condition(on))
        for i, on in enumerate(dates)
    }


def _licences(kpi: TrainingKPI, agency_ids: list[int]) -> QuerySet[Licence]:
    """Licences of the KPI's type granted in the agencies (the agency of the time, as
    completions are counted); whether one is in force at a date is `in_force_on`."""
    qs = Licence.objects.filter(licence_type_id=kpi.licence_type_id, agency_id__in=agency_ids)
    if kpi.role_group:
        qs = qs.filter(person__role_group=kpi.role_group)
    return qs


def _per_agency(qs: QuerySet, agency_field: str, columns: dict, size: int) -> dict[int, list[int]]:
    rows = qs.order_by().values(agency_field).annotate(**columns)
    return {row[agency_field]: [row[f"on_{i}"] for i in range(size)] for row in rows}


def trained_counts(
    kpi: TrainingKPI, agency_ids: list[int], dates: list[dt.date]
) -> dict[int, list[int]]:
    """Distinct people trained per agency at each date: the one place that decides
    "trained at a date" for the figures.

    Courses or briefings alone, or training alone, are ONE aggregate query each. "Either
    the course or the workshop" adds the two counts and takes away the people counted
    twice, found by a third aggregate: completions whose learner had also attended, in
    the same agency, by that date (the earliest such session is one subquery). Three
    queries, whatever the number of agencies, people or months.
    """
    if not agency_ids or not dates:
        return {}
    size = len(dates)
    if kpi.learning == KPILearning.LICENCES:
        # People holding the licence in force at each date: ONE aggregate query.
        return _per_agency(
            _licences(kpi, agency_ids),
            "agency_id",
            _count_columns(dates, in_force_on, person_field="person_id"),
            size,
        )
    result: dict[int, list[int]] = {}
    counts_courses = kpi.learning in COUNTS_COURSES and bool(kpi.courses.all())
    counts_training = kpi.learning in COUNTS_TRAINING and bool(kpi.training_events.all())
    if kpi.learning == KPILearning.BRIEFINGS or counts_courses:
        qs, date_field = _records(kpi, agency_ids)
        columns = _count_columns(dates, lambda on: _counts_on(kpi, on, date_field))
        result = _per_agency(qs, "agency_id", columns, size)
    if not counts_training:
        return result
    attended = _per_agency(
        _attendances(kpi, agency_ids),
        "attendance_agency_id",
        _count_columns(dates, _attended_by),
        size,
    )
    both: dict[int, list[int]] = {}
    if counts_courses:
        first_attended = (
            _attendances(kpi, agency_ids)
            .filter(learner_id=OuterRef("learner_id"), attendance_agency_id=OuterRef("agency_id"))
            .order_by("session__starts_at")
            .values("session__starts_at")[:1]
        )
        qs, date_field = _records(kpi, agency_ids)
        qs = qs.annotate(first_attended=Subquery(first_attended))
        columns = _count_columns(
            dates,
            lambda on: _counts_on(kpi, on, date_field) & _attended_by(on, "first_attended"),
        )
        both = _per_agency(qs, "agency_id", columns, size)
    zeros = [0] * size
    for agency_id in set(result) | set(attended):
        result[agency_id] = [
            a + b - c
            for a, b, c in zip(
                result.get(agency_id, zeros),
                attended.get(agency_id, zeros),
                both.get(agency_id, zeros),
                strict=True,
            )
        ]
    return result


def _first_of(day: dt.date) -> dt.date:
    return day.replace(day=1)


def _is_month_end(day: dt.date) -> bool:
    return (day + dt.timedelta(days=1)).day == 1


def running_counts(
    wanted: dict[int, tuple[list[int], list[dt.date]]],
) -> dict[int, dict[int, list[int]]]:
    """`trained_counts` for several KPIs ({kpi id: (agency ids, dates)}), read from the
    running counts, which must be up to date (`fresh_kpi_ids`): for each KPI, agency and
    date, the number trained is the sum of the changes up to that date.

    ONE aggregate query whatever the number of KPIs, people or days: month rows (a few
    dozen per agency) give every month end; a date that is not a month end (usually just
    today) adds the day rows of its own month to the months before it."""
    if not wanted:
        return {}
    agency_ids = sorted({a for agencies, _dates in wanted.values() for a in agencies})
    dates = sorted({on for _agencies, days in wanted.values() for on in days})
    partial = [on for on in dates if not _is_month_end(on)]
    never = Q(day__lt=dt.date.min)  # the day rows' part of a month-end figure: nothing
    month_columns, day_columns = {}, {}
    for i, on in enumerate(dates):
        if on in partial:
            month_columns[f"on_{i}"] = Sum("delta", filter=Q(day__lt=_first_of(on)))
            day_columns[f"on_{i}"] = Sum("delta", filter=Q(day__gte=_first_of(on), day__lte=on))
        else:
            month_columns[f"on_{i}"] = Sum("delta", filter=Q(day__lte=_first_of(on)))
            day_columns[f"on_{i}"] = Sum("delta", filter=never)
    # Each part reaches its rows through the unique index (kpi, agency, grain, day):
    # the month rows, then the day rows of the months of the dates that are not month ends.
    mine = CoverageChange.objects.filter(kpi_id__in=list(wanted), agency_id__in=agency_ids)
    rows = mine.filter(grain=ChangeGrain.MONTH).order_by().values("kpi_id", "agency_id")
    rows = rows.annotate(**month_columns)
    if partial:
        within = Q()
        for on in partial:
            within |= Q(day__gte=_first_of(on), day__lte=on)
        days = mine.filter(within, grain=ChangeGrain.DAY).order_by().values("kpi_id", "agency_id")
        rows = rows.union(days.annotate(**day_columns), all=True)
    totals: dict[tuple[int, int], list[int]] = {}
    for row in rows:
        key = (row["kpi_id"], row["agency_id"])
        previous = totals.get(key, [0] * len(dates))
        totals[key] = [p + (row[f"on_{i}"] or 0) for i, p in enumerate(previous)]
    position = {on: i for i, on in enumerate(dates)}
    result: dict[int, dict[int, list[int]]] = {kpi_id: {} for kpi_id in wanted}
    for (kpi_id, agency_id), by_position in totals.items():
        agencies, days_wanted = wanted[kpi_id]
        if agency_id in agencies:
            result[kpi_id][agency_id] = [by_position[position[on]] for on in days_wanted]
    return result


def fresh_kpi_ids(kpis: list[TrainingKPI]) -> set[int]:
    """The KPIs whose running counts were built for what counts today (no query, but one
    per briefing KPI for its briefings); the others are counted from the records."""
    return {kpi.pk for kpi in kpis if kpi.counts_built_for == kpi_rule(kpi).fingerprint}


class HeadcountBook:
    """Every headcount row for some agencies, read once, answering "how many at D?"."""

    def __init__(self, agency_ids: list[int] | None = None) -> None:
        qs = Headcount.objects.order_by("counted_on").values_list(
            "agency_id", "role_group", "counted_on", "headcount"
        )
        if agency_ids is not None:
            qs = qs.filter(agency_id__in=agency_ids)
        self.rows: dict[int, dict[str, list[tuple[dt.date, int]]]] = defaultdict(
            lambda: defaultdict(list)
        )
        for agency_id, group, counted_on, headcount in qs:
            self.rows[agency_id][group].append((counted_on, headcount))

    @staticmethod
    def _at(history: list[tuple[dt.date, int]], on: dt.date) -> int | None:
        if not history:
            return None
        value = history[0][1]
        for counted_on, headcount in history:
            if counted_on > on:
                break
            value = headcount
        return value

    def at(self, agency_id: int, role_group: str, on: dt.date) -> int | None:
        groups = self.rows.get(agency_id, {})
        if role_group:
            return self._at(groups.get(role_group, []), on)
        if groups.get(""):
            return self._at(groups[""], on)
        parts = [self._at(history, on) for group, history in groups.items() if group]
        parts = [p for p in parts if p is not None]
        return sum(parts) if parts else None


def _sum_or_none(values: list[int | None]) -> int | None:
    present = [v for v in values if v is not None]
    return sum(present) if present else None


def kpi_coverage(
    *,
    kpi: TrainingKPI,
    scope: Scope,
    agencies: list[Agency],
    headcounts: HeadcountBook,
    as_of: dt.date | None = None,
    snapshots: dict[dt.date, dict[int, tuple[int, int | None]]] | None = None,
    sector: str = "",
    agency_id: int | None = None,
    indicators: IndicatorBook | None = None,
    counts: dict[int, list[int]] | None = None,
) -> KPICoverage:
    """One KPI's figures: per agency (those the person may see), the partnership total
    (always the whole KPI, so an agency lead can compare) and the monthly trend; beside
    them, each practice indicator's returns for the same agency over the KPI's period up
    to `as_of`. `counts` are the trained counts at `trend_dates` when already read (from
    the running counts); without them they are counted from the records."""
    as_of = min(as_of or timezone.localdate(), kpi.period_end)
    covered = kpi_agencies(kpi, agencies)
    book = indicators or IndicatorBook()
    kpi_indicators = book.for_partnership(kpi.partnership_id)

    def indicator_values(agency_ids: list[int]) -> list[int | None]:
        return [
            book.total(indicator.pk, agency_ids, kpi.period_start, as_of)
            for indicator in kpi_indicators
        ]

    dates = trend_dates(kpi, as_of)
    if counts is None:
        counts = trained_counts(kpi, [a.pk for a in covered], dates)
    zeros = [0] * len(dates)

    rows: list[AgencyFigures] = []
    all_figures: list[AgencyFigures] = []
    hidden = 0
    for agency in covered:
        trained = counts.get(agency.pk, zeros)[-1]
        headcount = headcounts.at(agency.pk, kpi.role_group, as_of)
        percent = _percent(trained, headcount)
        figures = AgencyFigures(
            agency=agency,
            trained=trained,
            headcount=headcount,
            percent=percent,
            rag=coverage_rag(kpi, percent) if kpi.is_percent else None,
            indicator_values=indicator_values([agency.pk]),
        )
        all_figures.append(figures)
        if not scope.sees_agency(agency):
            hidden += 1
            continue
        if sector and agency.sector != sector:
            continue
        if agency_id and agency.pk != agency_id:
            continue
        rows.append(figures)

    total_trained = sum(f.trained for f in all_figures)
    total_headcount = _sum_or_none([f.headcount for f in all_figures])
    total_percent = _percent(total_trained, total_headcount)
    total = AgencyFigures(
        agency=None,
        trained=total_trained,
        headcount=total_headcount,
        percent=total_percent,
        rag=coverage_rag(kpi, total_percent if kpi.is_percent else total_trained),
        indicator_values=indicator_values([a.pk for a in covered]),
    )

    trend: list[TrendPoint] = []
    covered_ids = {a.pk for a in covered}
    for i, on in enumerate(dates):
        stored = (snapshots or {}).get(on)
        if stored and on < as_of:
            trained = sum(t for a, (t, _h) in stored.items() if a in covered_ids)
            headcount = _sum_or_none([h for a, (_t, h) in stored.items() if a in covered_ids])
            from_snapshot = True
        else:
            trained = sum(counts.get(a.pk, zeros)[i] for a in covered)
            headcount = _sum_or_none([headcounts.at(a.pk, kpi.role_group, on) for a in covered])
            from_snapshot = False
        trend.append(
            TrendPoint(
                on=on,
                trained=trained,
                headcount=headcount,
                percent=_percent(trained, headcount),
                from_snapshot=from_snapshot,
            )
        )
    coverage = KPICoverage(
        kpi=kpi,
        as_of=as_of,
        rows=rows,
        total=total,
        trend=trend,
        hidden_agencies=hidden,
        indicators=kpi_indicators,
    )
    coverage.chart = trend_chart(coverage)
    return coverage


def coverage_dashboard(
    *,
    scope: Scope,
    as_of: dt.date | None = None,
    kpi_id: int | None = None,
    partnership_id: int | None = None,
    sector: str = "",
    agency_id: int | None = None,
    year: int | None = None,
) -> list[KPICoverage]:
    """Every KPI the person may see, with its figures, in a constant number of queries:
    7 (two of them the practice indicators, one the running counts) plus one per
    briefing KPI, and one aggregate over the records per KPI not rebuilt since what it
    counts changed."""
    kpis = kpis_in_scope(scope)
    if kpi_id:
        kpis = kpis.filter(pk=kpi_id)
    if partnership_id:
        kpis = kpis.filter(partnership_id=partnership_id)
    if year:
        # A financial year, 1 April to 31 March: KPIs whose period overlaps it.
        kpis = kpis.filter(
            period_start__lte=dt.date(year + 1, 3, 31), period_end__gte=dt.date(year, 4, 1)
        )
    kpis = list(kpis)
    if not kpis:
        return []
    # Only KPIs that count training need their events: one query, and none without them.
    prefetch_related_objects([k for k in kpis if k.learning in COUNTS_TRAINING], "training_events")
    partnership_ids = {k.partnership_id for k in kpis}
    agencies = list(
        Agency.objects.select_related("partnership")
        .filter(partnership_id__in=partnership_ids)
        .order_by("name")
    )
    headcounts = HeadcountBook([a.pk for a in agencies])
    indicators = indicator_book(partnership_ids=partnership_ids)
    snapshots: dict[int, dict[dt.date, dict[int, tuple[int, int | None]]]] = defaultdict(
        lambda: defaultdict(dict)
    )
    wanted_dates = {on for k in kpis for on in trend_dates(k, as_of or timezone.localdate())}
    for kpi_pk, agency_pk, taken_on, trained, headcount in CoverageSnapshot.objects.filter(
        kpi__in=kpis, taken_on__in=wanted_dates
    ).values_list("kpi_id", "agency_id", "taken_on", "trained", "headcount"):
        snapshots[kpi_pk][taken_on][agency_pk] = (trained, headcount)
    fresh = fresh_kpi_ids(kpis)
    counts = running_counts(
        {
            kpi.pk: (
                [a.pk for a in kpi_agencies(kpi, agencies)],
                trend_dates(kpi, min(as_of or timezone.localdate(), kpi.period_end)),
            )
            for kpi in kpis
            if kpi.pk in fresh
        }
    )
    return [
        kpi_coverage(
            kpi=kpi,
            scope=scope,
            agencies=agencies,
            headcounts=headcounts,
            as_of=as_of,
            snapshots=snapshots.get(kpi.pk),
            sector=sector,
            agency_id=agency_id,
            indicators=indicators,
            counts=counts.get(kpi.pk),
        )
        for kpi in kpis
    ]


# --- The trend chart, drawn on the server -----------------------------------------------

CHART_WIDTH = 640
CHART_HEIGHT = 260
_PAD_LEFT, _PAD_RIGHT, _PAD_TOP, _PAD_BOTTOM = 48, 84, 16, 40  # the target is labelled on the right


def trend_chart(coverage: KPICoverage) -> dict[str, Any]:
    """Coordinates for an SVG line chart of the trend (figures are also in a table).

    The line is drawn with markers and labels so it reads without colour; the target is a
    dashed line labelled in words.
    """
    kpi = coverage.kpi
    values = [float(p.percent or 0) if kpi.is_percent else float(p.trained) for p in coverage.trend]
    target = float(kpi.target)
    top = 100.0 if kpi.is_percent else max([target, *values, 1.0]) * 1.1
    inner_w = CHART_WIDTH - _PAD_LEFT - _PAD_RIGHT
    inner_h = CHART_HEIGHT - _PAD_TOP - _PAD_BOTTOM
    count = len(values)

    def x(i: int) -> float:
        return round(_PAD_LEFT + (inner_w * i / (count - 1) if count > 1 else inner_w / 2), 1)

    def y(value: float) -> float:
        return round(_PAD_TOP + inner_h * (1 - min(value, top) / top), 1)

    points = [
        {
            "x": x(i),
            "y": y(v),
            "label": f"{v:g}{'%' if kpi.is_percent else ''}",
            "month": p.on.strftime("%b %y"),
        }
        for i, (v, p) in enumerate(zip(values, coverage.trend, strict=True))
    ]
    ticks = [
        {"y": y(top * f), "label": f"{top * f:.0f}{'%' if kpi.is_percent else ''}"}
        for f in (0, 0.25, 0.5, 0.75, 1)
    ]
    return {
        "width": CHART_WIDTH,
        "height": CHART_HEIGHT,
        "points": points,
        "polyline": " ".join(f"{p['x']},{p['y']}" for p in points),
        "target_y": y(target),
        "target_label": f"Target {target:g}{'%' if kpi.is_percent else ''}",
        "ticks": ticks,
        "left": _PAD_LEFT,
        "right": CHART_WIDTH - _PAD_RIGHT,
        "bottom": CHART_HEIGHT - _PAD_BOTTOM,
        "label_y": CHART_HEIGHT - _PAD_BOTTOM + 18,
    }


# --- Drill-down: an agency's learners ---------------------------------------------------


@dataclass
class LearnerStatus:
    learner: User
    status: str
    completed_on: dt.date | None
    expires_on: dt.date | None

    @property
    def name(self) -> str:
        return self.learner.get_full_name()

    @property
    def email(self) -> str:
        return self.learner.email

    @property
    def email_domain(self) -> str:
        """Tells apart two learners with the same name (with the agency and job title)."""
        return self.learner.email.rpartition("@")[2]

    @property
    def agency_name(self) -> str:
        return self.learner.agency.name if self.learner.agency else ""

    @property
    def role(self) -> str:
        return self.learner.job_title

    @property
    def role_group(self) -> str:
        return self.learner.get_role_group_display()


def coverage_learners(
    *, kpi: TrainingKPI, agency: Agency, scope: Scope, as_of: dt.date | None = None
) -> list[LearnerStatus]:
    """An agency's learners for a KPI with their status; refused outside the person's scope.

    Lists the agency's current members (in the KPI's role group) and anyone whose counting
    record was made in this agency, in two queries.
    """
    if not scope.sees_partnership(kpi.partnership_id) or not scope.sees_agency(agency):
        raise PermissionDenied("That agency's learners are outside your scope.")

    as_of = min(as_of or timezone.localdate(), kpi.period_end)
    if kpi.learning == KPILearning.LICENCES:
        return _licence_holders(kpi=kpi, agency=agency, as_of=as_of)
    latest: dict[int, Any] = {}
    if kpi.learning != KPILearning.TRAINING:
        records, date_field = _records(kpi, [agency.pk])
        record_qs = records.filter(**{f"{date_field}__lt": _start_of(as_of + dt.timedelta(days=1))})
        if kpi.learning in COUNTS_COURSES:
            record_qs = record_qs.select_related("course")
        for record in record_qs.order_by(date_field):
            latest[record.learner_id] = record  # the newest wins
    attended: dict[int, dt.date] = {}
    if kpi.learning in COUNTS_TRAINING:
        for learner_id, starts_at in (
            _attendances(kpi, [agency.pk])
            .filter(_attended_by(as_of))
            .order_by("session__starts_at")
            .values_list("learner_id", "session__starts_at")
        ):
            attended[learner_id] = starts_at.date()  # the newest wins
    members = User.objects.filter(agency=agency, is_active=True)
    if kpi.role_group:
        members = members.filter(role_group=kpi.role_group)
    learners = User.objects.filter(
        Q(pk__in=members.values("pk")) | Q(pk__in=list(latest)) | Q(pk__in=list(attended))
    )
    result = []
    for learner in learners.select_related("agency").order_by("last_name", "first_name", "pk"):
        record = latest.get(learner.pk)
        if learner.pk in attended:
            # Attendance does not expire: attended in full is trained.
            result.append(LearnerStatus(learner, "Attended", attended[learner.pk], None))
            continue
        if record is None:
            result.append(LearnerStatus(learner, "Not trained", None, None))
            continue
        if kpi.learning == KPILearning.BRIEFINGS:
            result.append(LearnerStatus(learner, "Read", record.read_at.date(), None))
            continue
        expires = completion_expires_on(record)
        in_date = expires is None or as_of < expires
        if in_date or not kpi.requires_in_date:
            status = "Trained" if in_date else "Trained (expired)"
        else:
            status = "Expired"
        result.append(LearnerStatus(learner, status, record.completed_at.date(), expires))
    return result


def _licence_holders(*, kpi: TrainingKPI, agency: Agency, as_of: dt.date) -> list[LearnerStatus]:
    """An agency's learners for a licence KPI: licensed (with the licence and renew-by
    dates) or not, on `as_of`. Two queries."""
    held = {
        licence.person_id: licence
        for licence in _licences(kpi, [agency.pk]).filter(in_force_on(as_of)).order_by("pk")
    }
    members = User.objects.filter(agency=agency, is_active=True)
    if kpi.role_group:
        members = members.filter(role_group=kpi.role_group)
    learners = User.objects.filter(Q(pk__in=members.values("pk")) | Q(pk__in=list(held)))
    result = []
    for learner in learners.select_related("agency").order_by("last_name", "first_name", "pk"):
        licence = held.get(learner.pk)
        if licence is None:
            result.append(LearnerStatus(learner, "Not licensed", None, None))
        else:
            result.append(LearnerStatus(learner, "Licensed", licence.licensed_on, licence.renew_by))
    return result
