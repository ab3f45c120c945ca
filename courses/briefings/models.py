"""7-minute briefings: the catalogue and the briefing page.

A 7-minute briefing passes on learning from an audit or case review in the time it takes
to read it aloud at a team meeting. Its structure is fixed (seven sections, in order), so
trainers fill in fields rather than free text, and the page, the one-page PDF and the
reflection form all follow the same order.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import Tag, TaggedItemBase

from django.core.paginator import Paginator
from django.db import models
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.utils import timezone

from wagtail.admin.panels import FieldPanel, MultiFieldPanel, MultipleChooserPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page, Site
from wagtail.search import index

from courses.blocks import SourcesBlock
from courses.briefings.blocks import KeyLinksBlock, ReflectionQuestionsBlock
from courses.briefings.pdf import briefing_pdf, briefing_pdf_response
from courses.catalogue.forms import ErrorLocationsPageForm
from courses.catalogue.models import CoursePage
from courses.page_context import page_context_construct
from courses.sharing.models import SharedContentMixin, sharing_panel
from courses.sharing.selectors import site_catalogue

SECTION_FEATURES = ["bold", "italic", "ol", "ul", "link"]


class BriefingType(models.TextChoices):
    CASE_REVIEW = "case_review", "Case review"
    AUDIT = "audit", "Audit"
    THEMATIC = "thematic", "Thematic"
    PRACTICE_GUIDANCE = "practice_guidance", "Practice guidance"
    LEGISLATION = "legislation", "Legislation"


#: The seven sections of the format, in the order every briefing presents them.
SECTIONS: tuple[tuple[str, str], ...] = (
    ("background", "Background"),
    ("why_it_matters", "Why it matters"),
    ("findings", "Information / findings"),
    ("good_practice", "Good practice"),
    ("areas_for_development", "Areas for development"),
    ("actions", "What can you do now"),
    ("reflection_questions", "Questions to reflect on"),
)


@dataclass(frozen=True)
class BriefingSection:
    number: int
    key: str
    heading: str
    value: Any

    @property
    def is_questions(self) -> bool:
        return self.key == "reflection_questions"


class BriefingTopic(TaggedItemBase):
    """A briefing's topics (neglect, GCP2, ACTION, voice of the child, ...)."""

    content_object = ParentalKey(
        "courses.BriefingPage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class BriefingIndexPage(Page):
    """The 7-minute briefings catalogue at /briefings/: newest first, filter and search."""

    introduction = models.TextField(blank=True)

    content_panels = [*Page.content_panels, FieldPanel("introduction")]
    parent_page_types = ["cms.HomePage"]
    subpage_types = ["courses.BriefingPage"]
    max_count_per_parent = 1  # one catalogue per site
    template = "courses/briefings/briefing_index_page.html"

    def briefings(self, *, topic: str = "", briefing_type: str = "", query: str = "", site=None):
        """Live briefings this catalogue lists (its own and those shared with its `site`:
        courses.sharing), newest first, narrowed by the filters."""
        live = BriefingPage.objects.live().public()
        briefings = site_catalogue(BriefingPage.objects.all(), index=self, site=site)
        if briefing_type:
            briefings = briefings.filter(briefing_type=briefing_type)
        if topic:
            briefings = briefings.filter(topics__slug=topic)
        if query:
            # Full-text search runs on the plain live set (tag lookups and sharing are not
            # search filter fields); the catalogue and filters then apply to its matches.
            matches = [page.pk for page in live.search(query, operator="and")]
            briefings = briefings.filter(pk__in=matches)
        return briefings.prefetch_related("topics").order_by("-date", "-first_published_at")

    def topic_choices(self):
        """Topics used by at least one live briefing, for the filter."""
        return (
            Tag.objects.filter(
                courses_briefingtopic_items__content_object__live=True,
            )
            .distinct()
            .order_by("name")
        )

    def get_context(self, request: HttpRequest, *args, **kwargs) -> dict[str, Any]:
        context = super().get_context(request, *args, **kwargs)
        topic = request.GET.get("topic", "").strip()[:100]
        briefing_type = request.GET.get("type", "").strip()
        if briefing_type not in BriefingType.values:
            briefing_type = ""
        query = request.GET.get("q", "").strip()[:200]
        results = self.briefings(
            topic=topic,
            briefing_type=briefing_type,
            query=query,
            site=Site.find_for_request(request),
        )
        context.update(
            briefings=Paginator(results, 20).get_page(request.GET.get("page")),
            topic=topic,
            briefing_type=briefing_type,
            query=query,
            topics=self.topic_choices(),
            briefing_types=BriefingType.choices,
            is_filtered=bool(topic or briefing_type or query),
        )
        return context


class BriefingPage(SharedContentMixin, RoutablePageMixin, Page):
    """A 7-minute briefing: learning from an audit or case review, in a fixed structure."""

    base_form_class = ErrorLocationsPageForm

    briefing_type = models.CharField(
        "type", max_length=30, choices=BriefingType.choices, default=BriefingType.THEMATIC
    )
    date = models.DateField(
        default=timezone.localdate, help_text="When the audit, review or guidance was issued."
    )
    summary = models.TextField(blank=True, help_text="Two or three sentences for the catalogue.")
    topics = ClusterTaggableManager(through=BriefingTopic, blank=True)
    review_by = models.DateField(
        "review by",
        null=True,
        blank=True,
        help_text="When this briefing must be checked again. Past this date it is flagged "
        "to its trainer in the admin.",
    )
    background = RichTextField(blank=True, features=SECTION_FEATURES)
    why_it_matters = RichTextField("why it matters", blank=True, features=SECTION_FEATURES)
    findings = RichTextField("information / findings", blank=True, features=SECTION_FEATURES)
    good_practice = RichTextField(blank=True, features=SECTION_FEATURES)
    areas_for_development = RichTextField(blank=True, features=SECTION_FEATURES)
    actions = RichTextField("what can you do now", blank=True, features=SECTION_FEATURES)
    reflection_questions = StreamField(
        ReflectionQuestionsBlock(), blank=True, verbose_name="questions to reflect on"
    )
    key_links = StreamField(KeyLinksBlock(), blank=True)
    sources = StreamField(SourcesBlock(), blank=True)

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("briefing_type"),
                FieldPanel("date"),
                FieldPanel("summary"),
                FieldPanel("topics"),
                FieldPanel("review_by"),
            ],
            heading="About this briefing",
        ),
        MultiFieldPanel(
            [
                FieldPanel(key, heading=f"{n}. {heading}")
                for n, (key, heading) in enumerate(SECTIONS, 1)
            ],
            heading="The seven sections (each optional, always shown in this order)",
        ),
        FieldPanel("key_links"),
        # A page chooser per course, in the trainer's order (it was a list box that needed
        # Ctrl-click to choose more than one, and lost the others on a plain click).
        MultipleChooserPanel(
            "related_course_links",
            chooser_field_name="course",
            heading="Related courses",
            label="Related course",
        ),
        FieldPanel("sources"),
        sharing_panel(),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        *[index.SearchField(key) for key, _heading in SECTIONS],
        index.RelatedFields("topics", [index.SearchField("name")]),
        index.FilterField("briefing_type"),
        index.FilterField("date"),
    ]
    parent_page_types = ["courses.BriefingIndexPage"]
    subpage_types: list[str] = []
    template = "courses/briefings/briefing_page.html"
    preview_modes = [("", "Web page"), ("pdf", "One-page PDF")]

    def sections(self) -> list[BriefingSection]:
        """The sections this briefing fills in, numbered in the format's fixed order."""
        present = []
        for key, heading in SECTIONS:
            value = getattr(self, key)
            if value:
                present.append((key, heading, value))
        return [
            BriefingSection(number=n, key=key, heading=heading, value=value)
            for n, (key, heading, value) in enumerate(present, 1)
        ]

    def reflection_question_texts(self) -> list[str]:
        return [str(block.value) for block in self.reflection_questions]

    @property
    def related_courses(self) -> QuerySet:
        """The chosen courses (saved links), for reads outside the editor."""
        return CoursePage.objects.filter(briefing_links__page=self).order_by(
            "briefing_links__sort_order"
        )

    def live_related_courses(self) -> list:
        # In previews the links are an in-memory list (modelcluster), not a queryset.
        courses = {link.course for link in self.related_course_links.all() if link.course_id}
        return sorted((c for c in courses if c.live), key=lambda c: c.title)

    @property
    def is_review_overdue(self) -> bool:
        return self.review_by is not None and self.review_by < timezone.localdate()

    def get_admin_display_title(self) -> str:
        title = super().get_admin_display_title()
        return f"{title} (review overdue)" if self.is_review_overdue else title

    def get_context(self, request: HttpRequest, *args, **kwargs) -> dict[str, Any]:
        context = super().get_context(request, *args, **kwargs)
        if getattr(request, "is_preview", False):
            # Trainers see, before publishing, whether the printable version still fits.

            context["pdf_page_count"] = briefing_pdf(self, request).page_count
        page_context_construct(page=self, request=request, context=context)
        return context

    @path("pdf/", name="pdf")
    def pdf(self, request: HttpRequest) -> HttpResponse:
        """The briefing as a one-page A4 PDF (two pages if the content is too long)."""

        return briefing_pdf_response(self, request)

    def serve_preview(self, request: HttpRequest, mode_name: str) -> HttpResponse:
        if mode_name == "pdf":
            return self.pdf(request)
        # Wagtail's own preview (RoutablePageMixin would route it through serve(), which
        # clears request.is_preview and so the length warning).
        return TemplateResponse(
            request,
            self.get_preview_template(request, mode_name),
            self.get_preview_context(request, mode_name),
        )


class BriefingRelatedCourse(Orderable):
    """A course a briefing points its readers to, chosen with a page chooser."""

    page = ParentalKey(
        "courses.BriefingPage", on_delete=models.CASCADE, related_name="related_course_links"
    )
    course = models.ForeignKey(
        "courses.CoursePage", on_delete=models.CASCADE, related_name="briefing_links"
    )

    panels = [FieldPanel("course")]
