"""Certificates, their PDFs, verification and reminders.

A certificate is a snapshot: the learner's name, the course title and the dates as they
stood at issue, and a PDF rendered once and kept. Like Moodle's tool_certificate, it is
never silently regenerated; a change of name gives a new certificate and marks the old
one superseded, so every code ever printed still verifies to what it said.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone

from wagtail.admin.panels import FieldPanel

from certificates.codes import display_code
from certificates.storage import certificate_export_name, certificate_pdf_name, private_storage


class CertificateKind(models.TextChoices):
    PRACTITIONER = "practitioner", "Certificate of completion"
    PUBLIC = "public", "Public awareness certificate"
    ATTENDANCE = "attendance", "Certificate of attendance"
    LICENCE = "licence", "Licence certificate"


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
    # Blank for a certificate of attendance, which is for a training session, not a course.
    course = models.ForeignKey(
        "courses.CoursePage",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="certificates",
    )
    booking = models.ForeignKey(
        "learning.Booking",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="certificates",
        help_text="The attended training session a certificate of attendance is for.",
    )
    licence = models.ForeignKey(
        "learning.Licence",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="certificates",
        help_text="The licence a licence certificate is for.",
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
    # In the private storage under a random name: the code is public, the file is not.
    pdf = models.FileField(storage=private_storage, upload_to=certificate_pdf_name, blank=True)
    issued_at = models.DateTimeField(default=timezone.now)
    # Set when this certificate was issued again after an approved change of name.
    name_change = models.ForeignKey(
        "certificates.NameChangeRequest",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="certificates",
    )

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
            # One current certificate of attendance per attended booking: marking the
            # register again never issues a second.
            models.UniqueConstraint(
                fields=["booking"],
                condition=Q(superseded_at__isnull=True),
                name="certificate_one_current_per_booking",
            ),
            # One current licence certificate per licence: a renewal supersedes it.
            models.UniqueConstraint(
                fields=["licence"],
                condition=Q(superseded_at__isnull=True),
                name="certificate_one_current_per_licence",
            ),
            models.CheckConstraint(
                condition=Q(kind="public")
                | Q(completion__isnull=False)
                | Q(kind="attendance", booking__isnull=False)
                | Q(kind="licence", licence__isnull=False),
                name="certificate_practitioner_has_completion",
            ),
            models.CheckConstraint(
                condition=Q(course__isnull=False) | Q(kind__in=["attendance", "licence"]),
                name="certificate_has_course_unless_attendance",
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
        return display_code(self.code)

    @property
    def is_public(self) -> bool:
        return self.kind == CertificateKind.PUBLIC

    @property
    def is_attendance(self) -> bool:
        return self.kind == CertificateKind.ATTENDANCE

    @property
    def is_licence(self) -> bool:
        return self.kind == CertificateKind.LICENCE

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
        EXPIRED = "expired", "Expired"

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
    file = models.FileField(storage=private_storage, upload_to=certificate_export_name, blank=True)
    error = models.TextField(blank=True)

    class Meta:
        ordering = ["-requested_at"]
        indexes = [models.Index(fields=["state", "requested_at"])]

    def __str__(self) -> str:
        return f"Export {self.pk} by {self.requested_by}"

    @property
    def expires_at(self) -> datetime:
        """When the ZIP is deleted (CERTIFICATE_EXPORT_RETENTION_DAYS after the request)."""
        return self.requested_at + timedelta(days=settings.CERTIFICATE_EXPORT_RETENTION_DAYS)

    @property
    def is_expired(self) -> bool:
        return self.state == self.State.EXPIRED or timezone.now() >= self.expires_at

    @property
    def percent(self) -> int:
        if self.state == self.State.READY:
            return 100
        return int(100 * self.done / self.total) if self.total else 0


class NameChangeDecision(models.TextChoices):
    PENDING = "pending", "Waiting for approval"
    APPROVED = "approved", "Approved"
    DECLINED = "declined", "Declined"
    WITHDRAWN = "withdrawn", "Withdrawn"


class NameChangeRequest(models.Model):
    """A learner's request to change the name on their issued certificates, and its outcome.

    A learner with no current certificate changes their name freely; once certificates
    carry their name, a new one is printed only after their agency lead or partnership
    manager approves, so nobody can have certificates re-issued in any name they like.
    Rows are kept as the history of the learner's names.
    """

    learner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="name_change_requests"
    )
    old_name = models.CharField(max_length=310, help_text="The name on the certificates.")
    new_first_name = models.CharField(max_length=150)
    new_last_name = models.CharField(max_length=150)
    requested_at = models.DateTimeField(default=timezone.now)
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    decision = models.CharField(
        max_length=20, choices=NameChangeDecision.choices, default=NameChangeDecision.PENDING
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    reason = models.TextField(blank=True, help_text="Why it was declined (shown to the learner).")

    class Meta:
        ordering = ["-requested_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["learner"],
                condition=Q(decision="pending"),
                name="name_change_one_pending_per_learner",
            )
        ]

    def __str__(self) -> str:
        return f"{self.old_name} to {self.new_name} ({self.get_decision_display()})"

    @property
    def new_name(self) -> str:
        return f"{self.new_first_name} {self.new_last_name}".strip()

    @property
    def is_pending(self) -> bool:
        return self.decision == NameChangeDecision.PENDING
