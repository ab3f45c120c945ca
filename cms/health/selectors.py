"""The health report behind /healthz."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from django.conf import settings
from django.db import DatabaseError, connection
from django.utils import timezone

from cms.health.models import Heartbeat

OK = "ok"
STALE = "stale"
UNKNOWN = "unknown"
UNAVAILABLE = "unavailable"


@dataclass(frozen=True)
class HealthReport:
    database: str
    worker: str
    beat: str
    last_seen: dict[str, str | None] = field(default_factory=dict)

    @property
    def is_healthy(self) -> bool:
        """The database answers and no heartbeat is stale; a heartbeat never yet recorded
        fails only where `HEALTHZ_REQUIRE_HEARTBEATS` is set (production)."""
        failing = {STALE, UNKNOWN} if settings.HEALTHZ_REQUIRE_HEARTBEATS else {STALE}
        return self.database == OK and not {self.worker, self.beat} & failing

    def as_dict(self) -> dict[str, object]:
        return {
            "status": OK if self.is_healthy else "fail",
            "database": self.database,
            "worker": self.worker,
            "beat": self.beat,
            "last_seen": self.last_seen,
        }


def _heartbeat_state(last_seen_at: dt.datetime | None, *, now: dt.datetime) -> str:
    if last_seen_at is None:
        return UNKNOWN
    max_age = dt.timedelta(seconds=settings.HEALTHZ_HEARTBEAT_MAX_AGE)
    return OK if now - last_seen_at <= max_age else STALE


def health_report(*, now: dt.datetime | None = None) -> HealthReport:
    """Whether the database answers, and how recent the worker's and beat's heartbeats
    are (`HEALTHZ_HEARTBEAT_MAX_AGE` seconds at most)."""
    now = now or timezone.now()
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
        seen = dict(Heartbeat.objects.values_list("source", "last_seen_at"))
    except DatabaseError:
        return HealthReport(database=UNAVAILABLE, worker=UNKNOWN, beat=UNKNOWN)
    worker = seen.get(Heartbeat.Source.WORKER)
    beat = seen.get(Heartbeat.Source.BEAT)
    return HealthReport(
        database=OK,
        worker=_heartbeat_state(worker, now=now),
        beat=_heartbeat_state(beat, now=now),
        last_seen={
            "worker": worker.isoformat() if worker else None,
            "beat": beat.isoformat() if beat else None,
        },
    )
