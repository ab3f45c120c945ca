"""Periodic tasks of the learning app."""

from __future__ import annotations

import datetime as dt

from celery import shared_task


@shared_task
def coverage_snapshot_nightly(on: str | None = None) -> int:
    """Store every current KPI's figures per agency for the day (ISO date, default today).

    Safe to run twice: a second run for the same day replaces the first's rows.
    """
    from .coverage import coverage_snapshot_take

    return coverage_snapshot_take(on=dt.date.fromisoformat(on) if on else None)
