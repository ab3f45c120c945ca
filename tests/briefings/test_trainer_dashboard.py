"""The trainer's admin dashboard: titled with their partnership, no broken avatars, shortcuts to
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


def test_dashboard_is_titled_with_the_partnership_and_shows_no_gravatar(client, briefings, trainer):
    """Titled with the trainer's partnership (issue 20), never the host name."""
    client.force_login(trainer)
    html = client.get("/admin/").content.decode()
    soup = BeautifulSoup(html, "html.parser")
    welcome = soup.find("h1").get_text(" ", strip=True)
    assert "localhost" not in welcome
    assert trainer.agency.partnership.name in welcome
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


def test_related_courses_are_chosen_with_a_page_chooser_and_keep_their_order(
    client, home_page, trainer
):
    from courses.briefings.seed import seed_briefings
    from courses.catalogue.models import CourseIndexPage, CoursePage

    catalogue = CourseIndexPage(title="Courses", slug="courses")
    home_page.add_child(instance=catalogue)
    for title, slug in [
        ("Understanding child neglect", "understanding-child-neglect"),
        ("Graded Care Profile 2", "graded-care-profile-2"),
    ]:
        course = CoursePage(title=title, slug=slug, summary="S")
        catalogue.add_child(instance=course)
        course.save_revision().publish()
    seed_briefings(home=home_page)
    audit = BriefingPage.objects.get(slug="multi-agency-audit-neglect")

    client.force_login(trainer)
    html = client.get(reverse("wagtailadmin_pages:edit", args=[audit.pk])).content.decode()
    soup = BeautifulSoup(html, "html.parser")
    # No Ctrl-click list box: a chooser per course, in an inline panel with an add button.
    assert soup.find("select", attrs={"name": "related_courses"}) is None
    assert soup.find("input", attrs={"name": "related_course_links-TOTAL_FORMS"})["value"] == "2"
    assert "Add related course" in html
    chosen = [
        int(tag["value"])
        for tag in soup.find_all("input", attrs={"name": lambda n: n and n.endswith("-course")})
        if tag.get("value")
    ]
    assert sorted(chosen) == sorted(c.pk for c in CoursePage.objects.all())
    assert [c.title for c in audit.live_related_courses()] == [
        "Graded Care Profile 2",
        "Understanding child neglect",
    ]
