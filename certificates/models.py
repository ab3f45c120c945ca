"""Certificates, their PDFs, verification and reminders.

A certificate is a snapshot: the learner's name, the course title and the dates as they
stood at issue, and a PDF rendered once and kept. Like Moodle's tool_certificate, it is
never silently regenerated; a change of name gives a new certificate and marks the old
one superseded, so every code ever printed still verifies to what it said.
"""

from __future__ import annotations

from datetime import date

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone

from wagtail.admin.panels import FieldPanel


class CertificateKind(models.TextChoices):
    PRACTITIONER = "practitioner", "Certificate of completion"
    PUBLIC = "public", "Public awareness certificate"


class CertificateStatus(models.TextChoices):
    VALID = "valid", "Valid"
    EXPIRED = "expired", "Expired"
    REVOKED = "revoked", "Revoked"
    SUPERSEDED = "superseded", "Superseded"


class CertificateSignatory(models.Model):
    """Who signs a partnership's certificates (its chair or business manager, say)."""

    partnership = models.OneToOneField(
        "learning.Partnership", on_delete=models.CASCADE, related_name="certificate_signatory"
    )
    name = models.CharField(max_length=150)
    role = models.CharField(max_length=200, help_text="For example 'Independent Scrutineer'.")

    panels = [FieldPanel("partnership"), FieldPanel("name"), FieldPanel("role")]

    class Meta:
        verbose_name = "certificate signatory"
        verbose_name_plural = "certificate signatories"

    def __str__(self) -> str:
        return f"{self.name}, {self.role} ({self.partnership})"


class Certificate(models.Model):
    """One issued certificate and its PDF."""

    kind = models.CharField(
        max_length=20, choices=CertificateKind.choices, default=CertificateKind.PRACTITIONER
    )
    completion = models.ForeignKey(
        "learning.CourseCompletion",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="certificates",
    )
    learner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="certificates",
    )
    course = models.ForeignKey(
        "courses.CoursePage", on_delete=models.PROTECT, related_name="certificates"
    )
    # Scope (who may see, revoke and export it) follows the agency of the completion.
    agency = models.ForeignKey(
        "learning.Agency", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    partnership = models.ForeignKey(
        "learning.Partnership", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )

    # The snapshot printed on the PDF.
    learner_name = models.CharField(max_length=310)
    course_title = models.CharField(max_length=255)
    partnership_name = models.CharField(max_length=200, blank=True)
    completed_at = models.DateTimeField()
    cpd_minutes = models.PositiveIntegerField(default=0)
    score = models.PositiveSmallIntegerField(null=True, blank=True)
    expires_on = models.DateField(null=True, blank=True)
    signatory_name = models.CharField(max_length=150, blank=True)
    signatory_role = models.CharField(max_length=200, blank=True)
    reference = models.CharField(
        max_length=100, blank=True, help_text="The open-course record a public certificate is for."
    )

    code = models.CharField(max_length=32, unique=True)
    pdf = models.FileField(upload_to="certificates/%Y/%m/", blank=True)
    issued_at = models.DateTimeField(default=timezone.now)

    superseded_by = models.OneToOneField(
        "self", null=True, blank=True, on_delete=models.PROTECT, related_name="supersedes"
    )
    superseded_at = models.DateTimeField(null=True, blank=True)

    # The revocation audit: who, when and why.
    revoked_at = models.DateTimeField(null=True, blank=True)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    revocation_reason = models.TextField(blank=True)

    class Meta:
        ordering = ["-issued_at"]
        constraints = [
            # One current certificate per completion; superseded ones stay for the record.
            models.UniqueConstraint(
                fields=["completion"],
                condition=Q(superseded_at__isnull=True),
                name="certificate_one_current_per_completion",
            ),
            models.UniqueConstraint(
                fields=["course", "reference"],
                condition=Q(kind="public") & ~Q(reference=""),
                name="certificate_public_once_per_reference",
            ),
            models.CheckConstraint(
                condition=Q(kind="public") | Q(completion__isnull=False),
                name="certificate_practitioner_has_completion",
            ),
        ]
        indexes = [
            models.Index(fields=["expires_on"]),
            models.Index(fields=["agency", "completed_at"]),
        ]

    def __str__(self) -> str:
        return f"{self.learner_name}: {self.course_title} ({self.display_code})"

    @property
    def display_code(self) -> str:
        """The code in groups of four, easier to read aloud and type."""
        return "-".join(self.code[i : i + 4] for i in range(0, len(self.code), 4))

    @property
    def is_public(self) -> bool:
        return self.kind == CertificateKind.PUBLIC

    def status_on(self, today: date | None = None) -> CertificateStatus:
        """Revoked beats superseded beats expired: the strongest reason not to rely on it."""
        if self.revoked_at:
            return CertificateStatus.REVOKED
        if self.superseded_at:
            return CertificateStatus.SUPERSEDED
        today = today or timezone.localdate()
        if self.expires_on and self.expires_on < today:
            return CertificateStatus.EXPIRED
        return CertificateStatus.VALID

    @property
    def status(self) -> CertificateStatus:
        return self.status_on()

    def get_verification_path(self) -> str:
        return reverse("certificates:verify_code", args=[self.code])

    def get_verification_url(self) -> str:
        return settings.CERTIFICATES_BASE_URL.rstrip("/") + self.get_verification_path()


class RefresherReminder(models.Model):
    """A refresher reminder sent for a completion at one threshold; exactly once each."""

    completion = models.ForeignKey(
        "learning.CourseCompletion", on_delete=models.CASCADE, related_name="refresher_reminders"
    )
    days_before = models.PositiveSmallIntegerField()
    sent_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["completion", "days_before"], name="refresher_reminder_once"
            )
        ]

    def __str__(self) -> str:
        return f"{self.days_before}-day reminder for {self.completion_id}"


class CertificateExport(models.Model):
    """A ZIP of certificates for a manager's scope, built by a Celery task."""

    class State(models.TextChoices):
        QUEUED = "queued", "Waiting to start"
        RUNNING = "running", "Being built"
        READY = "ready", "Ready"
        FAILED = "failed", "Failed"

    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="certificate_exports"
    )
    requested_at = models.DateTimeField(default=timezone.now)
    course = models.ForeignKey(
        "courses.CoursePage", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    agency = models.ForeignKey(
        "learning.Agency", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    date_from = models.DateField(null=True, blank=True)
    date_to = models.DateField(null=True, blank=True)
    state = models.CharField(max_length=20, choices=State.choices, default=State.QUEUED)
    total = models.PositiveIntegerField(default=0)
    done = models.PositiveIntegerField(default=0)
    file = models.FileField(upload_to="certificate-exports/%Y/%m/", blank=True)
    error = models.TextField(blank=True)

    class Meta:
        ordering = ["-requested_at"]

    def __str__(self) -> str:
        return f"Export {self.pk} by {self.requested_by}"

    @property
    def percent(self) -> int:
        if self.state == self.State.READY:
            return 100
        return int(100 * self.done / self.total) if self.total else 0
