"""Hooks of the site itself: which partnership runs the default site."""

from wagtail import hooks
from wagtail.models import Site

from cms.home.models import SiteSettings


@hooks.register("default_site_partnership")
def _default_site_partnership():
    """Certificates with no agency carry the brand of the partnership running the site."""
    site = Site.objects.filter(is_default_site=True).first()
    return SiteSettings.for_site(site).partnership if site else None
