"""Content: the course catalogue, courses, lessons and 7-minute briefings.

Learners' records about this content (progress, completions, reads) live in `learning`.
"""

from __future__ import annotations

from modelcluster.fields import ParentalManyToManyField

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, Site
from wagtail.search import index

from courses.blocks import SourcesBlock
from courses.catalogue.blocks import AssessmentBankBlock, BankOptionsBlock, LessonStreamBlock
from courses.catalogue.forms import CoursePageForm, LessonPageForm, course_edit_handler
from courses.catalogue.questions import question_as_data
from courses.content_version.pages import ContentCachedPageMixin
from courses.page_context import page_context_construct
from courses.sharing.models import SharedContentMixin, sharing_panel


class CourseAudience(models.TextChoices):
    PRACTITIONERS = "practitioners", "Practitioners (sign-in needed)"
    PUBLIC = "public", "The public (no account needed)"


class CourseIndexPage(ContentCachedPageMixin, Page):
    """The course catalogue at /courses/."""

    introduction = models.TextField(blank=True)

    content_panels = [*Page.content_panels, FieldPanel("introduction")]
    parent_page_types = ["cms.HomePage"]
    subpage_types = ["courses.CoursePage"]
    max_count_per_parent = 1  # one catalogue per site
    template = "courses/catalogue/course_index_page.html"

    def get_context(self, request, *args, **kwargs):
        # Cycle: the selector reads CoursePage, defined below in this module.
        from courses.catalogue.selectors import MAX_QUERY_LENGTH, catalogue_courses

        context = super().get_context(request, *args, **kwargs)
        query = request.GET.get("q", "").strip()[:MAX_QUERY_LENGTH]
        audience = request.GET.get("audience", "")
        if audience not in CourseAudience.values:
            audience = ""
        context["courses"] = list(
            catalogue_courses(
                index=self, site=Site.find_for_request(request), query=query, audience=audience
            )
        )
        context["query"] = query
        context["audience"] = audience
        context["audiences"] = CourseAudience.choices
        context["is_filtered"] = bool(query or audience)
        page_context_construct(page=self, request=request, context=context)
        return context


class CoursePage(SharedContentMixin, ContentCachedPageMixin, Page):
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
    assessment_introduction = models.TextField(
        blank=True, help_text="Shown before a learner starts the final assessment."
    )
    questions_per_attempt = models.PositiveSmallIntegerField(
        default=10,
        validators=[MinValueValidator(1)],
        help_text="How many questions each attempt draws from the bank (all of them if the "
        "bank is smaller).",
    )
    assessment_questions = StreamField(
        AssessmentBankBlock(),
        blank=True,
        use_json_field=True,
        help_text="The final assessment's question bank. Leave empty for a course without one.",
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
        MultiFieldPanel(
            [
                FieldPanel("assessment_introduction"),
                FieldPanel("questions_per_attempt"),
                FieldPanel("assessment_questions"),
            ],
            heading="Final assessment",
        ),
        sharing_panel(),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("audience_description"),
        index.FilterField("audience"),
    ]
    parent_page_types = ["courses.CourseIndexPage"]
    subpage_types = ["courses.LessonPage"]
    base_form_class = CoursePageForm
    edit_handler = course_edit_handler(content_panels, Page.promote_panels)
    template = "courses/catalogue/course_page.html"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        page_context_construct(page=self, request=request, context=context)
        return context

    @property
    def catalogue(self) -> Page:
        """The catalogue the course sits in (its parent), looked up once."""
        cached = self.__dict__.get("_catalogue")
        if cached is None:
            cached = self.get_parent()
            self.__dict__["_catalogue"] = cached
        return cached

    def content_cache_warm(self) -> None:
        super().content_cache_warm()
        self.catalogue  # noqa: B018 - loaded to be remembered with the page

    def lessons(self):
        """The course's live lessons, in the order the trainer arranged them."""
        return LessonPage.objects.child_of(self).live().order_by("path")

    @property
    def has_assessment(self) -> bool:
        return len(self.assessment_questions) > 0

    def assessment_question_bank(self) -> dict[str, dict]:
        """The bank as plain data keyed by question id, options keyed by option id: the one
        place an attempt's questions are collected, the course's own and those chosen from
        the shared question bank (keyed by this course's choice, so reuse never clashes).
        A bank question since deleted is left out."""
        bank: dict[str, dict] = {}
        for child in self.assessment_questions:
            value = child.value
            if child.block_type == "bank_question":
                if value["question"] is None:
                    continue
                value = value["question"].as_value(topic=value["topic"])
            bank[child.id] = question_as_data(value, question_id=child.id)
        return bank


class LessonPage(ContentCachedPageMixin, Page):
    """One lesson of a course."""

    summary = models.TextField(blank=True)
    body = StreamField(LessonStreamBlock(), use_json_field=True)
    is_required = models.BooleanField(
        default=True, help_text="Learners must complete this lesson to complete the course."
    )
    sources = StreamField(
        SourcesBlock(),
        blank=True,
        use_json_field=True,
        help_text="The documents this lesson draws on, named for learners.",
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("body"),
        FieldPanel("sources"),
        FieldPanel("is_required"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("summary"), index.SearchField("body")]
    parent_page_types = ["courses.CoursePage"]
    subpage_types: list[str] = []
    template = "courses/catalogue/lesson_page.html"
    base_form_class = LessonPageForm
    edit_handler = course_edit_handler(content_panels, Page.promote_panels)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        page_context_construct(page=self, request=request, context=context)
        return context

    @property
    def course(self) -> CoursePage:
        cached = self.__dict__.get("_course")
        if cached is None:
            cached = CoursePage.objects.get(path=self.path[: -self.steplen], depth=self.depth - 1)
            self.__dict__["_course"] = cached
        return cached

    def content_cache_warm(self) -> None:
        super().content_cache_warm()
        self.course.catalogue  # noqa: B018 - loaded to be remembered with the page

    def knowledge_check_questions(self) -> dict[str, dict]:
        """Every knowledge-check question in the body, keyed by its id."""
        questions: dict[str, dict] = {}
        for block in self.body:
            if block.block_type != "knowledge_check":
                continue
            for bound in block.value["questions"].bound_blocks:
                questions[bound.id] = question_as_data(bound.value, question_id=bound.id)
        return questions


def two_empty_options():
    """A new bank question starts with the two options it needs, so the editor shows no
    "at least 2" error before anything is typed (as a course's own question does)."""
    empty = {"type": "option", "value": {"text": "", "correct": False, "feedback": ""}}
    return BankOptionsBlock().to_python([empty, dict(empty)])


class BankQuestion(models.Model):
    """A question in the question bank shared by every course: written once, chosen into
    any course's final assessment. Content, like H5P activities and pages, is shared by
    every partnership (courses know no partnership); answers are scoped in the results."""

    text = models.TextField()
    multiple = models.BooleanField(
        default=False, help_text="Tick if the learner must select every correct option."
    )
    explanation = models.TextField(blank=True, help_text="Shown after answering.")
    # Options are a StreamField so each keeps a stable id: answers refer to option ids.
    options = StreamField(BankOptionsBlock(), use_json_field=True, default=two_empty_options)
    created_at = models.DateTimeField(auto_now_add=True)

    panels = [
        FieldPanel("text"),
        FieldPanel("multiple"),
        FieldPanel("explanation"),
        FieldPanel("options"),
    ]

    class Meta:
        ordering = ["text"]
        verbose_name = "question bank question"

    def __str__(self) -> str:
        return self.text if len(self.text) <= 80 else f"{self.text[:79]}…"

    def clean(self) -> None:
        """The same rule as a course's own questions: one correct option, or several for a
        'multiple' question."""
        correct = sum(1 for option in self.options if option.value["correct"])
        if correct == 0:
            raise ValidationError({"options": "Mark at least one option as correct."})
        if correct > 1 and not self.multiple:
            raise ValidationError(
                {
                    "options": "A single-answer question can have only one correct option: "
                    "tick 'multiple' or leave one option correct."
                }
            )

    def as_value(self, *, topic: str = "") -> dict:
        """This question shaped like a question block's value, for `question_as_data`."""
        return {
            "text": self.text,
            "multiple": self.multiple,
            "explanation": self.explanation,
            "topic": topic or "",
            "options": self.options,
        }
