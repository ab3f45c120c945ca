"""Celery beat's scheduler, recording beat's own heartbeat.

Set as `CELERY_BEAT_SCHEDULER`, so `celery -A cms beat` uses it with no extra option.
"""

from __future__ import annotations

import logging

from celery.beat import PersistentScheduler, ScheduleEntry

from django.db import DatabaseError, close_old_connections

from cms.health.models import Heartbeat
from cms.health.services import heartbeat_record

logger = logging.getLogger(__name__)

HEARTBEAT_TASK = "cms.tasks.heartbeat"


class HeartbeatScheduler(PersistentScheduler):
    """Beat's default scheduler, which records a beat heartbeat each time it sends a task
    and sends the worker's heartbeat task as soon as beat starts (so a fresh install is
    not "unknown" until the first quarter hour)."""

    def setup_schedule(self) -> None:
        super().setup_schedule()
        for entry in list(self.schedule.values()):
            if entry.task == HEARTBEAT_TASK:
                # No producer of beat's own yet: the app's pool sends it, and apply_entry
                # logs (rather than raises) if the broker is not up.
                self.apply_entry(entry)

    def apply_async(self, entry: ScheduleEntry, producer=None, advance: bool = True, **kwargs):
        result = super().apply_async(entry, producer=producer, advance=advance, **kwargs)
        # Reached only once the task is sent: a failure raises SchedulingError above.
        self._record_heartbeat()
        return result

    def _record_heartbeat(self) -> None:
        # Beat runs for weeks: drop a connection the database has closed since last time.
        close_old_connections()
        try:
            heartbeat_record(source=Heartbeat.Source.BEAT)
        except DatabaseError:
            # Scheduling must go on when the database is away; /healthz reports it.
            logger.warning("Could not record beat's heartbeat", exc_info=True)
