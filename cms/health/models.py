"""When each Celery process last showed it was alive."""

from __future__ import annotations

from django.db import models


class Heartbeat(models.Model):
    """The last sign of life of one kind of process: one row per source, kept in the
    database so every process (web, worker, beat) sees the same value."""

    class Source(models.TextChoices):
        WORKER = "worker", "Celery worker"
        BEAT = "beat", "Celery beat"

    source = models.CharField(max_length=20, choices=Source.choices, primary_key=True)
    last_seen_at = models.DateTimeField()

    class Meta:
        verbose_name = "heartbeat"

    def __str__(self) -> str:
        return f"{self.get_source_display()} at {self.last_seen_at:%Y-%m-%d %H:%M:%S}"
