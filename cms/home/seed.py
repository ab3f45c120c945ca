"""Demo data for the site itself: the home page, footer pages and site settings."""

from __future__ import annotations

from urllib.parse import urlsplit

from django.conf import settings

from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Collection, Locale, Page, Site

from cms.home.models import HomePage, SiteSettings, StandardPage
from courses.briefings.seed import briefing_index_ensure
from courses.catalogue.seed import catalogue_ensure
from learning.people.models import Partnership

# Where each demo partnership's own site answers: <slug>.localhost:8000 (browsers resolve
# every *.localhost name to this machine, so no hosts file is needed).
PARTNERSHIP_SITE_DOMAIN = "localhost"
PARTNERSHIP_SITE_PORT = 8000

HOME_INTRODUCTION = (
    "Training and awareness on child neglect for everyone who works with children and "
    "families, and for the public who visit their homes."
)
HOME_BODY = (
    "<p>Neglect is the most common form of child abuse in the UK. Every partnership's "
    "neglect strategy asks the same of its workforce: recognise it, respond early and work "
    "together.</p>"
    "<p>Here you can take e-learning on understanding child neglect, the Graded Care "
    "Profile 2 and the ACTION campaign, read 7-minute briefings, and get certificates.</p>"
)

ACCESSIBILITY_BODY = (
    "<p>This service is run by the Safeguarding Children Partnership. We want as many "
    "people as possible to be able to use it. You should be able to:</p>"
    "<ul><li>change colours, contrast levels and fonts using your browser or device</li>"
    "<li>zoom in up to 400% without the text spilling off the screen</li>"
    "<li>navigate the whole service using just a keyboard</li>"
    "<li>use the service with a screen reader</li></ul>"
    "<h2>How accessible this service is</h2>"
    "<p>We aim to meet the Web Content Accessibility Guidelines (WCAG) version 2.2 AA "
    "standard. Every page a person visits in our automated journey tests is checked for "
    "accessibility problems.</p>"
    "<h2>Reporting accessibility problems</h2>"
    "<p>If you find a problem that is not listed here, contact the partnership's business "
    "unit. If you are not happy with how we respond, contact the Equality Advisory and "
    "Support Service (EASS).</p>"
)

PRIVACY_BODY = (
    "<p>This notice explains what we record about you when you use this service and why.</p>"
    "<h2>What we record</h2>"
    "<ul><li>your name, job title, email address and agency, so we can give you "
    "certificates and report training coverage to your partnership</li>"
    "<li>the courses you take, your answers to assessments and your results</li>"
    "<li>the briefings you confirm you have read; your reflections are private to you</li></ul>"
    "<h2>Who can see it</h2>"
    "<p>Your agency lead can see the training records of people in your agency. Your "
    "partnership manager can see records for every agency in the partnership. Nobody "
    "else can.</p>"
    "<h2>The public section</h2>"
    "<p>The spot the signs pages need no account. We do not record postcodes that you "
    "type in.</p>"
)


def ensure_tree_roots() -> Page:
    """Wagtail's migrations create a locale and the page and collection roots; a flushed
    database (transactional tests) has none, so recreate them when missing."""

    if not Locale.objects.exists():
        Locale.objects.create(
            language_code=get_supported_content_language_variant(settings.LANGUAGE_CODE)
        )
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")
    root = Page.get_first_root_node()
    if root is None:
        root = Page.add_root(instance=Page(title="Root", slug="root", locale=Locale.get_default()))
    return root


def seed_site(*, partnership_slug: str = "walsall") -> HomePage:
    """Create the home page as the default site's root, with footer pages; idempotent."""
    ensure_tree_roots()
    home = HomePage.objects.first()
    if home is None:
        root = Page.get_first_root_node()
        # Wagtail's install makes a placeholder "Welcome" page; the home page replaces it.
        for placeholder in root.get_children().filter(slug="home"):
            if placeholder.specific_class is Page:
                Site.objects.filter(root_page=placeholder).update(root_page=root)
                placeholder.delete()
                root.refresh_from_db()
        home = HomePage(
            title="Learning to tackle child neglect",
            slug="home",
            introduction=HOME_INTRODUCTION,
            body=HOME_BODY,
        )
        root.add_child(instance=home)
        home.save_revision().publish()
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        site = Site.objects.create(
            hostname="localhost",
            port=80,
            root_page=home,
            is_default_site=True,
            # The admin dashboard's title: without a name Wagtail shows the hostname.
            site_name=settings.WAGTAIL_SITE_NAME,
        )
    else:
        changed = site.root_page_id != home.pk or not site.site_name
        site.root_page = home
        site.site_name = site.site_name or settings.WAGTAIL_SITE_NAME
        if changed:
            site.save()

    _footer_pages_ensure(home=home)

    settings_obj = SiteSettings.for_site(site)
    if settings_obj.partnership_id is None:
        settings_obj.partnership = Partnership.objects.filter(slug=partnership_slug).first()
        settings_obj.save()
    return home


def _footer_pages_ensure(*, home: HomePage) -> None:
    """The pages every site's footer links to."""
    for slug, title, body in [
        ("accessibility-statement", "Accessibility statement", ACCESSIBILITY_BODY),
        ("privacy-notice", "Privacy notice", PRIVACY_BODY),
    ]:
        if not StandardPage.objects.child_of(home).filter(slug=slug).exists():
            page = StandardPage(title=title, slug=slug, body=body)
            home.add_child(instance=page)
            page.save_revision().publish()


def _default_site_address(site: Site) -> None:
    """Give the default site the address the demo is served on.

    With more than one site, Wagtail writes links to pages (`page.url`) in full, with the
    page's site's address; the placeholder localhost:80 would send every link off the
    development server. A default site whose address was set by hand is left alone.
    """
    if (site.hostname, site.port) != ("localhost", 80):
        return
    base = urlsplit(settings.WAGTAILADMIN_BASE_URL)
    if base.hostname:
        site.hostname = base.hostname
        site.port = base.port or (443 if base.scheme == "https" else 80)
        site.save(update_fields=["hostname", "port"])


def seed_partnership_sites() -> list[Site]:
    """A site for each partnership other than the default site's (which stays as it is):
    its own home page, footer pages, course and briefing catalogues and site settings, at
    <slug>.localhost:8000. Idempotent: an existing site is found by its address.

    The catalogues start empty: which courses and briefings a partnership sees is decided
    by content ownership and sharing (issue 16), not by copying pages.
    """
    ensure_tree_roots()
    default = Site.objects.get(is_default_site=True)
    _default_site_address(default)
    default_settings = SiteSettings.for_site(default)
    root = Page.get_first_root_node()
    sites = []
    partnerships = Partnership.objects.exclude(pk=default_settings.partnership_id).order_by("slug")
    for partnership in partnerships:
        hostname = f"{partnership.slug}.{PARTNERSHIP_SITE_DOMAIN}"
        site = Site.objects.filter(hostname=hostname, port=PARTNERSHIP_SITE_PORT).first()
        if site is None:
            home = HomePage.objects.child_of(root).filter(slug=partnership.slug).first()
            if home is None:
                home = HomePage(
                    title="Learning to tackle child neglect",
                    slug=partnership.slug,
                    introduction=HOME_INTRODUCTION,
                    body=HOME_BODY,
                )
                root.add_child(instance=home)
                home.save_revision().publish()
            site = Site.objects.create(
                hostname=hostname,
                port=PARTNERSHIP_SITE_PORT,
                root_page=home,
                site_name=partnership.name,
            )
        home = site.root_page.specific
        _footer_pages_ensure(home=home)
        catalogue_ensure(home=home)
        briefing_index_ensure(home=home)
        site_settings = SiteSettings.for_site(site)
        if site_settings.partnership_id is None:
            site_settings.partnership = partnership
            site_settings.service_name = default_settings.service_name
            site_settings.phase = default_settings.phase
            site_settings.feedback_email = default_settings.feedback_email
            site_settings.save()
        sites.append(site)
    return sites
