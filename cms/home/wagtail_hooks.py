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


@hooks.register("partnership_site_url")
def _partnership_site_url(partnership) -> str | None:
    """The root URL of the site whose settings name this partnership; the default site's
    public address is configured (CERTIFICATES_BASE_URL), so it answers None."""
    found = (
        SiteSettings.objects.filter(partnership=partnership, site__is_default_site=False)
        .select_related("site")
        .first()
    )
    return found.site.root_url if found else None


@hooks.register("partnership_sites")
def _partnership_sites() -> dict:
    """Each partnership's own site (the one whose settings name it), by partnership id:
    its content lives in that site's tree (who edits and approves it, courses.sharing)."""
    return {
        found.partnership_id: found.site
        for found in SiteSettings.objects.filter(partnership__isnull=False)
        .select_related("site__root_page")
        .order_by("-site__is_default_site", "pk")
    }
