"""Records for the public section: employers whose workers take the open course, and
the anonymous completions of that course.

No account is involved: a completion is keyed by a random key kept in the visitor's
session, so one visitor is counted once however often they post the final check.
"""

from __future__ import annotations

import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.search import index

from learning.people.models import Partnership

# Letters that cannot be mistaken for each other when read out or typed on a phone.
JOIN_CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
JOIN_CODE_LENGTH = 8


def new_join_code() -> str:
    return "".join(secrets.choice(JOIN_CODE_ALPHABET) for _ in range(JOIN_CODE_LENGTH))


def new_report_key() -> str:
    return secrets.token_urlsafe(24)


class EmployerSector(models.TextChoices):
    GAS = "gas", "Gas"
    WATER = "water", "Water"
    ELECTRICITY = "electricity", "Electricity"
    TELECOMS = "telecoms", "Telecoms and broadband"
    POSTAL = "postal", "Postal and delivery"
    OTHER = "other", "Other home visits"


class Employer(index.Indexed, models.Model):
    """A firm whose staff visit homes (a gas network, a water company, a postal operator),
    registered by a partnership manager so that its workers' completions are counted."""

    partnership = models.ForeignKey(
        Partnership, on_delete=models.PROTECT, related_name="public_employers"
    )
    name = models.CharField(max_length=200)
    sector = models.CharField(max_length=20, choices=EmployerSector.choices)
    contact_name = models.CharField(
        max_length=200, blank=True, help_text="The employer's safeguarding lead or manager."
    )
    contact_email = models.EmailField(blank=True)
    join_code = models.CharField(
        max_length=16,
        unique=True,
        default=new_join_code,
        help_text="Workers type this code, or use the join link, to be counted for this "
        "employer. Change it to stop old codes and links working.",
    )
    join_code_expires_on = models.DateField(
        null=True,
        blank=True,
        help_text="After this date the code and join link stop working. Leave blank for no "
        "end date.",
    )
    report_key = models.CharField(
        max_length=64,
        unique=True,
        default=new_report_key,
        editable=False,
        help_text="Part of the employer's private report link; changing it revokes the link.",
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    panels = [
        FieldPanel("partnership"),
        FieldPanel("name"),
        FieldPanel("sector"),
        MultiFieldPanel(
            [FieldPanel("contact_name"), FieldPanel("contact_email")],
            heading="Contact for the private report",
        ),
        MultiFieldPanel(
            [FieldPanel("join_code"), FieldPanel("join_code_expires_on")],
            heading="Join code",
        ),
    ]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.FilterField("partnership_id"),
        index.FilterField("sector"),
    ]

    class Meta:
        ordering = ["partnership__name", "name"]
        constraints = [
            models.UniqueConstraint(
                fields=["partnership", "name"], name="employer_name_unique_in_partnership"
            )
        ]

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs) -> None:
        self.join_code = self.join_code.strip().upper().replace(" ", "").replace("-", "")
        super().save(*args, **kwargs)

    def is_code_expired(self, *, today=None) -> bool:
        if self.join_code_expires_on is None:
            return False
        return (today or timezone.localdate()) > self.join_code_expires_on


class OpenCourseCompletion(models.Model):
    """Someone without an account completed the open course.

    Keyed by a random visitor key from their session: the unique constraint settles
    repeated or concurrent posts so a visitor is counted once. The name is only there if
    the visitor typed it for a certificate.
    """

    course = models.ForeignKey(
        "courses.CoursePage", on_delete=models.PROTECT, related_name="open_completions"
    )
    visitor_key = models.CharField(max_length=64)
    employer = models.ForeignKey(
        Employer,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="completions",
    )
    completed_at = models.DateTimeField(default=timezone.now)
    score = models.PositiveSmallIntegerField(null=True, blank=True)
    name = models.CharField(max_length=200, blank=True)
    certificate_reference = models.CharField(max_length=64, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["course", "visitor_key"], name="open_course_completion_once_per_visitor"
            )
        ]
        indexes = [models.Index(fields=["employer", "completed_at"])]
        ordering = ["-completed_at"]

    def __str__(self) -> str:
        return f"Open course completion {self.pk} on {self.completed_at:%d %B %Y}"
