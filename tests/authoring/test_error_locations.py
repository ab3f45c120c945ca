"""A failed save names each error with its section and tab, linked, in the message at the
top, so a trainer finds an error on a tab they are not looking at."""

from __future__ import annotations

import pytest

from django.urls import reverse

from tests.authoring.test_question_topic import _form_with_topic
from tests.factories import course_with_lessons

pytestmark = pytest.mark.django_db


def _message(html: str) -> str:
    start = html.index("could not be saved")
    return html[start : start + 3000]


def test_a_course_error_names_the_question_and_links_its_tab(client, trainer, course_index):
    course = course_with_lessons(parent=course_index, lessons=1, title="Neglect basics")
    course_with_lessons(parent=course_index, lessons=3, title="Other course")
    client.force_login(trainer)

    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[course.pk]), _form_with_topic("lesson-3")
    )

    assert response.status_code == 200
    message = _message(response.text)
    assert "Final assessment › Assessment questions: Question 1: choose one" in message
    assert 'on the <a href="#tab-content">Content tab</a>' in message
    assert 'id="tab-content"' in response.text


def test_a_missing_title_is_named_with_its_tab(client, trainer, course_index):
    course = course_with_lessons(parent=course_index, lessons=1, title="Neglect basics")
    client.force_login(trainer)
    data = {**_form_with_topic("lesson-1"), "title": ""}

    response = client.post(reverse("wagtailadmin_pages:edit", args=[course.pk]), data)

    assert response.status_code == 200
    message = _message(response.text)
    assert "This field is required." in message
    assert 'on the <a href="#tab-content">Content tab</a>' in message
