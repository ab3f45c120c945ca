"""The Section 11 training return of one agency for one financial year (1 April to 31
March), as a list of sections, each built by one small function of `SECTION_BUILDERS`.

A section is a title and its lines (a measure and its figure). Adding a section (licences,
evaluation headlines) is one function appended to `SECTION_BUILDERS`; the page, the CSV
and the spreadsheet show every section the same way.

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

from learning.indicators.models import quarter_label
from learning.indicators.selectors import indicator_book
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


#: The sections of the return, in order. Licences and evaluation headlines join here, one
#: function each, when those features land.
SECTION_BUILDERS: list[Callable[[ReturnPeriod], ReturnSection]] = [
    courses_completed_section,
    sessions_attended_section,
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
