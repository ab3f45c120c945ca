"""Evaluation: forms of questions authored in the admin, attached to a course, a training
event or a briefing; the responses learners (and their line managers) give; and the
follow-ups sent some weeks after the training."""

from __future__ import annotations

from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone

from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable

from learning.evaluation.blocks import EvaluationQuestionsBlock
from learning.people.models import Agency


class EvaluationForm(ClusterableModel):
    """The questions of one evaluation, and what they are attached to.

    `questions` are asked after the training (the confidence ones also before it, where
    the attachment says so); `follow_up_questions` N weeks later; `manager_questions` go to
    the learner's line manager by a signed link.
    """

    title = models.CharField(max_length=200)
    introduction = models.TextField(blank=True, help_text="Shown above the questions.")
    questions = StreamField(EvaluationQuestionsBlock(), use_json_field=True)
    follow_up_questions = StreamField(
        EvaluationQuestionsBlock(),
        use_json_field=True,
        blank=True,
        help_text="Asked of the learner some weeks after the training, for example "
        '"What have you done differently?"',
    )
    manager_questions = StreamField(
        EvaluationQuestionsBlock(),
        use_json_field=True,
        blank=True,
        help_text="Asked of the learner's line manager by email (no account needed).",
    )

    panels = [
        FieldPanel("title"),
        FieldPanel("introduction"),
        FieldPanel("questions"),
        FieldPanel("follow_up_questions"),
        FieldPanel("manager_questions"),
        InlinePanel("attachments", heading="Attached to", label="Attachment"),
    ]

    class Meta:
        ordering = ["title"]

    def __str__(self) -> str:
        return self.title


class ResponseStage(models.TextChoices):
    BEFORE = "before", "Before the training"
    AFTER = "after", "After the training"
    FOLLOW_UP = "follow_up", "Follow-up"
    MANAGER = "manager", "Line manager"


class EvaluationAttachment(Orderable):
    """Where a form is asked: exactly one course, event or briefing, and on what terms."""

    form = ParentalKey(EvaluationForm, on_delete=models.CASCADE, related_name="attachments")
    course = models.ForeignKey(
        "courses.CoursePage",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="evaluation_attachments",
    )
    event = models.ForeignKey(
        "learning.TrainingEventPage",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="evaluation_attachments",
    )
    briefing = models.ForeignKey(
        "courses.BriefingPage",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="evaluation_attachments",
    )
    is_required = models.BooleanField(
        "required", default=True, help_text="Listed under Evaluations to complete until done."
    )
    holds_certificate = models.BooleanField(
        "certificate waits for it",
        default=False,
        help_text="The certificate is issued only once the evaluation is sent.",
    )
    asks_before = models.BooleanField(
        "confidence check before",
        default=True,
        help_text="Ask the confidence questions before the learner starts (or when they "
        "book), so the report can show the shift.",
    )
    follow_up_weeks = models.PositiveSmallIntegerField(
        default=8, help_text="Weeks after completion to send the follow-up; 0 for none."
    )

    panels = [
        FieldPanel("course"),
        FieldPanel("event"),
        FieldPanel("briefing"),
        MultiFieldPanel(
            [
                FieldPanel("is_required"),
                FieldPanel("holds_certificate"),
                FieldPanel("asks_before"),
                FieldPanel("follow_up_weeks"),
            ],
            heading="Terms",
        ),
    ]

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=(
                    Q(course__isnull=False, event__isnull=True, briefing__isnull=True)
                    | Q(course__isnull=True, event__isnull=False, briefing__isnull=True)
                    | Q(course__isnull=True, event__isnull=True, briefing__isnull=False)
                ),
                name="evaluation_attachment_one_target",
            ),
            models.UniqueConstraint(fields=["course"], name="evaluation_one_per_course"),
            models.UniqueConstraint(fields=["event"], name="evaluation_one_per_event"),
            models.UniqueConstraint(fields=["briefing"], name="evaluation_one_per_briefing"),
        ]

    def __str__(self) -> str:
        return f"{self.form} – {self.target}"

    @property
    def target(self):
        return self.course or self.event or self.briefing

    @property
    def target_kind(self) -> str:
        if self.course_id:
            return "Course"
        if self.event_id:
            return "Event"
        return "Briefing"

    def clean(self) -> None:
        targets = [t for t in (self.course_id, self.event_id, self.briefing_id) if t]
        if len(targets) != 1:
            raise ValidationError("Choose exactly one course, event or briefing.")
        if self.holds_certificate and not self.is_required:
            raise ValidationError(
                {"holds_certificate": "Only a required evaluation can hold the certificate."}
            )
        if self.holds_certificate and self.briefing_id:
            raise ValidationError({"holds_certificate": "Briefings have no certificate."})


class EvaluationResponse(models.Model):
    """One person's answers at one stage. `cycle` is the course run (a refresher is 2);
    events and briefings have one cycle. The database refuses a second response for the
    same stage, so a double submit never counts twice."""

    attachment = models.ForeignKey(
        EvaluationAttachment, on_delete=models.PROTECT, related_name="responses"
    )
    learner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="evaluation_responses"
    )
    stage = models.CharField(max_length=20, choices=ResponseStage.choices)
    cycle = models.PositiveSmallIntegerField(default=1)
    # The learner's agency when they answered: reports count the agency of the time.
    agency = models.ForeignKey(
        Agency, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    answers = models.JSONField(default=dict)
    submitted_at = models.DateTimeField(default=timezone.now)
    completion = models.ForeignKey(
        "learning.CourseCompletion",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    booking = models.ForeignKey(
        "learning.Booking", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["attachment", "learner", "stage", "cycle"],
                name="evaluation_response_once_per_stage",
            )
        ]
        indexes = [models.Index(fields=["attachment", "stage", "submitted_at"])]
        ordering = ["-submitted_at"]

    def __str__(self) -> str:
        return f"{self.learner} – {self.attachment} ({self.get_stage_display()})"


class FollowUpKind(models.TextChoices):
    LEARNER = "learner", "Learner"
    MANAGER = "manager", "Line manager"


class EvaluationFollowUp(models.Model):
    """A follow-up owed to a learner or their manager: created (and sent) once by the beat
    task, reminded once. The row is the claim that makes "sent once" hold."""

    attachment = models.ForeignKey(
        EvaluationAttachment, on_delete=models.CASCADE, related_name="follow_ups"
    )
    learner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="evaluation_follow_ups"
    )
    cycle = models.PositiveSmallIntegerField(default=1)
    kind = models.CharField(max_length=20, choices=FollowUpKind.choices)
    agency = models.ForeignKey(
        Agency, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    manager_email = models.EmailField(blank=True)
    nonce = models.CharField(max_length=32, blank=True)
    completed_at = models.DateTimeField(help_text="When the training was completed.")
    sent_at = models.DateTimeField()
    reminded_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["attachment", "learner", "cycle", "kind"],
                name="evaluation_follow_up_once",
            )
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} follow-up for {self.learner} – {self.attachment}"
