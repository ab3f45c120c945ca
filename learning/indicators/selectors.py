"""Reads about practice indicators: what the coverage dashboard and the Section 11 return
put beside the training figures.

An indicator's figure for an agency over a period is the sum of its quarterly returns for
the quarters that start within the period (a period starting mid-quarter takes that
quarter too); with no return for any of those quarters it is "not returned" (None), which
is not the same as 0.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet

from learning.indicators.models import IndicatorReturn, PracticeIndicator
from learning.people.scope import Scope, scope_for


def quarter_start_of(day: dt.date) -> dt.date:
    """The first day of the calendar quarter `day` falls in."""
    return dt.date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)


def indicators_in_scope(scope: Scope) -> QuerySet[PracticeIndicator]:
    """The indicators of the partnership(s) in scope (a lead's: their partnership's)."""
    return scope.filter_partnership(PracticeIndicator.objects.select_related("partnership"))


def indicator_returns_in_scope(scope: Scope) -> QuerySet[IndicatorReturn]:
    """The returns of the agencies in scope."""
    return scope.filter(IndicatorReturn.objects.select_related("indicator", "agency"))


@dataclass
class IndicatorBook:
    """Every indicator and return of some partnerships, read once (two queries), answering
    "what did this agency return for this indicator over this period?"."""

    indicators: dict[int, list[PracticeIndicator]] = field(default_factory=dict)
    values: dict[tuple[int, int], list[tuple[dt.date, int]]] = field(default_factory=dict)

    def for_partnership(self, partnership_id: int) -> list[PracticeIndicator]:
        return self.indicators.get(partnership_id, [])

    def total(
        self, indicator_id: int, agency_ids: list[int], start: dt.date, end: dt.date
    ) -> int | None:
        """The sum returned by the agencies for the quarters starting in [start, end]."""
        first = quarter_start_of(start)
        found = [
            value
            for agency_id in agency_ids
            for quarter, value in self.values.get((indicator_id, agency_id), [])
            if first <= quarter <= end
        ]
        return sum(found) if found else None


def indicator_book(*, partnership_ids: set[int] | list[int]) -> IndicatorBook:
    """The indicators and returns of the partnerships (two queries, whatever their size)."""
    indicators: dict[int, list[PracticeIndicator]] = defaultdict(list)
    for indicator in PracticeIndicator.objects.filter(partnership_id__in=partnership_ids):
        indicators[indicator.partnership_id].append(indicator)
    values: dict[tuple[int, int], list[tuple[dt.date, int]]] = defaultdict(list)
    for indicator_id, agency_id, quarter, value in IndicatorReturn.objects.filter(
        indicator__partnership_id__in=partnership_ids
    ).values_list("indicator_id", "agency_id", "quarter_start", "value"):
        values[(indicator_id, agency_id)].append((quarter, value))
    return IndicatorBook(indicators=dict(indicators), values=dict(values))


def indicators_scope_for(user) -> Scope:
    """Whose returns `user` may import and read: `scope_for`; learners and trainers are
    refused (403), as for headcounts."""
    scope = scope_for(user)
    if scope.is_empty:
        raise PermissionDenied("Only agency leads and partnership managers can do this.")
    return scope
