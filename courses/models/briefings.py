"""7-minute briefings: the catalogue and the briefing page."""

from __future__ import annotations

from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase

from django.db import models

from wagtail.admin.panels import FieldPanel
from wagtail.models import Page
from wagtail.search import index


class BriefingTopic(TaggedItemBase):
    """A briefing's topics (neglect, GCP2, ACTION, voice of the child, ...)."""

    content_object = ParentalKey(
        "courses.BriefingPage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class BriefingIndexPage(Page):
    """The 7-minute briefings catalogue at /briefings/."""

    introduction = models.TextField(blank=True)

    content_panels = [*Page.content_panels, FieldPanel("introduction")]
    parent_page_types = ["cms.HomePage"]
    subpage_types = ["courses.BriefingPage"]
    max_count = 1
    template = "courses/briefing_index_page.html"


class BriefingPage(Page):
    """A 7-minute briefing: learning from an audit or case review, in a fixed structure."""

    summary = models.TextField(blank=True)
    topics = ClusterTaggableManager(through=BriefingTopic, blank=True)

    content_panels = [*Page.content_panels, FieldPanel("summary"), FieldPanel("topics")]
    search_fields = [*Page.search_fields, index.SearchField("summary")]
    parent_page_types = ["courses.BriefingIndexPage"]
    subpage_types: list[str] = []
    template = "courses/briefing_page.html"
