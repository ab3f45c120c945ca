"""Who did what to whose record: one row per action that changes someone's records or
what a person may see (revoke, re-issue, name change approval, export, erase, scope
changes). Rows are never edited; managers read them in the admin, within their scope."""

from __future__ import annotations

import json

from django.conf import settings
from django.db import models


class AuditEvent(models.Model):
    at = models.DateTimeField(auto_now_add=True, db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="audit_events_done",
        help_text="Who did it (empty for the system: a task or a command).",
    )
    actor_label = models.CharField(
        max_length=254, blank=True, help_text="The actor's email at the time, kept if erased."
    )
    action = models.CharField(max_length=64, db_index=True)
    subject = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="audit_events_about",
        help_text="Whose record it was, if a person's.",
    )
    agency = models.ForeignKey(
        "learning.Agency",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The agency whose managers and lead may read this event.",
    )
    object_repr = models.CharField(max_length=255, blank=True)
    detail = models.JSONField(default=dict, blank=True)

    class Meta:
        ordering = ["-at", "-pk"]
        indexes = [models.Index(fields=["agency", "-at"])]

    def __str__(self) -> str:
        return f"{self.at:%Y-%m-%d %H:%M} {self.actor_label or 'system'}: {self.action}"

    # What the audit log report shows and exports (learning/privacy/views.py).

    @property
    def actor_display(self) -> str:
        return self.actor_label or "System"

    @property
    def subject_name(self) -> str:
        return self.subject.get_full_name() if self.subject else ""

    @property
    def agency_name(self) -> str:
        return self.agency.name if self.agency else ""

    @property
    def detail_text(self) -> str:
        return json.dumps(self.detail, sort_keys=True, default=str) if self.detail else ""
