"""The nightly snapshot through a real worker, its beat entry, and briefing KPIs."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from django.conf import settings

from courses.briefings.models import BriefingIndexPage, BriefingPage
from learning.briefings.models import BriefingRead
from learning.coverage.models import CoverageSnapshot, Headcount, KPILearning, TrainingKPI
from learning.coverage.selectors import coverage_dashboard, coverage_system_scope

from .builders import AS_OF, at, hand_built_partnership, learner


def test_snapshot_task_is_scheduled_nightly():
    entry = settings.CELERY_BEAT_SCHEDULE["coverage-snapshot-nightly"]
    assert entry["task"] == "learning.coverage.tasks.coverage_snapshot_nightly"
    assert entry["schedule"].hour == {1}


@pytest.mark.worker
def test_nightly_snapshot_runs_on_a_real_worker(celery_worker, home_page):
    p = hand_built_partnership(home_page)
    result = celery_worker.send_task(
        "learning.coverage.tasks.coverage_snapshot_nightly", kwargs={"on": "2026-01-31"}
    )
    assert result.get(timeout=60) == 6
    health = CoverageSnapshot.objects.get(
        kpi=p.percent_kpi, agency=p.health, taken_on=dt.date(2026, 1, 31)
    )
    assert (health.trained, health.headcount) == (4, 8)


@pytest.mark.django_db
def test_briefing_kpi_counts_readers_of_its_topics(home_page):
    p = hand_built_partnership(home_page)
    index = home_page.add_child(instance=BriefingIndexPage(title="Briefings", slug="briefings"))
    neglect = index.add_child(instance=BriefingPage(title="Neglect audit", slug="neglect-audit"))
    neglect.topics.add("Neglect")
    neglect.save_revision().publish()
    other = index.add_child(instance=BriefingPage(title="Something else", slug="else"))
    other.topics.add("Online safety")
    other.save_revision().publish()
    readers = [learner(p.police, f"r{i}") for i in range(3)]
    BriefingRead.objects.create(
        learner=readers[0], briefing=neglect, read_at=at("2025-06-01"), agency=p.police
    )
    BriefingRead.objects.create(
        learner=readers[1], briefing=neglect, read_at=at("2025-12-01"), agency=p.police
    )
    BriefingRead.objects.create(
        learner=readers[2], briefing=other, read_at=at("2025-06-01"), agency=p.police
    )
    Headcount.objects.create(agency=p.police, headcount=10, counted_on="2025-11-01")
    kpi = TrainingKPI.objects.create(
        partnership=p.partnership,
        name="Neglect briefings read",
        learning=KPILearning.BRIEFINGS,
        briefing_topics="neglect",
        target=Decimal("50"),
        period_start=dt.date(2025, 4, 1),
        period_end=dt.date(2026, 3, 31),
    )
    (coverage,) = coverage_dashboard(scope=coverage_system_scope(), kpi_id=kpi.pk, as_of=AS_OF)
    police = next(r for r in coverage.rows if r.agency == p.police)
    assert (police.trained, police.headcount, police.percent) == (2, 10, Decimal("20.0"))
    september = next(pt for pt in coverage.trend if pt.on == dt.date(2025, 9, 30))
    assert september.trained == 1
