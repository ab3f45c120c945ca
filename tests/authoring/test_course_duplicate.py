"""Duplicate a course as a template: a new title only; lessons and question bank copied,
everything a draft."""

from __future__ import annotations

import pytest

from django.urls import reverse

from courses.catalogue.models import CoursePage, LessonPage
from tests.factories import course_with_lessons

pytestmark = pytest.mark.django_db


def test_duplicate_asks_for_a_title_and_copies_lessons_and_questions_as_drafts(
    client, trainer, course_index
):
    course = course_with_lessons(parent=course_index, lessons=2, title="Neglect basics")
    client.force_login(trainer)
    url = reverse("courses_authoring:duplicate", args=[course.pk])
    form = client.get(url).text
    assert form.count('<input type="text"') == 1 and 'name="title"' in form

    response = client.post(url, {"title": "Neglect basics for schools"})

    copy = CoursePage.objects.get(title="Neglect basics for schools")
    assert response["Location"] == reverse("courses_authoring:course", args=[copy.pk])
    assert copy.slug == "neglect-basics-for-schools"
    assert not copy.live
    lessons = list(LessonPage.objects.child_of(copy).order_by("path"))
    assert [lesson.title for lesson in lessons] == ["Lesson 1", "Lesson 2"]
    assert not any(lesson.live for lesson in lessons)
    assert all(lesson.has_unpublished_changes for lesson in lessons)
    assert copy.assessment_question_bank().keys() == course.assessment_question_bank().keys()
    # The original is untouched and still live.
    course.refresh_from_db()
    assert course.live and course.title == "Neglect basics"


def test_duplicate_without_a_title_says_what_to_do(client, trainer, course_index):
    course = course_with_lessons(parent=course_index, lessons=1)
    client.force_login(trainer)
    response = client.post(reverse("courses_authoring:duplicate", args=[course.pk]), {"title": ""})
    assert response.status_code == 400
    assert "Enter a title for the new course." in response.text
    assert CoursePage.objects.count() == 1
