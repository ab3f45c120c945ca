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
from collections import Counter
from collections.abc import Iterable

from django.db import connection, transaction
from django.utils import timezone

from learning.coverage.models import (
    HEADCOUNT_MAX,
    ChangeGrain,
    CoverageChange,
    CoverageSnapshot,
    CoverageSpan,
    Headcount,
    TrainingKPI,
)
from learning.coverage.selectors import (
    HeadcountBook,
    coverage_system_scope,
    kpi_agencies,
    kpis_in_scope,
    trained_counts,
)
from learning.coverage.spans import KPIRule, Records, kpi_rules, load_records, person_spans
from learning.exceptions import HeadcountImportRejected
from learning.people.imports import csv_rows, shown
from learning.people.models import Agency, RoleGroup, User
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


# --- Running counts: rebuilt from the records, and kept up to date as they change ----------

#: (kpi, agency, day) -> people who became trained (or, negative, stopped) that day
Changes = Counter[tuple[int, int, dt.date]]


def _kpis_with_rule_inputs() -> object:
    return TrainingKPI.objects.prefetch_related("courses", "training_events")


def _span_changes(changes: Changes, kpi_id: int, agency_id: int, start, end, sign: int) -> None:
    changes[(kpi_id, agency_id, start)] += sign
    if end is not None:
        changes[(kpi_id, agency_id, end)] -= sign


def _add_changes(changes: Changes) -> None:
    """Add to the day rows and their month rows in one statement. The increment happens in
    the database (INSERT ... ON CONFLICT DO UPDATE SET delta = delta + excluded.delta, the
    same on PostgreSQL and SQLite), so concurrent writers never lose one; rows are written
    in key order so two writers cannot deadlock."""
    rows: Counter[tuple[int, int, int, dt.date]] = Counter()
    for (kpi_id, agency_id, day), delta in changes.items():
        rows[(kpi_id, agency_id, ChangeGrain.DAY.value, day)] += delta
        rows[(kpi_id, agency_id, ChangeGrain.MONTH.value, day.replace(day=1))] += delta
    values = sorted((*key, delta) for key, delta in rows.items() if delta)
    if not values:
        return
    table = CoverageChange._meta.db_table
    sql = (
        f"INSERT INTO {table} (kpi_id, agency_id, grain, day, delta) "  # noqa: S608
        "VALUES (%s, %s, %s, %s, %s) ON CONFLICT (kpi_id, agency_id, grain, day) "
        f"DO UPDATE SET delta = {table}.delta + excluded.delta"
    )
    with connection.cursor() as cursor:
        cursor.executemany(sql, values)


def _spans_of(rules: list[KPIRule], records: Records, people: Iterable[int]):
    for person in people:
        for rule in rules:
            for agency_id, spans in person_spans(rule, records, person).items():
                for start, end in spans:
                    yield rule.kpi_id, person, agency_id, start, end


def coverage_learner_refresh(*, learner_id: int) -> int:
    """Bring one person's part of the running counts up to date with their records: called
    in the transaction that changed a completion, read, attendance, licence, role group or
    account (see learning/coverage/receivers.py). Returns how many spans changed.

    The person's row is locked first, so two changes to the same person are applied one
    after the other (each sees the other's records); changes to different people only
    meet in the counters, which are incremented in the database."""
    with transaction.atomic():
        list(User.objects.select_for_update().filter(pk=learner_id).values_list("pk"))
        rules = kpi_rules(_kpis_with_rule_inputs())
        records = load_records(learner_ids=[learner_id])
        wanted = {
            (kpi_id, agency_id, start, end)
            for kpi_id, _person, agency_id, start, end in _spans_of(rules, records, [learner_id])
        }
        held = {
            (kpi_id, agency_id, start, end): pk
            for pk, kpi_id, agency_id, start, end in CoverageSpan.objects.filter(
                learner_id=learner_id
            ).values_list("pk", "kpi_id", "agency_id", "starts_on", "ends_on")
        }
        gone = [key for key in held if key not in wanted]
        new = [key for key in wanted if key not in held]
        if not gone and not new:
            return 0
        changes: Changes = Counter()
        for kpi_id, agency_id, start, end in gone:
            _span_changes(changes, kpi_id, agency_id, start, end, -1)
        for kpi_id, agency_id, start, end in new:
            _span_changes(changes, kpi_id, agency_id, start, end, +1)
        CoverageSpan.objects.filter(pk__in=[held[key] for key in gone]).delete()
        CoverageSpan.objects.bulk_create(
            CoverageSpan(
                kpi_id=kpi_id, learner_id=learner_id, agency_id=agency_id, starts_on=s, ends_on=e
            )
            for kpi_id, agency_id, s, e in new
        )
        _add_changes(changes)
        return len(gone) + len(new)


def coverage_rebuild(*, partnership_id: int | None = None, kpi_id: int | None = None) -> int:
    """Recompute the running counts of every KPI (or one partnership's, or one KPI) from
    the records, and record what they were built for. Safe to run twice. Returns the
    number of KPIs rebuilt.

    Run it when nothing else writes records for those KPIs (seeding, a quiet night, after
    editing a KPI): a completion recorded while it runs may be counted by neither."""
    kpis = _kpis_with_rule_inputs()
    if partnership_id is not None:
        kpis = kpis.filter(partnership_id=partnership_id)
    if kpi_id is not None:
        kpis = kpis.filter(pk=kpi_id)
    rules = kpi_rules(kpis)
    by_partnership: dict[int, list[KPIRule]] = {}
    for rule in rules:
        by_partnership.setdefault(rule.partnership_id, []).append(rule)
    with transaction.atomic():
        for partnership, partnership_rules in by_partnership.items():
            ids = [rule.kpi_id for rule in partnership_rules]
            list(TrainingKPI.objects.select_for_update().filter(pk__in=ids).values_list("pk"))
            for model in (CoverageSpan, CoverageChange):
                model.objects.filter(kpi_id__in=ids).delete()
            records = load_records(partnership_id=partnership)
            people = (
                set(records.completions)
                | set(records.reads)
                | set(records.attendances)
                | set(records.licences)
            )
            changes: Changes = Counter()
            spans = []
            for kpi, person, agency_id, start, end in _spans_of(partnership_rules, records, people):
                _span_changes(changes, kpi, agency_id, start, end, +1)
                spans.append(
                    CoverageSpan(
                        kpi_id=kpi,
                        learner_id=person,
                        agency_id=agency_id,
                        starts_on=start,
                        ends_on=end,
                    )
                )
            CoverageSpan.objects.bulk_create(spans, batch_size=5000)
            _add_changes(changes)
            for rule in partnership_rules:
                TrainingKPI.objects.filter(pk=rule.kpi_id).update(counts_built_for=rule.fingerprint)
    return len(rules)


def coverage_rebuild_stale() -> int:
    """Rebuild the KPIs whose running counts were built for another definition (a course's
    validity, a briefing's topics or the KPI itself changed since), or never built."""
    kpis = list(_kpis_with_rule_inputs())
    built = {kpi.pk: kpi.counts_built_for for kpi in kpis}
    stale = [r.kpi_id for r in kpi_rules(kpis) if built[r.kpi_id] != r.fingerprint]
    for kpi_id in stale:
        coverage_rebuild(kpi_id=kpi_id)
    return len(stale)
