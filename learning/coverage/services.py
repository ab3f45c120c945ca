"""Training coverage against KPIs: who may see it, the figures, headcount imports, snapshots.

Selectors here read in a fixed number of queries whatever the number of agencies, learners
or months: the trained counts for every agency and every month of a KPI come from ONE
aggregate query (a distinct count per month, filtered in SQL); headcounts, which are a few
rows per agency, are read once and resolved in Python.

Rules, in one place:
- A person is *trained* at date D for a KPI if they completed one of its courses (or read a
  briefing on one of its topics) on or before D while in an agency the KPI covers; the
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

from django.db import transaction
from django.utils import timezone

from learning.coverage.models import (
    HEADCOUNT_MAX,
    CoverageSnapshot,
    Headcount,
)
from learning.coverage.selectors import (
    HeadcountBook,
    coverage_system_scope,
    kpi_agencies,
    kpis_in_scope,
    trained_counts,
)
from learning.exceptions import HeadcountImportRejected
from learning.people.imports import csv_rows, shown
from learning.people.models import Agency, RoleGroup
from learning.people.scope import Scope

# --- Writes: headcount import and snapshots ----------------------------------------------


HEADCOUNT_COLUMNS = ("agency", "role_group", "headcount", "counted_on")


def headcount_import(*, csv_text: str, scope: Scope) -> list[Headcount]:
    """Load headcounts from CSV (agency, role_group, headcount, counted_on): all or nothing.

    Every row is checked and every error is reported with its line number; one bad row
    rejects the whole file. A count for an agency, group and date that already exists is
    replaced, so loading the same file twice changes nothing.
    """
    rows, unreadable = csv_rows(csv_text=csv_text, columns=HEADCOUNT_COLUMNS, kind="headcount")
    if unreadable and not rows:
        raise HeadcountImportRejected(errors=unreadable)
    errors: list[str] = []
    agencies = {a.name.lower(): a for a in scope.agencies()}
    groups = {g.value: g.value for g in RoleGroup} | {g.label.lower(): g.value for g in RoleGroup}
    parsed: list[tuple[Agency, str, int, dt.date]] = []
    seen: dict[tuple[int, str, dt.date], int] = {}
    for line, row in rows:
        agency = agencies.get(row["agency"].lower())
        if agency is None:
            errors.append(f"Line {line}: agency '{shown(row['agency'])}' is not one you manage.")
        group_text = row["role_group"].lower()
        group = groups.get(group_text, None) if group_text else ""
        if group is None:
            errors.append(
                f"Line {line}: role group '{shown(row['role_group'])}' is not one of "
                + ", ".join(g.label for g in RoleGroup)
                + " (or blank for all staff)."
            )
        try:
            headcount = int(row["headcount"])
            if headcount < 0:
                raise ValueError
        except ValueError:
            headcount = None
            errors.append(
                f"Line {line}: headcount '{shown(row['headcount'])}' must be a whole number, "
                "0 or more."
            )
        if headcount is not None and headcount > HEADCOUNT_MAX:
            headcount = None
            errors.append(
                f"Line {line}: headcount '{shown(row['headcount'])}' is more than "
                f"{HEADCOUNT_MAX:,}; check the number."
            )
        try:
            counted_on = dt.date.fromisoformat(row["counted_on"])
        except ValueError:
            counted_on = None
            errors.append(
                f"Line {line}: counted_on '{shown(row['counted_on'])}' must be a date as "
                "YYYY-MM-DD."
            )
        if agency and group is not None and headcount is not None and counted_on:
            key = (agency.pk, group, counted_on)
            if key in seen:
                errors.append(
                    f"Line {line}: repeats the count on line {seen[key]} for the same agency, "
                    "role group and date."
                )
            seen[key] = line
            parsed.append((agency, group, headcount, counted_on))
    errors += unreadable  # a line the CSV module cannot read ends the file
    if not parsed and not errors:
        errors.append("Line 2: the file has no rows.")
    if errors:
        raise HeadcountImportRejected(errors=errors)
    saved = []
    with transaction.atomic():
        for agency, group, headcount, counted_on in parsed:
            obj, _ = Headcount.objects.update_or_create(
                agency=agency,
                role_group=group,
                counted_on=counted_on,
                defaults={"headcount": headcount},
            )
            saved.append(obj)
    return saved


def coverage_snapshot_take(*, on: dt.date | None = None) -> int:
    """Store every current KPI's figures per agency for `on` (today); safe to run twice."""
    on = on or timezone.localdate()
    scope = coverage_system_scope()
    kpis = list(kpis_in_scope(scope).filter(period_start__lte=on, period_end__gte=on))
    if not kpis:
        return 0
    agencies = list(Agency.objects.filter(partnership_id__in={k.partnership_id for k in kpis}))
    headcounts = HeadcountBook([a.pk for a in agencies])
    rows = []
    for kpi in kpis:
        covered = kpi_agencies(kpi, agencies)
        counts = trained_counts(kpi, [a.pk for a in covered], [on])
        for agency in covered:
            rows.append(
                CoverageSnapshot(
                    kpi=kpi,
                    agency=agency,
                    taken_on=on,
                    trained=counts.get(agency.pk, [0])[0],
                    headcount=headcounts.at(agency.pk, kpi.role_group, on),
                )
            )
    with transaction.atomic():
        CoverageSnapshot.objects.bulk_create(
            rows,
            update_conflicts=True,
            unique_fields=["kpi", "agency", "taken_on"],
            update_fields=["trained", "headcount"],
        )
    return len(rows)
