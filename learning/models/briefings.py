"""Learners' records of 7-minute briefings."""

from __future__ import annotations

from django.db import models

from .people import Agency, User


class BriefingRead(models.Model):
    """A learner confirmed they read a 7-minute briefing (recorded once)."""

    learner = models.ForeignKey(User, on_delete=models.CASCADE, related_name="briefing_reads")
    briefing = models.ForeignKey(
        "courses.BriefingPage", on_delete=models.CASCADE, related_name="reads"
    )
    read_at = models.DateTimeField()
    agency = models.ForeignKey(
        Agency, null=True, blank=True, on_delete=models.SET_NULL, related_name="briefing_reads"
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["learner", "briefing"], name="briefing_read_once")
        ]
        indexes = [models.Index(fields=["briefing", "read_at"])]

    def __str__(self) -> str:
        return f"{self.learner} read {self.briefing}"
