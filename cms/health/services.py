"""Recording heartbeats."""

from __future__ import annotations

import datetime as dt

from django.utils import timezone

from cms.health.models import Heartbeat


def heartbeat_record(*, source: Heartbeat.Source, at: dt.datetime | None = None) -> Heartbeat:
    """Record that `source` is alive now (or at `at`); one row per source, overwritten."""
    heartbeat, _ = Heartbeat.objects.update_or_create(
        source=source, defaults={"last_seen_at": at or timezone.now()}
    )
    return heartbeat
