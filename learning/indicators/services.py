"""Writes about practice indicators: the quarterly returns' CSV import.

The file is checked as the headcount import checks its file (`learning.people.imports`):
every error is reported with its line number, and one bad row rejects the whole file, so
nothing is saved until every row is right.
"""

from __future__ import annotations

import datetime as dt

from django.db import transaction

from learning.exceptions import IndicatorImportRejected
from learning.indicators.models import (
    INDICATOR_VALUE_MAX,
    IndicatorReturn,
    PracticeIndicator,
    is_quarter_start,
)
from learning.people.imports import csv_rows, shown
from learning.people.models import Agency
from learning.people.scope import Scope

INDICATOR_COLUMNS = ("indicator", "agency", "quarter_start", "value")


def indicator_returns_import(*, csv_text: str, scope: Scope) -> list[IndicatorReturn]:
    """Load quarterly returns from CSV (indicator, agency, quarter_start, value): all or
    nothing. The agency must be one the person manages and the indicator one of that
    agency's partnership. A value already recorded for the indicator, agency and quarter
    is replaced, so loading the same file twice changes nothing.
    """
    rows, unreadable = csv_rows(csv_text=csv_text, columns=INDICATOR_COLUMNS, kind="indicator")
    if unreadable and not rows:
        raise IndicatorImportRejected(errors=unreadable)
    agencies = {a.name.lower(): a for a in scope.agencies()}
    indicators = {
        (i.partnership_id, i.name.lower()): i
        for i in scope.filter_partnership(PracticeIndicator.objects.all())
    }
    errors: list[str] = []
    parsed: list[tuple[PracticeIndicator, Agency, dt.date, int]] = []
    seen: dict[tuple[int, int, dt.date], int] = {}
    for line, row in rows:
        agency = agencies.get(row["agency"].lower())
        if agency is None:
            errors.append(f"Line {line}: agency '{shown(row['agency'])}' is not one you manage.")
        indicator = None
        if agency is not None:
            indicator = indicators.get((agency.partnership_id, row["indicator"].lower()))
            if indicator is None:
                errors.append(
                    f"Line {line}: indicator '{shown(row['indicator'])}' is not one of "
                    f"{agency.partnership.name}'s practice indicators."
                )
        try:
            quarter = dt.date.fromisoformat(row["quarter_start"])
            if not is_quarter_start(quarter):
                raise ValueError
        except ValueError:
            quarter = None
            errors.append(
                f"Line {line}: quarter_start '{shown(row['quarter_start'])}' must be the first "
                "day of a quarter as YYYY-MM-DD (1 January, 1 April, 1 July or 1 October)."
            )
        try:
            value = int(row["value"])
            if value < 0:
                raise ValueError
        except ValueError:
            value = None
            errors.append(
                f"Line {line}: value '{shown(row['value'])}' must be a whole number, 0 or more."
            )
        if value is not None and value > INDICATOR_VALUE_MAX:
            value = None
            errors.append(
                f"Line {line}: value '{shown(row['value'])}' is more than "
                f"{INDICATOR_VALUE_MAX:,}; check the number."
            )
        if indicator and agency and quarter and value is not None:
            key = (indicator.pk, agency.pk, quarter)
            if key in seen:
                errors.append(
                    f"Line {line}: repeats line {seen[key]} for the same indicator, agency "
                    "and quarter."
                )
            seen[key] = line
            parsed.append((indicator, agency, quarter, value))
    errors += unreadable  # a line the CSV module cannot read ends the file
    if not parsed and not errors:
        errors.append("Line 2: the file has no rows.")
    if errors:
        raise IndicatorImportRejected(errors=errors)
    saved = []
    with transaction.atomic():
        for indicator, agency, quarter, value in parsed:
            obj, _ = IndicatorReturn.objects.update_or_create(
                indicator=indicator,
                agency=agency,
                quarter_start=quarter,
                defaults={"value": value},
            )
            saved.append(obj)
    return saved
