"""Plain words in Wagtail's own screens: under a course, "Add child page" is called "Add
lesson" (the Actions menu, the explorer's add button, each row's "More" menu), and a page
in the approval workflow is "in approval", not "in moderation"."""

from __future__ import annotations

import pytest

from django.urls import reverse

from courses.authoring.services import course_submit

pytestmark = pytest.mark.django_db


def test_the_explorer_of_a_course_says_add_lesson(client, trainer, draft_course):
    client.force_login(trainer)
    body = client.get(reverse("wagtailadmin_explore", args=[draft_course.pk])).text
    assert "Add lesson" in body
    assert "Add child page" not in body


def test_a_course_row_in_the_course_index_offers_add_lesson(client, trainer, draft_course):
    client.force_login(trainer)
    body = client.get(reverse("wagtailadmin_explore", args=[draft_course.get_parent().pk])).text
    assert "Add lesson" in body  # the course's row


def test_the_editor_of_a_course_says_add_lesson(client, trainer, draft_course):
    client.force_login(trainer)
    body = client.get(reverse("wagtailadmin_pages:edit", args=[draft_course.pk])).text
    assert "Add lesson" in body
    assert "Add child page" not in body


def test_other_pages_keep_add_child_page(client, manager, draft_course):
    client.force_login(manager)
    index = draft_course.get_parent()
    body = client.get(reverse("wagtailadmin_pages:edit", args=[index.pk])).text
    assert "Add child page" in body


def test_a_submitted_course_says_approval_not_moderation(client, trainer, draft_course):
    course_submit(course=draft_course, user=trainer, note="Ready")
    client.force_login(trainer)
    index = draft_course.get_parent()
    editor = client.get(reverse("wagtailadmin_pages:edit", args=[draft_course.pk])).text
    listing = client.get(reverse("wagtailadmin_explore", args=[index.pk])).text
    for body in (editor, listing):
        assert "moderation" not in body.lower()
    assert "In approval" in editor
    assert "in approval" in listing
