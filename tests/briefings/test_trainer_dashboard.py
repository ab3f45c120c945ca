"""The trainer's admin dashboard: titled with the service, no broken avatars, shortcuts to
a new briefing and to their drafts; related courses chosen with a page chooser."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup

from django.urls import reverse

from courses.briefings.models import BriefingIndexPage, BriefingPage
from learning.people.roles import Role
from tests.factories import UserFactory

from .conftest import with_mfa

pytestmark = pytest.mark.django_db


@pytest.fixture
def trainer():
    return with_mfa(UserFactory(roles={Role.TRAINER}))


def test_dashboard_is_titled_with_the_service_and_shows_no_gravatar(client, briefings, trainer):
    client.force_login(trainer)
    html = client.get("/admin/").content.decode()
    soup = BeautifulSoup(html, "html.parser")
    welcome = soup.find("h1").get_text(" ", strip=True)
    assert "localhost" not in welcome
    assert "Neglect Matters Learning" in welcome
    assert "gravatar.com" not in html


def test_dashboard_has_new_briefing_and_my_drafts_shortcuts(client, briefings, trainer):
    index = BriefingIndexPage.objects.get()
    draft = BriefingPage(title="My unpublished briefing", slug="my-unpublished", owner=trainer)
    index.add_child(instance=draft)
    draft.save_revision(user=trainer)
    draft.unpublish()
    someone_elses = BriefingPage(title="Someone else's draft", slug="someone-elses")
    index.add_child(instance=someone_elses)
    someone_elses.save_revision(user=UserFactory(roles={Role.TRAINER}))

    client.force_login(trainer)
    soup = BeautifulSoup(client.get("/admin/").content.decode(), "html.parser")
    new = soup.find("a", string=lambda text: text and text.strip() == "New briefing")
    assert new["href"] == reverse(
        "wagtailadmin_pages:add", args=["courses", "briefingpage", index.pk]
    )
    drafts = soup.find(id="my-drafts")
    assert drafts.find("h3").get_text(strip=True) == "My drafts"
    links = {a.get_text(strip=True): a["href"] for a in drafts.find_all("a")}
    assert links["My unpublished briefing"] == reverse("wagtailadmin_pages:edit", args=[draft.pk])
    assert "Someone else's draft" not in links
