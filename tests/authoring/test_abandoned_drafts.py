"""Work is never lost (issue 20): a draft a trainer started and left is offered back on the
add screen, to continue or discard, instead of being silently kept under a slug."""

from __future__ import annotations

import datetime as dt

import pytest

from django.test import Client
from django.urls import reverse
from django.utils import timezone

from wagtail.models import Page, Revision

from courses.briefings.models import BriefingPage
from courses.catalogue.models import CoursePage, LessonPage
from learning.people.roles import Role
from tests.briefings.conftest import with_mfa
from tests.factories import CoursePageFactory, LessonPageFactory, UserFactory

pytestmark = pytest.mark.django_db

STARTED = dt.datetime(2026, 11, 30, 14, 5, tzinfo=dt.UTC)  # 2:05pm in London (GMT)
NOTICE = "You started “Neglect in adolescence” on 30 November 2026 at 2:05pm."


def _add_url(page_class, parent) -> str:
    meta = page_class._meta
    return reverse("wagtailadmin_pages:add", args=[meta.app_label, meta.model_name, parent.pk])


def _left(page, *, owner, at=STARTED):
    """`page` as `owner` leaves it: never published, one revision saved at `at`."""
    page.live = False
    page.owner = owner
    page.first_published_at = None
    page.last_published_at = None
    page.live_revision = None
    page.save()
    revision = page.save_revision(user=owner)
    Revision.objects.filter(pk=revision.pk).update(created_at=at)
    Page.objects.filter(pk=page.pk).update(latest_revision_created_at=at)
    return page


def _abandoned_course(course_index, trainer, **kwargs):
    course = CoursePageFactory(
        parent=course_index, title="Neglect in adolescence", slug="neglect-in-adolescence"
    )
    return _left(course, owner=trainer, **kwargs)


@pytest.fixture
def other_trainer():
    return with_mfa(UserFactory(roles={Role.TRAINER}))


def test_abandoned_draft_is_offered_back_to_the_trainer_who_started_it(
    client, trainer, course_index
):
    draft = _abandoned_course(course_index, trainer)
    client.force_login(trainer)

    html = client.get(_add_url(CoursePage, course_index)).text

    assert NOTICE + " Continue it or discard it." in html
    edit_url = reverse("wagtailadmin_pages:edit", args=[draft.pk])
    assert f'href="{edit_url}"' in html
    discard_url = reverse("courses_authoring:discard_draft", args=[draft.pk])
    assert f'action="{discard_url}"' in html


def test_the_continue_link_opens_the_draft_to_carry_on(client, trainer, course_index):
    draft = _abandoned_course(course_index, trainer)
    client.force_login(trainer)

    response = client.get(reverse("wagtailadmin_pages:edit", args=[draft.pk]))

    assert response.status_code == 200
    assert 'value="Neglect in adolescence"' in response.text


def test_another_trainers_draft_is_not_offered(client, trainer, other_trainer, course_index):
    _abandoned_course(course_index, trainer)
    client.force_login(other_trainer)

    response = client.get(_add_url(CoursePage, course_index))

    assert response.status_code == 200
    assert "You started" not in response.text


def test_a_draft_saved_a_moment_ago_is_not_offered(client, trainer, course_index):
    """Wagtail autosaves an open editor, so a recent draft is still being written."""
    _abandoned_course(course_index, trainer, at=timezone.now() - dt.timedelta(minutes=2))
    client.force_login(trainer)

    assert "You started" not in client.get(_add_url(CoursePage, course_index)).text


def _published(course_index, owner, title):
    page = CoursePageFactory(parent=course_index, title=title, owner=owner)
    page.save_revision(user=owner).publish(user=owner, skip_permission_checks=True)
    Page.objects.filter(pk=page.pk).update(latest_revision_created_at=STARTED)
    return page


def test_published_pages_are_never_offered(client, trainer, course_index):
    _published(course_index, trainer, "Live course")
    # Once published, then taken down: not an abandoned draft either.
    _published(course_index, trainer, "Taken down").unpublish()
    client.force_login(trainer)

    assert "You started" not in client.get(_add_url(CoursePage, course_index)).text


def test_only_a_draft_of_the_same_kind_under_the_same_parent_is_offered(
    client, trainer, course_index
):
    course = CoursePageFactory(parent=course_index, title="Neglect basics")
    lesson = _left(LessonPageFactory(parent=course, title="Neglect in adolescence"), owner=trainer)
    client.force_login(trainer)

    assert "You started" not in client.get(_add_url(CoursePage, course_index)).text
    html = client.get(_add_url(LessonPage, course)).text
    assert NOTICE in html
    assert reverse("courses_authoring:discard_draft", args=[lesson.pk]) in html


def test_a_briefing_draft_is_offered_back(client, trainer, briefings):
    index = next(iter(briefings.values())).get_parent()
    draft = BriefingPage(title="Neglect in adolescence", slug="neglect-in-adolescence")
    index.add_child(instance=draft)
    _left(draft, owner=trainer)
    client.force_login(trainer)

    assert NOTICE in client.get(_add_url(BriefingPage, index)).text


def test_a_draft_awaiting_approval_is_not_offered(client, trainer, course_index):
    draft = _abandoned_course(course_index, trainer)
    draft.get_workflow().start(draft, trainer)
    client.force_login(trainer)

    assert "You started" not in client.get(_add_url(CoursePage, course_index)).text


def test_discard_deletes_the_draft_and_returns_to_the_add_screen(client, trainer, course_index):
    draft = _abandoned_course(course_index, trainer)
    client.force_login(trainer)

    response = client.post(reverse("courses_authoring:discard_draft", args=[draft.pk]))

    assert response.status_code == 302
    assert response["Location"] == _add_url(CoursePage, course_index)
    assert not Page.objects.filter(pk=draft.pk).exists()
    html = client.get(response["Location"]).text
    assert "Discarded the draft “Neglect in adolescence”." in html
    assert "You started" not in html


def test_discard_is_refused_to_those_who_may_not_delete_the_draft(client, trainer, course_index):
    """Who started the draft may discard it, and so may whoever Wagtail lets delete it
    (editors of pages not yet live); an agency lead edits no pages, so is refused."""
    draft = _abandoned_course(course_index, trainer)
    url = reverse("courses_authoring:discard_draft", args=[draft.pk])
    client.force_login(with_mfa(UserFactory(roles={Role.AGENCY_LEAD})))

    assert client.post(url).status_code == 403
    assert Page.objects.filter(pk=draft.pk).exists()


def test_discard_by_a_learner_is_refused(client, trainer, course_index):
    draft = _abandoned_course(course_index, trainer)
    client.force_login(UserFactory())

    response = client.post(reverse("courses_authoring:discard_draft", args=[draft.pk]))

    assert response.status_code in (302, 403)
    assert "pages/add" not in response.get("Location", "")
    assert Page.objects.filter(pk=draft.pk).exists()


def test_discard_needs_a_post_with_the_csrf_token(trainer, course_index):
    draft = _abandoned_course(course_index, trainer)
    url = reverse("courses_authoring:discard_draft", args=[draft.pk])
    client = Client(enforce_csrf_checks=True)
    client.force_login(trainer)

    assert client.get(url).status_code == 405
    assert client.post(url).status_code == 403
    assert Page.objects.filter(pk=draft.pk).exists()


def test_discard_never_deletes_a_published_page(client, trainer, course_index):
    live = _published(course_index, trainer, "Live course")
    client.force_login(trainer)

    response = client.post(reverse("courses_authoring:discard_draft", args=[live.pk]))

    assert response.status_code == 404
    assert Page.objects.filter(pk=live.pk, live=True).exists()
