"""Coverage dashboard at scale: 10,000 then 100,000 learners in 20 agencies.

For each size it builds the synthetic partnership (`seed_scale`: about ten lesson-progress
and completion rows per learner), then times
- the dashboard page (/admin/reports/training-coverage/, three KPIs, two-year trend),
- the selector alone (coverage_dashboard, no HTTP or templates),
- a hand-written SQL aggregate that computes the same per-agency, per-month figures,
and prints the dashboard's time as a ratio to the raw SQL, and how each grows from 10,000 to
100,000 learners. Uses PostgreSQL when DATABASE_URL points to it (SQLite otherwise).

Run (PostgreSQL): DATABASE_URL=postgres://postgres@127.0.0.1:5432/nml_coverage \
    uv run python bench/run.py coverage
Sizes can be changed with BENCH_COVERAGE_SIZES=10000,100000.
"""

from __future__ import annotations

import datetime as dt
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.dev")
os.environ.setdefault("DEBUG", "false")  # no query log: time what production would do

AGENCIES = 20
REPEATS = 5


def _setup() -> None:
    import django
    from django.apps import apps

    if not apps.ready:
        django.setup()


def _timed(fn, repeats: int = REPEATS) -> float:
    fn()  # warm caches and connections
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def raw_sql_figures(kpi, dates: list[dt.date]) -> dict[int, list[int]]:
    """The same trained counts as `learning.coverage.selectors.trained_counts`, in SQL."""
    from django.db import connection

    from learning.coverage.selectors import _earliest_in_date, _start_of
    from learning.people.models import Agency, User
    from learning.progress.models import CourseCompletion

    course = kpi.courses.all()[0]
    agency_ids = list(
        Agency.objects.filter(partnership_id=kpi.partnership_id).values_list("pk", flat=True)
    )
    columns, params = [], []
    for on in dates:
        cond = "c.completed_at < %s"
        params.append(_start_of(on + dt.timedelta(days=1)))
        if kpi.requires_in_date and course.validity_months:
            cond += " AND c.completed_at >= %s"
            params.append(_start_of(_earliest_in_date(on, course.validity_months)))
        columns.append(f"COUNT(DISTINCT CASE WHEN {cond} THEN c.learner_id END)")
    role = ""
    if kpi.role_group:
        role = " AND u.role_group = %s"
    sql = (
        f"SELECT c.agency_id, {', '.join(columns)} "
        f"FROM {CourseCompletion._meta.db_table} c "
        f"JOIN {User._meta.db_table} u ON u.id = c.learner_id "
        f"WHERE c.course_id = %s AND c.agency_id IN ({','.join(['%s'] * len(agency_ids))})"
        f"{role} GROUP BY c.agency_id"
    )
    params += [course.pk, *agency_ids]
    if kpi.role_group:
        params.append(kpi.role_group)
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return {row[0]: list(row[1:]) for row in cursor.fetchall()}


def raw_sql_all(kpis, as_of: dt.date) -> dict[int, dict[int, list[int]]]:
    from django.db import connection

    from learning.coverage.models import Headcount
    from learning.coverage.selectors import trend_dates

    result = {kpi.pk: raw_sql_figures(kpi, trend_dates(kpi, as_of)) for kpi in kpis}
    with connection.cursor() as cursor:  # the denominators, as the dashboard reads them
        cursor.execute(
            f"SELECT agency_id, role_group, counted_on, headcount FROM {Headcount._meta.db_table}"
        )
        cursor.fetchall()
    return result


def one_size(learners: int) -> dict[str, float]:
    from allauth.mfa.models import Authenticator

    from django.conf import settings
    from django.test import Client
    from django.utils import timezone

    from learning.coverage.models import TrainingKPI
    from learning.coverage.seed import SCALE_SLUG, scale_seed
    from learning.coverage.selectors import (
        coverage_dashboard,
        coverage_system_scope,
        fresh_kpi_ids,
        running_counts,
        trained_counts,
        trend_dates,
    )
    from learning.people.models import Partnership, User
    from learning.progress.models import LessonProgress
    from tests.conftest import _record_sign_in

    started = time.perf_counter()
    counts = scale_seed(learners=learners, agencies=AGENCIES)
    seeded = time.perf_counter() - started
    from django.db import connection

    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    print(
        f"  seeded {counts['learners']:,} learners, {counts['progress']:,} progress rows and "
        f"{counts['completions']:,} completions "
        f"({counts['progress'] + counts['completions']:,} rows) in {seeded:.1f}s",
        flush=True,
    )
    partnership = Partnership.objects.get(slug=SCALE_SLUG)
    kpis = list(
        TrainingKPI.objects.filter(partnership=partnership).prefetch_related("courses", "agencies")
    )
    as_of = timezone.localdate()

    # The figures must agree before the times mean anything.
    from learning.people.models import Agency

    agency_ids = list(Agency.objects.filter(partnership=partnership).values_list("pk", flat=True))
    raw = raw_sql_all(kpis, as_of)
    for kpi in kpis:
        dates = trend_dates(kpi, as_of)
        orm = trained_counts(kpi, agency_ids, dates)
        assert orm == raw[kpi.pk], f"figures differ for {kpi}"
        # ...and the running counts the dashboard reads (seeding rebuilt them) agree too.
        zeros = [0] * len(dates)
        running = running_counts({kpi.pk: (agency_ids, dates)})[kpi.pk]
        assert {a: running.get(a, zeros) for a in agency_ids} == {
            a: raw[kpi.pk].get(a, zeros) for a in agency_ids
        }, f"running counts differ for {kpi}"
    assert fresh_kpi_ids(kpis) == {kpi.pk for kpi in kpis}, "the dashboard would not use them"

    admin, _ = User.objects.get_or_create(
        email="bench-admin@example.org",
        defaults={
            "first_name": "Bench",
            "last_name": "Admin",
            "is_staff": True,
            "is_superuser": True,
        },
    )
    Authenticator.objects.get_or_create(
        user=admin, type=Authenticator.Type.TOTP, defaults={"data": {"secret": "x"}}
    )
    if "testserver" not in settings.ALLOWED_HOSTS:
        settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "testserver"]
    client = Client()
    client.force_login(admin)
    # Staff pages need a session that passed the second factor, as a real sign-in records.
    _record_sign_in(client, admin)
    url = f"/admin/reports/training-coverage/?partnership={partnership.pk}"

    def page():
        response = client.get(url)
        assert response.status_code == 200, response.status_code

    def selector():
        coverage_dashboard(
            scope=coverage_system_scope(), partnership_id=partnership.pk, as_of=as_of
        )

    def raw_sql():
        raw_sql_all(kpis, as_of)

    months = len(trend_dates(kpis[0], as_of))
    figures = {
        "page": _timed(page),
        "selector": _timed(selector),
        "raw": _timed(raw_sql),
        "rows": LessonProgress.objects.count(),
    }
    print(
        f"  dashboard page {figures['page'] * 1000:.0f} ms, "
        f"selector {figures['selector'] * 1000:.0f} ms, raw SQL {figures['raw'] * 1000:.0f} ms "
        f"(3 KPIs, {AGENCIES} agencies, {months} trend points); "
        f"page/raw = {figures['page'] / figures['raw']:.2f}, selector/raw = "
        f"{figures['selector'] / figures['raw']:.2f}",
        flush=True,
    )
    return figures


def main() -> None:
    _setup()
    from django.core.management import call_command
    from django.db import connection

    call_command("migrate", verbosity=0)
    sizes = [int(s) for s in os.environ.get("BENCH_COVERAGE_SIZES", "10000,100000").split(",")]
    print(f"database: {connection.vendor} ({connection.settings_dict['NAME']})", flush=True)
    results = {}
    for size in sizes:
        print(f"{size:,} learners in {AGENCIES} agencies:", flush=True)
        results[size] = one_size(size)
    if len(sizes) >= 2:
        small, large = results[sizes[0]], results[sizes[-1]]
        print(
            f"growth {sizes[0]:,} -> {sizes[-1]:,} learners (x{sizes[-1] / sizes[0]:.0f}): "
            f"dashboard page x{large['page'] / small['page']:.2f}, selector "
            f"x{large['selector'] / small['selector']:.2f}, "
            f"raw SQL x{large['raw'] / small['raw']:.2f}",
            flush=True,
        )
    from learning.coverage.seed import scale_reset

    scale_reset()


if __name__ == "__main__":
    main()
