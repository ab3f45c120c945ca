"""Trainers write courses, lessons and question banks in the Wagtail admin, preview them,
and submit them; a partnership manager approves, and only then are they live."""

from __future__ import annotations

import pytest
from allauth.mfa.models import Authenticator

from django.urls import reverse

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from courses.catalogue.models import CourseIndexPage, CoursePage, LessonPage
from learning.people.roles import Role
from tests.factories import CourseIndexPageFactory, UserFactory

COMMENTS = {
    "comments-TOTAL_FORMS": "0",
    "comments-INITIAL_FORMS": "0",
    "comments-MIN_NUM_FORMS": "0",
    "comments-MAX_NUM_FORMS": "1000",
}


def _staff(role: Role):
    user = UserFactory(roles={role})
    Authenticator.objects.create(user=user, type=Authenticator.Type.TOTP, data={"secret": "x"})
    return user


def _options(*options: tuple[str, bool, str]) -> dict:
    data: dict = {"count": len(options)}
    for n, (text, correct, feedback) in enumerate(options):
        value = {"text": text, "feedback": feedback}
        if correct:
            value["correct"] = "on"
        data[str(n)] = {"value": value, "deleted": "", "order": n, "id": ""}
    return data


def _question(text: str, **extra) -> dict:
    return {
        "text": text,
        "explanation": "Because the definition says so.",
        "options": _options(("Yes", True, "Correct."), ("No", False, "Not right.")),
        **extra,
    }


def _course_form() -> dict:
    return {
        **nested_form_data(
            {
                "title": "Neglect for school staff",
                "slug": "neglect-for-school-staff",
                "summary": "What school staff should notice and do.",
                "audience_description": "Teachers and support staff.",
                "learning_outcomes": rich_text("<ul><li>Spot the signs</li></ul>"),
                "estimated_minutes": 30,
                "cpd_minutes": 30,
                "pass_mark": 80,
                "validity_months": 24,
                "audience": "practitioners",
                "assessment_introduction": "",
                "questions_per_attempt": 1,
                "assessment_questions": streamfield(
                    [("question", _question("Is neglect a form of abuse?", topic=""))]
                ),
            }
        ),
        **COMMENTS,
    }


def _lesson_form() -> dict:
    return {
        **nested_form_data(
            {
                "title": "The basics",
                "slug": "basics",
                "summary": "What neglect is.",
                "is_required": "on",
                "body": streamfield(
                    [
                        ("text", rich_text("<p>Neglect is the persistent failure.</p>")),
                        ("knowledge_check", {"questions": _options_list()}),
                    ]
                ),
                "sources": streamfield(
                    [("source", {"title": "Working Together 2023", "reference": ""})]
                ),
            }
        ),
        **COMMENTS,
    }


def _options_list() -> dict:
    return {
        "count": 1,
        "0": {"value": _question("Is it neglect?"), "deleted": "", "order": 0, "id": ""},
    }


@pytest.fixture
def index(home_page) -> CourseIndexPage:
    return CourseIndexPageFactory(parent=home_page)


def test_page_rules_for_courses_and_lessons(index):
    case = WagtailPageTestCase()
    case.assertAllowedParentPageTypes(CoursePage, {CourseIndexPage})
    case.assertAllowedSubpageTypes(CoursePage, {LessonPage})
    case.assertAllowedParentPageTypes(LessonPage, {CoursePage})


def test_trainer_drafts_previews_and_submits_then_manager_approves(index, client):
    trainer = _staff(Role.TRAINER)
    client.force_login(trainer)

    add_course = reverse("wagtailadmin_pages:add", args=["courses", "coursepage", index.pk])
    assert client.get(add_course).status_code == 200
    response = client.post(add_course, _course_form())
    assert response.status_code == 302, response.content[-3000:]
    course = CoursePage.objects.get(slug="neglect-for-school-staff")
    assert not course.live
    assert len(course.get_latest_revision_as_object().assessment_question_bank()) == 1

    # A lesson, previewed as the learner would see it, before anything is published.
    add_lesson = reverse("wagtailadmin_pages:add", args=["courses", "lessonpage", course.pk])
    response = client.post(add_lesson, _lesson_form())
    assert response.status_code == 302, response.content[-3000:]
    lesson = LessonPage.objects.get(slug="basics")
    preview_new = reverse(
        "wagtailadmin_pages:preview_on_add", args=["courses", "lessonpage", course.pk]
    )
    new_lesson = {**_lesson_form(), "slug": "second", "title": "Second lesson"}
    assert client.post(preview_new, new_lesson).json()["is_valid"] is True
    assert "Second lesson" in client.get(preview_new).text
    preview = reverse("wagtailadmin_pages:preview_on_edit", args=[lesson.pk])
    assert client.post(preview, _lesson_form()).json()["is_valid"] is True
    shown = client.get(preview)
    assert shown.status_code == 200
    assert "Is it neglect?" in shown.text and "Working Together 2023" in shown.text

    # Trainers cannot publish: they submit to the approval workflow.
    edit_course = reverse("wagtailadmin_pages:edit", args=[course.pk])
    response = client.post(edit_course, {**_course_form(), "action-publish": "on"})
    course.refresh_from_db()
    assert not course.live
    response = client.post(edit_course, {**_course_form(), "action-submit": "on"})
    assert response.status_code == 302
    course.refresh_from_db()
    assert course.workflow_in_progress
    assert course.current_workflow_task.name == "Approval by a partnership manager"
    assert not course.live

    manager = _staff(Role.PARTNERSHIP_MANAGER)
    client.force_login(manager)
    task_state = course.current_workflow_task_state
    approve = reverse(
        "wagtailadmin_pages:workflow_action", args=[course.pk, "approve", task_state.pk]
    )
    response = client.post(approve, {"comment": "Checked against the strategy."})
    assert response.status_code in (200, 302)
    course.refresh_from_db()
    assert course.live
    assert Page.objects.get(pk=course.pk).live
