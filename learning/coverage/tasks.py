"""Celery tasks of training coverage. Tasks take ids or ISO dates, load what they need,
call a service, and are safe to run twice."""

from __future__ import annotations

import datetime as dt

from celery import shared_task

from learning.coverage.services import (
    coverage_rebuild,
    coverage_rebuild_stale,
    coverage_snapshot_take,
)


@shared_task
def coverage_snapshot_nightly(on: str | None = None) -> int:
    """Store every current KPI's figures per agency for the day (ISO date, default today).

    Safe to run twice: a second run for the same day replaces the first's rows.
    """
    return coverage_snapshot_take(on=dt.date.fromisoformat(on) if on else None)


@shared_task
def coverage_rebuild_kpi(kpi_id: int) -> int:
    """Rebuild one KPI's running counts after it was edited. Safe to run twice."""
    return coverage_rebuild(kpi_id=kpi_id)


@shared_task
def coverage_rebuild_nightly() -> int:
    """Rebuild the KPIs whose running counts no longer match what they count (a course's
    validity or a briefing's topics changed), or were never built."""
    return coverage_rebuild_stale()
