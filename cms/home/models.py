"""The home page, plain content pages (accessibility statement, privacy notice) and the
site-wide settings that carry the partnership's identity."""

from __future__ import annotations

from django.db import models

from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

RICH_TEXT_FEATURES = ["h2", "h3", "bold", "italic", "ol", "ul", "link", "document-link"]


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting):
    """Who runs this site: its name in the header, the partnership's logo, the phase."""

    service_name = models.CharField(max_length=100, default="Neglect Matters Learning")
    partnership = models.ForeignKey(
        "learning.Partnership",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The partnership whose name and logo appear in the header and on documents.",
    )
    phase = models.CharField(
        max_length=20, blank=True, default="Beta", help_text="Shown in the phase banner."
    )
    feedback_email = models.EmailField(blank=True)

    panels = [
        FieldPanel("service_name"),
        FieldPanel("partnership"),
        FieldPanel("phase"),
        FieldPanel("feedback_email"),
    ]

    class Meta:
        verbose_name = "site settings"


class HomePage(Page):
    """The front door: what the platform is and where each kind of visitor goes."""

    introduction = models.TextField(blank=True)
    body = RichTextField(blank=True, features=RICH_TEXT_FEATURES)

    content_panels = [*Page.content_panels, FieldPanel("introduction"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("introduction")]
    # One home page per partnership site (each site is rooted at its own home page).
    parent_page_types = ["wagtailcore.Page"]
    template = "cms/home/home_page.html"


class StandardPage(Page):
    """A plain page of text, such as the accessibility statement or privacy notice."""

    introduction = models.TextField(blank=True)
    body = RichTextField(features=RICH_TEXT_FEATURES)

    content_panels = [*Page.content_panels, FieldPanel("introduction"), FieldPanel("body")]
    search_fields = [
        *Page.search_fields,
        index.SearchField("introduction"),
        index.SearchField("body"),
    ]
    parent_page_types = ["cms.HomePage", "cms.StandardPage"]
    subpage_types = ["cms.StandardPage"]
    template = "cms/home/standard_page.html"
