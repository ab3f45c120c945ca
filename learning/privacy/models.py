"""The record that a person's personal data was erased: once per person (the user row
itself is kept, anonymised, so the completions that count for coverage keep their link)."""

from __future__ import annotations

from django.conf import settings
from django.db import models


class PersonalDataErasure(models.Model):
    person = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="personal_data_erasure",
        help_text="The anonymised account.",
    )
    erased_at = models.DateTimeField()
    erased_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Who asked for it (empty for the system: a command or the retention task).",
    )
    reason = models.CharField(max_length=200)
    removed = models.JSONField(
        default=dict, blank=True, help_text="How many records of each kind were removed."
    )

    class Meta:
        ordering = ["-erased_at"]

    def __str__(self) -> str:
        return f"Personal data of account {self.person_id} erased on {self.erased_at:%d %B %Y}"
