"""Content: the course catalogue, courses, lessons and 7-minute briefings.

Learners' records about this content (progress, completions, reads) live in `learning`.
"""

from __future__ import annotations

from modelcluster.fields import ParentalManyToManyField

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from ..blocks import LessonStreamBlock


class CourseAudience(models.TextChoices):
    PRACTITIONERS = "practitioners", "Practitioners (sign-in needed)"
    PUBLIC = "public", "The public (no account needed)"


class CourseIndexPage(Page):
    """The course catalogue at /courses/."""

    introduction = models.TextField(blank=True)

    content_panels = [*Page.content_panels, FieldPanel("introduction")]
    parent_page_types = ["cms.HomePage"]
    subpage_types = ["courses.CoursePage"]
    max_count = 1
    template = "courses/course_index_page.html"


class CoursePage(Page):
    """An e-learning course: an ordered set of lessons, optionally ending in an assessment."""

    summary = models.TextField(help_text="One or two sentences shown in the catalogue.")
    audience_description = models.TextField(
        "who it is for", blank=True, help_text="Who should take this course."
    )
    learning_outcomes = RichTextField(features=["ul", "bold", "italic"], blank=True)
    estimated_minutes = models.PositiveIntegerField(default=30)
    cpd_minutes = models.PositiveIntegerField("CPD minutes", default=0)
    pass_mark = models.PositiveSmallIntegerField(
        "pass mark (%)",
        default=80,
        validators=[MinValueValidator(0), MaxValueValidator(100)],
    )
    validity_months = models.PositiveSmallIntegerField(
        "certificate validity (months)",
        default=36,
        help_text="How long a completion stays current before a refresher is due; 0 means "
        "it never expires.",
    )
    prerequisites = ParentalManyToManyField(
        "courses.CoursePage",
        blank=True,
        related_name="required_by",
        help_text="Courses a learner must complete before starting this one.",
    )
    audience = models.CharField(
        max_length=20, choices=CourseAudience.choices, default=CourseAudience.PRACTITIONERS
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("audience_description"),
        FieldPanel("learning_outcomes"),
        MultiFieldPanel(
            [
                FieldPanel("estimated_minutes"),
                FieldPanel("cpd_minutes"),
                FieldPanel("pass_mark"),
                FieldPanel("validity_months"),
                FieldPanel("audience"),
                FieldPanel("prerequisites"),
            ],
            heading="Course settings",
        ),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("audience_description"),
        index.FilterField("audience"),
    ]
    parent_page_types = ["courses.CourseIndexPage"]
    subpage_types = ["courses.LessonPage"]
    template = "courses/course_page.html"

    def lessons(self):
        """The course's live lessons, in the order the trainer arranged them."""
        return LessonPage.objects.child_of(self).live().specific().order_by("path")


class LessonPage(Page):
    """One lesson of a course."""

    summary = models.TextField(blank=True)
    body = StreamField(LessonStreamBlock(), use_json_field=True)
    is_required = models.BooleanField(
        default=True, help_text="Learners must complete this lesson to complete the course."
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("body"),
        FieldPanel("is_required"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("summary"), index.SearchField("body")]
    parent_page_types = ["courses.CoursePage"]
    subpage_types: list[str] = []
    template = "courses/lesson_page.html"

    @property
    def course(self) -> CoursePage:
        return self.get_parent().specific
