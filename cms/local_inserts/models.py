"""A partnership's own versions of the things shared content refers to."""

from __future__ import annotations

from django.db import models

from wagtail.admin.panels import FieldPanel, MultiFieldPanel


class LocalArrangements(models.Model):
    """What a partnership's practitioners use locally, shown to its readers by the local
    insert blocks of shared lessons and briefings. Anything left empty is shown as
    advice to ask the safeguarding lead, never as an empty box."""

    partnership = models.OneToOneField(
        "learning.Partnership", on_delete=models.CASCADE, related_name="local_arrangements"
    )
    assessment_tool_name = models.CharField(
        "assessment tool",
        max_length=200,
        blank=True,
        help_text="The neglect assessment tool practitioners use, e.g. 'Graded Care Profile "
        "2 (GCP2)'.",
    )
    assessment_tool_description = models.TextField(
        "about the tool", blank=True, help_text="One or two sentences on when to use it."
    )
    assessment_tool_url = models.URLField("tool's web page", blank=True)
    threshold_document_title = models.CharField("threshold document", max_length=200, blank=True)
    threshold_document_file = models.ForeignKey(
        "wagtaildocs.Document",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name="threshold document file",
        help_text="Upload or choose the document, or give its web address below.",
    )
    threshold_document_url = models.URLField("threshold document's web address", blank=True)
    escalation_policy_title = models.CharField("escalation policy", max_length=200, blank=True)
    escalation_policy_file = models.ForeignKey(
        "wagtaildocs.Document",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name="escalation policy file",
        help_text="Upload or choose the document, or give its web address below.",
    )
    escalation_policy_url = models.URLField("escalation policy's web address", blank=True)
    training_booking_title = models.CharField(
        "training booking page's name",
        max_length=200,
        blank=True,
        help_text="e.g. 'Book multi-agency safeguarding training'.",
    )
    training_booking_url = models.URLField("training booking page", blank=True)
    source = models.TextField(
        "source note",
        blank=True,
        help_text="Where each detail comes from (not shown to readers).",
    )

    panels = [
        FieldPanel("partnership"),
        MultiFieldPanel(
            [
                FieldPanel("assessment_tool_name"),
                FieldPanel("assessment_tool_description"),
                FieldPanel("assessment_tool_url"),
            ],
            heading="Assessment tool",
        ),
        MultiFieldPanel(
            [
                FieldPanel("threshold_document_title"),
                FieldPanel("threshold_document_file"),
                FieldPanel("threshold_document_url"),
            ],
            heading="Threshold document",
        ),
        MultiFieldPanel(
            [
                FieldPanel("escalation_policy_title"),
                FieldPanel("escalation_policy_file"),
                FieldPanel("escalation_policy_url"),
            ],
            heading="Escalation policy",
        ),
        MultiFieldPanel(
            [FieldPanel("training_booking_title"), FieldPanel("training_booking_url")],
            heading="Training booking",
        ),
        FieldPanel("source"),
    ]

    class Meta:
        verbose_name = "local arrangements"
        verbose_name_plural = "local arrangements"
        ordering = ["partnership__name"]

    def __str__(self) -> str:
        return f"{self.partnership.name}: local arrangements"

    @property
    def threshold_document_link(self) -> str:
        if self.threshold_document_file_id:
            return self.threshold_document_file.url
        return self.threshold_document_url

    @property
    def escalation_policy_link(self) -> str:
        if self.escalation_policy_file_id:
            return self.escalation_policy_file.url
        return self.escalation_policy_url
