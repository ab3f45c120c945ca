"""The site skeleton: pages, security headers, deploy checks and the Celery worker."""

from __future__ import annotations

from pathlib import Path

import pytest

pytestmark = pytest.mark.django_db
ROOT = Path(__file__).resolve().parents[2]


def test_home_and_footer_pages_render(client, home_page):
    response = client.get("/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Learning to tackle child neglect" in html
    assert 'class="govuk-skip-link"' in html
    assert "Accessibility statement" in html
    assert "govuk-crown" not in html and "GDS Transport" not in html
    for path, text in [
        ("/accessibility-statement/", "WCAG"),
        ("/privacy-notice/", "Who can see it"),
    ]:
        page = client.get(path)
        assert page.status_code == 200
        assert text in page.content.decode()


def test_content_security_policy_forbids_inline_scripts(client, home_page):
    csp = client.get("/")["Content-Security-Policy"]
    directives = dict(part.strip().split(" ", 1) for part in csp.split(";") if part.strip())
    assert directives["script-src"] == "'self'"
    assert "unsafe-inline" not in directives["style-src"]
    assert directives["object-src"] == "'none'"


def test_site_settings_partnership_name_in_header(client, home_page):
    from wagtail.models import Site

    from cms.home.models import SiteSettings
    from tests.factories import PartnershipFactory

    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings.partnership = PartnershipFactory(name="Walsall Safeguarding Partnership")
    settings.save()
    assert "Walsall Safeguarding Partnership" in client.get("/").content.decode()


@pytest.mark.worker
def test_task_round_trips_through_a_real_worker(celery_worker):
    from cms.tasks import heartbeat, ping

    assert ping.delay("hello").get(timeout=60) == "pong:hello"
    assert heartbeat.delay().get(timeout=60)


def test_beat_publishes_scheduled_pages(home_page):
    """Scheduled publishing needs no cron job: a beat task runs publish_scheduled."""
    from datetime import timedelta

    from django.conf import settings
    from django.utils import timezone

    from cms.home.models import StandardPage
    from cms.tasks import publish_scheduled_pages

    page = home_page.add_child(
        instance=StandardPage(title="Soon", slug="soon", body="<p>Soon</p>", live=False)
    )
    revision = page.save_revision()
    revision.approved_go_live_at = timezone.now() - timedelta(minutes=1)
    revision.save()

    publish_scheduled_pages.delay()

    page.refresh_from_db()
    assert page.live
    entry = settings.CELERY_BEAT_SCHEDULE["publish-scheduled-pages"]
    assert entry["task"] == "cms.tasks.publish_scheduled_pages"


def test_site_settings_are_read_once_then_follow_every_change(
    client, home_page, django_assert_num_queries
):
    """The header's settings come from the cache after the first page, and a change to
    them or to the partnership shows on the next page (issue 18)."""
    from django.core.cache import cache
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from wagtail.models import Site

    from cms.home.models import SiteSettings
    from tests.factories import PartnershipFactory

    cache.clear()
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    partnership = PartnershipFactory(name="Northshire Partnership")
    settings.partnership = partnership
    settings.save()

    client.get("/")
    with CaptureQueriesContext(connection) as queries:
        html = client.get("/").content.decode()
    assert "Northshire Partnership" in html
    assert not [q for q in queries if "cms_sitesettings" in q["sql"]]

    partnership.name = "Southshire Partnership"
    partnership.save()
    assert "Southshire Partnership" in client.get("/").content.decode()

    settings = SiteSettings.objects.get(pk=settings.pk)
    settings.service_name = "Learn About Neglect"
    settings.save()
    assert "Learn About Neglect" in client.get("/").content.decode()
