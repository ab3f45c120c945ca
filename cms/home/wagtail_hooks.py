"""Hooks of the site itself: which partnership runs the default site, and which runs the
site a request came to."""

from django.http import HttpRequest

from wagtail import hooks
from wagtail.models import Site

from cms.home.models import SiteSettings


@hooks.register("default_site_partnership")
def _default_site_partnership():
    """Certificates with no agency carry the brand of the partnership running the site."""
    site = Site.objects.filter(is_default_site=True).first()
    return SiteSettings.for_site(site).partnership if site else None


@hooks.register("site_partnership")
def _site_partnership(request: HttpRequest):
    """The request's site's partnership; Wagtail keeps the site and its settings on the
    request, so the page that sent an email pays no second lookup."""
    return SiteSettings.for_request(request).partnership
