"""Fixtures for content ownership (issue 16): the demo partnerships, each on its own site
with its catalogues, the role groups synced to those sites, and staff of Walsall and
Croydon."""

from __future__ import annotations

import pytest
from allauth.mfa.models import Authenticator

from wagtail.models import Site

from cms.home.seed import seed_partnership_sites, seed_site
from courses.briefings.models import BriefingIndexPage
from courses.briefings.seed import briefing_index_ensure
from courses.catalogue.models import CourseIndexPage
from courses.catalogue.seed import catalogue_ensure
from learning.people.models import Partnership
from learning.people.roles import Role
from learning.people.seed import seed_organisations
from learning.people.services import roles_sync
from tests.factories import AgencyFactory, UserFactory


@pytest.fixture
def sites(db) -> dict[str, Site]:
    """Walsall on the default site, every other demo partnership on its own site, by slug."""
    seed_organisations()
    home = seed_site(partnership_slug="walsall")
    catalogue_ensure(home=home)
    briefing_index_ensure(home=home)
    found = {site.root_page.slug: site for site in seed_partnership_sites()}
    roles_sync(root_page=home)
    found["walsall"] = Site.objects.get(is_default_site=True)
    return found


def course_index(site: Site) -> CourseIndexPage:
    return CourseIndexPage.objects.child_of(site.root_page).get()


def briefing_index(site: Site) -> BriefingIndexPage:
    return BriefingIndexPage.objects.child_of(site.root_page).get()


def staff(slug: str, role: Role):
    """A member of staff of the partnership `slug`, with the second factor set up."""
    agency = AgencyFactory(partnership=Partnership.objects.get(slug=slug))
    user = UserFactory(agency=agency, roles={role})
    Authenticator.objects.create(user=user, type=Authenticator.Type.TOTP, data={"secret": "x"})
    return user
