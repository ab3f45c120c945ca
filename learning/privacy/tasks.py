"""Celery tasks for personal data. Tasks take ids or ISO dates and are safe to run twice."""

from __future__ import annotations

import datetime as dt

from celery import shared_task

from django.utils import timezone

from learning.privacy.services import accounts_close_inactive


@shared_task
def close_inactive_accounts(now: str | None = None) -> int:
    """Close and anonymise accounts not signed in to for ACCOUNT_INACTIVE_CLOSE_MONTHS
    (counted back from `now`, an ISO date-time, default the present). Returns how many."""
    moment = dt.datetime.fromisoformat(now) if now else None
    if moment is not None and timezone.is_naive(moment):
        moment = timezone.make_aware(moment)
    return len(accounts_close_inactive(now=moment))
