"""The admin is titled with the signed-in staff member's partnership, not "Wagtail" or
the site's host name, and shows no broken (Gravatar) avatar."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup

from django.urls import reverse

from learning.people.roles import Role
from tests.briefings.conftest import with_mfa
from tests.factories import AgencyFactory, PartnershipFactory, UserFactory

pytestmark = pytest.mark.django_db


def dashboard(client, user) -> BeautifulSoup:
    client.force_login(user)
    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


@pytest.fixture
def walsall(home_page):
    partnership = PartnershipFactory(name="Walsall Safeguarding Partnership", slug="walsall")
    return AgencyFactory(partnership=partnership, name="Walsall Health")


@pytest.mark.parametrize("role", [Role.TRAINER, Role.PARTNERSHIP_MANAGER])
def test_staff_see_their_partnerships_name(client, walsall, role):
    soup = dashboard(client, with_mfa(UserFactory(agency=walsall, roles={role})))
    assert soup.title.get_text(strip=True).endswith("- Walsall Safeguarding Partnership")
    assert soup.h1.get_text(strip=True) == "Walsall Safeguarding Partnership"
    assert "localhost" not in soup.h1.get_text()


def test_administrators_see_the_platforms_name(client, settings, home_page):
    soup = dashboard(client, with_mfa(UserFactory(is_superuser=True, is_staff=True)))
    assert soup.title.get_text(strip=True).endswith(f"- {settings.WAGTAIL_SITE_NAME}")
    assert soup.h1.get_text(strip=True) == settings.WAGTAIL_SITE_NAME


def test_no_gravatar_avatar(client, walsall):
    soup = dashboard(client, with_mfa(UserFactory(agency=walsall, roles={Role.TRAINER})))
    sources = [img.get("src", "") for img in soup.find_all("img")]
    assert not any("gravatar" in src for src in sources)
    assert "gravatar" not in str(soup)


def test_the_guide_links_to_course_results_and_knowledge_gaps(client, walsall):
    client.force_login(with_mfa(UserFactory(agency=walsall, roles={Role.TRAINER})))
    guide = BeautifulSoup(client.get(reverse("courses_authoring:guide")).content, "html.parser")
    links = {a["href"] for a in guide.select("#results ~ ul a")}
    assert links == {
        reverse("learning_course_results:index"),
        reverse("learning_knowledge_gaps:index"),
    }
    for href in links:
        assert client.get(href).status_code == 200
