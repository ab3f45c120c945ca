"""The home page, plain content pages (accessibility statement, privacy notice) and the
site-wide settings that carry the partnership's identity."""

from __future__ import annotations

from django.core.cache import cache
from django.db import models
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField
from wagtail.images import get_image_model_string
from wagtail.models import Page, Site
from wagtail.search import index

from cms.home.routing import page_route

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

    @classmethod
    def base_queryset(cls):
        # The header shows the partnership's name and logo on every page.
        return super().base_queryset().select_related("partnership__logo")

    @classmethod
    def for_site(cls, site):
        """The site's settings from the cache, read from the database at most once until
        they, the partnership or an image change (`site_settings_forget`): every page's
        header reads them. Wagtail's own `for_request` still keeps them per request."""
        if site is None:
            return super().for_site(site)
        key = site_settings_cache_key(site.pk)
        instance = cache.get(key)
        if instance is None:
            instance = super().for_site(site)
            cache.set(key, instance, SITE_SETTINGS_CACHE_SECONDS)
        return instance


# A backstop only: every change that shows in the header clears the cached copy at once.
SITE_SETTINGS_CACHE_SECONDS = 60 * 60


def site_settings_cache_key(site_id: int) -> str:
    return f"cms:site-settings:{site_id}"


def site_settings_forget() -> None:
    """Drop every site's cached settings, so the next page reads them afresh."""
    site_ids = Site.objects.values_list("pk", flat=True)
    cache.delete_many([site_settings_cache_key(site_id) for site_id in site_ids])


@receiver(post_save, sender=SiteSettings)
@receiver(post_delete, sender=SiteSettings)
@receiver(post_save, sender="learning.Partnership")
@receiver(post_delete, sender="learning.Partnership")
@receiver(post_save, sender=get_image_model_string())
@receiver(post_delete, sender=get_image_model_string())
def _site_settings_changed(**kwargs) -> None:
    site_settings_forget()


class HomePage(Page):
    """The front door: what the platform is and where each kind of visitor goes."""

    introduction = models.TextField(blank=True)
    body = RichTextField(blank=True, features=RICH_TEXT_FEATURES)

    content_panels = [*Page.content_panels, FieldPanel("introduction"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("introduction")]
    # One home page per partnership site (each site is rooted at its own home page).
    parent_page_types = ["wagtailcore.Page"]
    template = "cms/home/home_page.html"

    def route(self, request, path_components):
        # Every page of the site is routed from here, its root (cms.home.routing).
        return page_route(
            root=self, request=request, path_components=path_components, walk=super().route
        )


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
