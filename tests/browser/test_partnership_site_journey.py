"""A partnership's own site in a browser (issue 16): Croydon's home page, footer page and
catalogue at croydon.localhost carry Croydon's name, and axe (WCAG 2.2 A and AA) finds
nothing on them."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def partnership_sites(live_server):
    from wagtail.models import Collection

    from cms.home.seed import seed_partnership_sites, seed_site
    from learning.people.seed import seed_organisations, seed_partnership_logos

    if not Collection.objects.exists():  # an earlier transactional test emptied the tables
        Collection.add_root(name="Root")
    seed_organisations()
    seed_partnership_logos()
    seed_site(partnership_slug="walsall")
    return seed_partnership_sites()


def test_croydon_site_is_croydons_and_accessible(
    page, live_server, partnership_sites, assert_accessible
):
    # Browsers resolve every *.localhost name to this machine; Wagtail matches the site by
    # its host name when no site has the live server's port.
    port = urlsplit(live_server.url).port
    croydon = f"http://croydon.localhost:{port}"
    page.goto(croydon + "/")
    assert page.locator(".app-header-title").inner_text() == (
        "Croydon Safeguarding Children Partnership"
    )
    assert page.locator(".app-header-logo").count() == 1
    assert "Walsall" not in page.locator("body").inner_text()
    assert_accessible(page)

    page.get_by_role("link", name="Accessibility statement").click()
    page.wait_for_url(croydon + "/accessibility-statement/")
    assert "Run by Croydon Safeguarding Children Partnership." in page.inner_text("footer")
    assert_accessible(page)

    page.goto(croydon + "/courses/")
    assert page.get_by_role("heading", level=1).inner_text() == "Courses"
    assert "Walsall" not in page.locator("body").inner_text()
    assert_accessible(page)

    page.goto(live_server.url + "/")
    assert page.locator(".app-header-title").inner_text() == "Walsall Safeguarding Partnership"
