"""Celery tasks of 7-minute briefings (the weekly digest). Tasks take ids or ISO dates,
load what they need, call a service, and are safe to run twice."""

from __future__ import annotations

import datetime as dt

from celery import shared_task

from learning.briefings.selectors import digest_subscribers, digest_week_start
from learning.briefings.services import digest_send


@shared_task(name="learning.briefings.tasks.briefing_digest_send_weekly")
def briefing_digest_send_weekly(week: str | None = None) -> int:
    """Queue this week's digest for every active subscriber (Celery beat, Mondays)."""
    week_start = dt.date.fromisoformat(week) if week else digest_week_start()
    ids = list(digest_subscribers().values_list("pk", flat=True))
    for subscription_id in ids:
        briefing_digest_send.delay(subscription_id, week_start.isoformat())
    return len(ids)


@shared_task(
    name="learning.briefings.tasks.briefing_digest_send",
    autoretry_for=(OSError,),
    retry_backoff=60,
    retry_kwargs={"max_retries": 5},
)
def briefing_digest_send(subscription_id: int, week: str) -> bool:
    """Send one subscriber's digest for a week; the unique constraint makes it once."""
    return digest_send(subscription_id=subscription_id, week=dt.date.fromisoformat(week))
