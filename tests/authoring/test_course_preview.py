"""Previewing the whole course before approval: draft lessons listed, each lesson in its
real place, knowledge checks and the final assessment tried with feedback, and nothing
recorded (it was a 404)."""

from __future__ import annotations

import re

import pytest

from django.urls import reverse

from courses.catalogue.models import LessonPage
from learning.progress.models import (
    AssessmentAttempt,
    CourseCompletion,
    Enrolment,
    KnowledgeCheckAnswer,
    LessonProgress,
)
from tests.courses.test_admin_authoring import _lesson_form
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

PROGRESS_MODELS = (
    LessonProgress,
    CourseCompletion,
    Enrolment,
    KnowledgeCheckAnswer,
    AssessmentAttempt,
)


def _nothing_recorded() -> bool:
    return all(not model.objects.exists() for model in PROGRESS_MODELS)


def _draft_url(page) -> str:
    return reverse("wagtailadmin_pages:view_draft", args=[page.pk])


def test_course_preview_lists_draft_lessons_linking_to_their_previews(
    client, trainer, draft_course
):
    client.force_login(trainer)
    html = client.get(_draft_url(draft_course)).text
    first, second = LessonPage.objects.child_of(draft_course).order_by("path")
    assert 'data-testid="course-preview"' in html
    assert html.count('govuk-tag--grey">Draft<') == 2
    assert f'href="{_draft_url(first)}"' in html and f'href="{_draft_url(second)}"' in html
    assert html.index("1. Lesson 1") < html.index("2. Lesson 2")
    assert reverse("course_preview:assessment", args=[draft_course.pk]) in html
    assert _nothing_recorded()


def test_lesson_preview_shows_its_real_position(client, trainer, draft_course, course_index):
    client.force_login(trainer)
    first, second = LessonPage.objects.child_of(draft_course).order_by("path")

    html = client.get(_draft_url(second)).text

    assert "Neglect in adolescence: lesson 2 of 2" in html
    assert f'href="{_draft_url(first)}" rel="prev"' in html
    assert "Complete this lesson" not in html

    # A new lesson, not saved yet, goes last.
    preview_new = reverse(
        "wagtailadmin_pages:preview_on_add", args=["courses", "lessonpage", draft_course.pk]
    )
    form = {**_lesson_form(), "slug": "third", "title": "Third lesson"}
    assert client.post(preview_new, form).json()["is_valid"]
    assert "Neglect in adolescence: lesson 3 of 3" in client.get(preview_new).text


def test_knowledge_check_answered_in_preview_shows_feedback_and_records_nothing(
    client, trainer, draft_course
):
    client.force_login(trainer)
    lesson = LessonPage.objects.child_of(draft_course).order_by("path").first()
    html = client.get(_draft_url(lesson)).text
    action = reverse("course_preview:knowledge_check", args=[lesson.pk])
    assert f'action="{action}"' in html
    question = next(iter(lesson.specific.knowledge_check_questions().values()))
    right = next(o["id"] for o in question["options"] if o["correct"])
    wrong = next(o["id"] for o in question["options"] if not o["correct"])

    answered = client.post(
        action,
        {"question": question["id"], "option": [right]},
        headers={"Accept": "application/json"},
    ).json()
    assert answered["correct"] is True and "Correct" in answered["html"]

    page = client.post(action, {"question": question["id"], "option": [wrong]})
    assert page.status_code == 200
    assert "Not quite" in page.text and "Back to the lesson preview" in page.text

    refused = client.post(action, {"question": question["id"]})
    assert refused.status_code == 400
    assert _nothing_recorded()


def test_final_assessment_tried_in_preview_is_marked_and_records_nothing(
    client, trainer, draft_course
):
    client.force_login(trainer)
    url = reverse("course_preview:assessment", args=[draft_course.pk])
    html = client.get(url).text
    bank = draft_course.assessment_question_bank()
    ids = set(re.findall(r'name="q-([0-9a-f-]{36})"', html))
    assert ids == set(bank)

    answers = {
        f"q-{qid}": [o["id"] for o in question["options"] if o["correct"]]
        for qid, question in bank.items()
    }
    passed = client.post(url, answers).text
    assert "This would pass" in passed and "4 of 4 right: 100%" in passed

    failed = client.post(url, {}).text
    assert "This would not pass" in failed and "0 of 4 right: 0%" in failed
    assert _nothing_recorded()


def test_a_learner_cannot_use_the_preview_answers(client, draft_course):
    client.force_login(UserFactory())
    lesson = LessonPage.objects.child_of(draft_course).first()
    response = client.post(
        reverse("course_preview:knowledge_check", args=[lesson.pk]), {"question": "x"}
    )
    assert response.status_code in (302, 403)
    assert client.get(reverse("course_preview:assessment", args=[draft_course.pk])).status_code in (
        302,
        403,
    )
    assert _nothing_recorded()
