"""Each partnership's catalogues list its own content plus what is shared with it (all
partnerships, or it by name); shared pages link to their owner's site (issue 16)."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup

from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from courses.sharing.models import Sharing
from learning.people.models import Partnership
from tests.factories import AgencyFactory, BriefingPageFactory, CoursePageFactory, UserFactory

from .conftest import briefing_index, course_index

pytestmark = pytest.mark.django_db


def shared(page, sharing: str, *sites):
    page.sharing = sharing
    page.shared_with.set(sites)  # a parental relation: kept by the save below
    page.save()
    return page


def listed(client, site, path: str) -> dict[str, str]:
    """The catalogue's entries on `site`'s host: title to link."""
    response = client.get(path, headers={"host": f"{site.hostname}:{site.port}"})
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    return {a.get_text(strip=True): a["href"] for a in soup.select("h2.govuk-heading-m a")}


@pytest.fixture
def courses(sites):
    walsall = course_index(sites["walsall"])
    return {
        "local": CoursePageFactory(parent=walsall, title="Walsall local course"),
        "everyone": shared(
            CoursePageFactory(parent=walsall, title="Shared with everyone"), Sharing.EVERYONE
        ),
        "named": shared(
            CoursePageFactory(parent=walsall, title="Shared with Croydon"),
            Sharing.NAMED,
            sites["croydon"],
        ),
        # Named sites are ignored unless the page is shared by name.
        "local_with_sites": shared(
            CoursePageFactory(parent=walsall, title="Local, sites left ticked"),
            Sharing.LOCAL,
            sites["croydon"],
        ),
        "croydon": CoursePageFactory(
            parent=course_index(sites["croydon"]), title="Croydon's own course"
        ),
    }


def test_each_course_catalogue_lists_its_own_and_what_is_shared_with_it(client, sites, courses):
    assert set(listed(client, sites["croydon"], "/courses/")) == {
        "Croydon's own course",
        "Shared with everyone",
        "Shared with Croydon",
    }
    assert set(listed(client, sites["merton"], "/courses/")) == {"Shared with everyone"}
    assert set(listed(client, sites["walsall"], "/courses/")) == {
        "Walsall local course",
        "Shared with everyone",
        "Shared with Croydon",
        "Local, sites left ticked",
    }


def test_shared_course_links_to_its_owners_site_and_own_courses_stay_relative(
    client, sites, courses
):
    links = listed(client, sites["croydon"], "/courses/")
    owner = sites["walsall"].root_url
    assert links["Shared with everyone"] == f"{owner}/courses/{courses['everyone'].slug}/"
    assert links["Croydon's own course"] == f"/courses/{courses['croydon'].slug}/"
    # The course is served at that one address, on its owner's site.
    client.force_login(
        UserFactory(agency=AgencyFactory(partnership=Partnership.objects.get(slug="croydon")))
    )
    response = client.get(
        f"/courses/{courses['everyone'].slug}/",
        headers={"host": f"{sites['walsall'].hostname}:{sites['walsall'].port}"},
    )
    assert response.status_code == 200
    assert "Shared with everyone" in response.content.decode()


def test_a_draft_shared_course_is_not_listed(client, sites, courses):
    courses["everyone"].unpublish()
    assert "Shared with everyone" not in listed(client, sites["croydon"], "/courses/")


def test_shared_courses_cost_no_query_each(client, sites, courses):
    """The catalogue's own and shared courses come from one query: a catalogue listing
    three more shared courses runs no more queries."""

    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            listed(client, sites["croydon"], "/courses/")
        return len(captured)

    queries()  # warm the site and settings caches
    before = queries()
    for n in range(3):
        shared(
            CoursePageFactory(parent=course_index(sites["walsall"]), title=f"More {n}"),
            Sharing.EVERYONE,
        )
    queries()  # new pages move the content version on: the route and site caches refill
    assert queries() == before


def test_each_briefing_index_lists_its_own_and_what_is_shared_with_it(client, sites):
    walsall = briefing_index(sites["walsall"])
    BriefingPageFactory(parent=walsall, title="Walsall local briefing")
    shared(BriefingPageFactory(parent=walsall, title="Briefing for everyone"), Sharing.EVERYONE)
    shared(
        BriefingPageFactory(parent=walsall, title="Briefing for Merton"),
        Sharing.NAMED,
        sites["merton"],
        sites["croydon"],
    )
    BriefingPageFactory(parent=briefing_index(sites["merton"]), title="Merton's own briefing")

    merton = listed(client, sites["merton"], "/briefings/")
    assert set(merton) == {"Briefing for everyone", "Briefing for Merton", "Merton's own briefing"}
    assert merton["Briefing for Merton"].startswith(sites["walsall"].root_url)
    # Shared with two sites by name, listed once on each.
    assert set(listed(client, sites["croydon"], "/briefings/")) == {
        "Briefing for everyone",
        "Briefing for Merton",
    }
    assert set(listed(client, sites["wandsworth"], "/briefings/")) == {"Briefing for everyone"}
    assert "Merton's own briefing" not in listed(client, sites["walsall"], "/briefings/")
    # Searching keeps to what the site lists.
    found = listed(client, sites["wandsworth"], "/briefings/?q=briefing")
    assert set(found) == {"Briefing for everyone"}


def test_seed_demo_shares_the_neglect_course_and_a_briefing_and_keeps_action_local(client):
    call_command("seed_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
    from wagtail.models import Site

    croydon = Site.objects.get(hostname="croydon.localhost")
    courses = listed(client, croydon, "/courses/")
    assert "Understanding Child Neglect" in courses
    assert not any("ACTION" in title for title in courses)
    assert "Cumulative neglect and 'start again' syndrome" in listed(client, croydon, "/briefings/")
    walsall = Site.objects.get(is_default_site=True)
    assert any("ACTION" in title for title in listed(client, walsall, "/courses/"))
