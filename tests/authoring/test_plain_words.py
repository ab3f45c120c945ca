"""Plain words for trainers: the address (slug) is made from the title, the Promote tab is
for publishers only, and an abandoned draft's address does not block the next attempt."""

from __future__ import annotations

import pytest

from django.urls import reverse

from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from courses.catalogue.models import CoursePage, LessonPage
from tests.courses.test_admin_authoring import COMMENTS

pytestmark = pytest.mark.django_db


def _course(title: str) -> dict:
    return {
        **nested_form_data(
            {
                "title": title,
                "summary": "Spotting neglect of teenagers.",
                "audience_description": "",
                "learning_outcomes": rich_text(""),
                "estimated_minutes": 30,
                "cpd_minutes": 0,
                "pass_mark": 80,
                "validity_months": 36,
                "audience": "practitioners",
                "assessment_introduction": "",
                "questions_per_attempt": 10,
                "assessment_questions": streamfield([]),
            }
        ),
        **COMMENTS,
    }


def test_a_trainer_sees_no_promote_tab_and_gets_a_slug_from_the_title(
    client, trainer, course_index
):
    client.force_login(trainer)
    add = reverse("wagtailadmin_pages:add", args=["courses", "coursepage", course_index.pk])
    html = client.get(add).text
    assert 'id="tab-label-promote"' not in html
    assert 'name="slug"' not in html

    response = client.post(add, _course("Neglect in adolescence"))
    assert response.status_code == 302, response.text[-2000:]
    first = CoursePage.objects.get(title="Neglect in adolescence")
    assert first.slug == "neglect-in-adolescence"
    # The new course leads to its course screen.
    assert response["Location"] == reverse("courses_authoring:course", args=[first.pk])

    # An abandoned draft with the same title does not block the next attempt.
    assert client.post(add, _course("Neglect in adolescence")).status_code == 302
    slugs = sorted(CoursePage.objects.values_list("slug", flat=True))
    assert slugs == ["neglect-in-adolescence", "neglect-in-adolescence-2"]

    # Editing keeps the address it was given.
    edit = reverse("wagtailadmin_pages:edit", args=[first.pk])
    assert client.post(edit, _course("Neglect in teenagers")).status_code == 302
    assert CoursePage.objects.get(pk=first.pk).get_latest_revision_as_object().slug == (
        "neglect-in-adolescence"
    )


def test_a_manager_still_sees_the_promote_tab(client, manager, course_index):
    client.force_login(manager)
    add = reverse("wagtailadmin_pages:add", args=["courses", "coursepage", course_index.pk])
    assert 'name="slug"' in client.get(add).text


def test_the_course_screen_says_add_lesson(client, trainer, draft_course):
    client.force_login(trainer)
    html = client.get(reverse("wagtailadmin_pages:edit", args=[draft_course.pk])).text
    assert "Add lesson" in html
    assert LessonPage.objects.child_of(draft_course).count() == 2


def test_the_trainer_guide_is_in_the_admin(client, home_page, trainer):
    client.force_login(trainer)
    response = client.get(reverse("courses_authoring:guide"))
    assert response.status_code == 200, response.get("Location")
    html = response.text
    for heading in ("Write a course", "Write a 7-minute briefing", "Place an H5P activity"):
        assert heading in html
    assert "Read results" in html
    assert reverse("courses_authoring:guide") in client.get(reverse("wagtailadmin_home")).text
