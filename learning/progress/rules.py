"""When a completion stops being current, and which run of a course a learner is on.

One rule, used by progress (runs, status), certificates (expiry on the certificate, refresher
reminders) and coverage ("certificate must be in date"): a completion is current for the
course's `validity_months` after it was completed, or for ever when that is 0.
"""

from __future__ import annotations

from datetime import date, datetime

from dateutil.relativedelta import relativedelta

from django.conf import settings
from django.utils import timezone


def completion_expires_at(*, completed_at: datetime, validity_months: int) -> datetime | None:
    """The moment a completion made at `completed_at` stops being current (None: never)."""
    if not validity_months:
        return None
    return completed_at + relativedelta(months=validity_months)


def completion_expires_on(completion) -> date | None:
    """The date a completion stops being current (None if the course never expires)."""
    expires = completion_expires_at(
        completed_at=completion.completed_at, validity_months=completion.course.validity_months
    )
    return expires.date() if expires else None


def is_refresher_due(completion, *, today: date | None = None) -> bool:
    """True from REFRESHER_WINDOW_DAYS before expiry onwards."""
    expires = completion_expires_on(completion)
    if expires is None:
        return False
    today = today or timezone.localdate()
    return (expires - today).days <= settings.REFRESHER_WINDOW_DAYS


def run_after(*, course, latest_completion) -> int:
    """The run a learner is on, given their latest completion of `course` (or None).

    Run 1 until a first completion; a completion that is still current keeps the learner
    on its run (so completing again finds the same record); once it expires, the next run.
    """
    if latest_completion is None:
        return 1
    expires = completion_expires_at(
        completed_at=latest_completion.completed_at,
        validity_months=course.validity_months or 0,
    )
    if expires is not None and expires <= timezone.now():
        return latest_completion.run + 1
    return latest_completion.run


def completion_is_current(completion, *, now: datetime | None = None) -> bool:
    """Does this completion still count? One that has expired does not (prerequisites,
    coverage and certificates all ask this)."""
    expires = completion_expires_at(
        completed_at=completion.completed_at, validity_months=completion.course.validity_months
    )
    return expires is None or expires > (now or timezone.now())
