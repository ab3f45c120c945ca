"""The question bank's topic is a choice of the course's lessons (stored, as before, as
the lesson's slug, which attempts snapshot and the results read); a new question starts
with two options."""

from __future__ import annotations

import pytest

from django.urls import reverse

from wagtail.test.utils.form_data import nested_form_data, streamfield

from courses.catalogue.blocks import AssessmentQuestionBlock
from courses.catalogue.models import CoursePage
from tests.courses.test_admin_authoring import COMMENTS, _course_form, _question
from tests.factories import course_with_lessons

pytestmark = pytest.mark.django_db


def _form_with_topic(topic: str) -> dict:
    data = _course_form()
    data.update(
        nested_form_data(
            {
                "assessment_questions": streamfield(
                    [("question", _question("Is neglect a form of abuse?", topic=topic))]
                )
            }
        )
    )
    return {**data, **COMMENTS}


def test_topic_offers_the_lessons_by_title_and_stores_the_slug(client, trainer, course_index):
    course = course_with_lessons(parent=course_index, lessons=2, title="Neglect basics")
    client.force_login(trainer)
    edit = reverse("wagtailadmin_pages:edit", args=[course.pk])

    html = client.get(edit).text
    assert "Lesson that teaches this" in html
    assert "The slug of the lesson" not in html
    assert "Neglect basics" in html and "lesson-2" in html and "Lesson 2" in html

    response = client.post(edit, _form_with_topic("lesson-2"))

    assert response.status_code == 302, response.text[-2000:]
    saved = CoursePage.objects.get(pk=course.pk).get_latest_revision_as_object()
    (question,) = saved.assessment_question_bank().values()
    assert question["topic"] == "lesson-2"


def test_a_lesson_of_another_course_is_refused_as_topic(client, trainer, course_index):
    course = course_with_lessons(parent=course_index, lessons=1, title="Neglect basics")
    other = course_with_lessons(parent=course_index, lessons=3, title="Other course")
    client.force_login(trainer)
    assert other.get_children().filter(slug="lesson-3").exists()

    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[course.pk]), _form_with_topic("lesson-3")
    )

    assert response.status_code == 200
    assert "Question 1: choose one of this course" in response.text
    # Nothing was saved: the course has no revision with the other course's lesson.
    assert CoursePage.objects.get(pk=course.pk).get_latest_revision() is None


def test_a_new_question_starts_with_two_empty_options():
    default = AssessmentQuestionBlock().get_default()
    assert len(default["options"]) == 2
    assert all(option["text"] == "" for option in default["options"])
