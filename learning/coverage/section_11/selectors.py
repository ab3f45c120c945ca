"""The Section 11 training return of one agency for one financial year (1 April to 31
March), as a list of sections, each built by one small function of `SECTION_BUILDERS`.

A section is a title and its lines (a measure and its figure). Adding a section is one
function appended to `SECTION_BUILDERS`; the page, the CSV and the spreadsheet show every
section the same way.

Figures count in the agency of the time, as the coverage figures do: completions by
`CourseCompletion.agency`, attendance by `Booking.attendance_agency`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.utils import timezone

from learning.evaluation.selectors import evaluation_headlines
from learning.indicators.models import quarter_label
from learning.indicators.selectors import indicator_book
from learning.licences.models import Licence
from learning.licences.selectors import in_force_on
from learning.people.models import Agency
from learning.people.scope import Scope
from learning.progress.models import CourseCompletion
from learning.training.models import Attendance, Booking


def financial_year_of(day: dt.date) -> int:
    """The year a financial year starts in: 2025 for 1 April 2025 to 31 March 2026."""
    return day.year if day.month >= 4 else day.year - 1


@dataclass(frozen=True)
class ReturnPeriod:
    """Whose return, and for which financial year."""

    agency: Agency
    year: int

    @property
    def start(self) -> dt.date:
        return dt.date(self.year, 4, 1)

    @property
    def end(self) -> dt.date:
        return dt.date(self.year + 1, 3, 31)

    @property
    def label(self) -> str:
        return f"1 April {self.year} to 31 March {self.year + 1}"

    def moments(self) -> tuple[dt.datetime, dt.datetime]:
        """The year as [start, end) in UTC, as completion dates are compared."""
        return (
            dt.datetime.combine(self.start, dt.time.min, tzinfo=dt.UTC),
            dt.datetime.combine(self.end + dt.timedelta(days=1), dt.time.min, tzinfo=dt.UTC),
        )


@dataclass
class ReturnLine:
    measure: str
    figure: int | str | None


@dataclass
class ReturnSection:
    key: str
    title: str
    lines: list[ReturnLine] = field(default_factory=list)
    empty_text: str = "Nothing recorded for the year."


def courses_completed_section(period: ReturnPeriod) -> ReturnSection:
    """People who completed each course in the year (one query)."""
    start, end = period.moments()
    rows = (
        CourseCompletion.objects.filter(
            agency=period.agency, completed_at__gte=start, completed_at__lt=end
        )
        .values("course__title")
        .annotate(people=Count("learner_id", distinct=True), completions=Count("pk"))
        .order_by("course__title")
    )
    section = ReturnSection(key="courses", title="E-learning courses completed")
    for row in rows:
        section.lines.append(
            ReturnLine(f"{row['course__title']}: people who completed it", row["people"])
        )
    if section.lines:
        section.lines.append(
            ReturnLine(
                "All courses: completions",
                sum(row["completions"] for row in rows),
            )
        )
    return section


def sessions_attended_section(period: ReturnPeriod) -> ReturnSection:
    """People who attended each training event's sessions in the year, in full or in
    part (one query)."""
    start, end = period.moments()
    rows = (
        Booking.objects.filter(
            attendance_agency=period.agency,
            attendance__in=[Attendance.ATTENDED, Attendance.PARTIAL],
            session__starts_at__gte=start,
            session__starts_at__lt=end,
        )
        .values("session__event__title")
        .annotate(
            full=Count("learner_id", distinct=True, filter=Q(attendance=Attendance.ATTENDED)),
            part=Count("learner_id", distinct=True, filter=Q(attendance=Attendance.PARTIAL)),
        )
        .order_by("session__event__title")
    )
    section = ReturnSection(key="sessions", title="Training sessions attended")
    for row in rows:
        title = row["session__event__title"]
        section.lines.append(ReturnLine(f"{title}: attended in full", row["full"]))
        if row["part"]:
            section.lines.append(ReturnLine(f"{title}: attended part", row["part"]))
    return section


def indicators_section(period: ReturnPeriod) -> ReturnSection:
    """The agency's practice indicator returns for each quarter of the year (two
    queries)."""
    book = indicator_book(partnership_ids=[period.agency.partnership_id])
    section = ReturnSection(
        key="indicators",
        title="Practice indicators",
        empty_text="No practice indicators returned for the year.",
    )
    for indicator in book.for_partnership(period.agency.partnership_id):
        total = book.total(indicator.pk, [period.agency.pk], period.start, period.end)
        if total is None:
            continue
        quarters = sorted(
            (quarter, value)
            for quarter, value in book.values.get((indicator.pk, period.agency.pk), [])
            if period.start <= quarter <= period.end
        )
        section.lines.append(ReturnLine(f"{indicator.name}: the year", total))
        section.lines += [
            ReturnLine(f"{indicator.name}: {quarter_label(quarter)}", value)
            for quarter, value in quarters
        ]
    return section


def licences_section(period: ReturnPeriod) -> ReturnSection:
    """Per licence type (GCP2, WeCAN): licences the agency's people gained or renewed in
    the year, and those in force on its last day, champions among them (one query).
    Licences count in the agency they were granted in, as completions do."""
    start, end = period.start, period.end
    rows = (
        Licence.objects.filter(agency=period.agency)
        .values("licence_type__name")
        .annotate(
            gained=Count(
                "pk",
                filter=Q(licensed_on__range=(start, end)) | Q(last_renewed_on__range=(start, end)),
            ),
            in_force=Count("pk", filter=in_force_on(end)),
            champions=Count("pk", filter=in_force_on(end) & Q(is_champion=True)),
        )
        .order_by("licence_type__name")
    )
    section = ReturnSection(
        key="licences",
        title="Licences",
        empty_text="No one in the agency holds or held a licence in the year.",
    )
    on = f"{end.day} {end:%B %Y}"
    for row in rows:
        if not (row["gained"] or row["in_force"]):
            continue
        name = row["licence_type__name"]
        section.lines += [
            ReturnLine(f"{name}: licensed or renewed in the year", row["gained"]),
            ReturnLine(f"{name}: licences in force on {on}", row["in_force"]),
            ReturnLine(f"{name}: champions among them", row["champions"]),
        ]
    return section


def evaluation_section(period: ReturnPeriod) -> ReturnSection:
    """The year's evaluation headlines: how many evaluated their training after it, out
    of how many were asked, and how far their confidence moved (paired before and after,
    from `learning.evaluation`)."""
    headlines = evaluation_headlines(agency=period.agency, start=period.start, end=period.end)
    section = ReturnSection(
        key="evaluation",
        title="Evaluation of training",
        empty_text="No one was asked to evaluate training in the year.",
    )
    if not headlines["invited"] and not headlines["responses"]:
        return section
    rate = headlines["response_rate"]
    shift = headlines["mean_confidence_shift"]
    section.lines += [
        ReturnLine("People asked to evaluate their training", headlines["invited"]),
        ReturnLine("Evaluations returned after training", headlines["responses"]),
        ReturnLine("Response rate", f"{rate:.0f}%" if rate is not None else "No figure"),
        ReturnLine(
            "Mean change in confidence (1 to 5 scale, before and after)",
            f"{shift:+.2f}" if shift is not None else "No paired answers",
        ),
    ]
    return section


#: The sections of the return, in order: one function each.
SECTION_BUILDERS: list[Callable[[ReturnPeriod], ReturnSection]] = [
    courses_completed_section,
    sessions_attended_section,
    licences_section,
    evaluation_section,
    indicators_section,
]


def section_11_return(*, scope: Scope, agency: Agency, year: int) -> list[ReturnSection]:
    """Every section of `agency`'s return for the financial year starting in `year`;
    refused (PermissionDenied) for an agency outside the person's scope."""
    if not scope.sees_agency(agency):
        raise PermissionDenied("That agency is outside your scope.")
    period = ReturnPeriod(agency=agency, year=year)
    return [build(period) for build in SECTION_BUILDERS]


def section_11_years(today: dt.date | None = None) -> list[int]:
    """The financial years a return can be made for: this one and the three before."""
    current = financial_year_of(today or timezone.localdate())
    return [current - n for n in range(4)]
