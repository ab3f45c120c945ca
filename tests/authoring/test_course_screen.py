"""One course screen: lessons in learner order with their status, reordering without
`?ordering=`, and one submission for the course and its lessons, approved once."""

from __future__ import annotations

import pytest

from django.urls import reverse

from wagtail.models import WorkflowState

from courses.authoring.models import CourseSubmission
from courses.catalogue.models import CoursePage, LessonPage
from tests.factories import LessonPageFactory

from .conftest import draft

pytestmark = pytest.mark.django_db


def _lesson_titles(course) -> list[str]:
    return [p.title for p in LessonPage.objects.child_of(course).order_by("path")]


def test_course_screen_lists_lessons_in_order_with_their_status(client, trainer, draft_course):
    live = LessonPageFactory(parent=draft_course, slug="lesson-3", title="Lesson 3")
    client.force_login(trainer)

    html = client.get(reverse("courses_authoring:course", args=[draft_course.pk])).text

    assert html.index("Lesson 1") < html.index("Lesson 2") < html.index("Lesson 3")
    assert html.count('data-testid="lesson-status">Draft<') == 2
    assert 'data-testid="lesson-status">Live<' in html
    assert (
        reverse("wagtailadmin_pages:add", args=["courses", "lessonpage", draft_course.pk]) in html
    )
    assert "Add lesson" in html
    assert "?ordering=" not in html
    assert live.pk


def test_move_buttons_and_drag_order_put_lessons_in_the_order_asked(client, trainer, draft_course):
    client.force_login(trainer)
    url = reverse("courses_authoring:reorder", args=[draft_course.pk])
    second = LessonPage.objects.get(slug="lesson-2")

    response = client.post(url, {"move": f"{second.pk}:up"})

    assert response.status_code == 302
    assert "?ordering" not in response["Location"]
    assert _lesson_titles(draft_course) == ["Lesson 2", "Lesson 1"]

    first = LessonPage.objects.get(slug="lesson-1")
    response = client.post(
        url, {"order": f"{first.pk},{second.pk}"}, headers={"Accept": "application/json"}
    )
    assert response.json() == {"order": [first.pk, second.pk]}
    assert _lesson_titles(draft_course) == ["Lesson 1", "Lesson 2"]


def test_an_order_that_leaves_out_a_lesson_is_refused(client, trainer, draft_course):
    client.force_login(trainer)
    first = LessonPage.objects.get(slug="lesson-1")
    response = client.post(
        reverse("courses_authoring:reorder", args=[draft_course.pk]),
        {"order": str(first.pk)},
        headers={"Accept": "application/json"},
    )
    assert response.status_code == 400
    assert _lesson_titles(draft_course) == ["Lesson 1", "Lesson 2"]


def test_a_trainer_cannot_reorder_a_live_course(client, trainer, course_index):
    from tests.factories import course_with_lessons

    course = course_with_lessons(parent=course_index, lessons=2)
    client.force_login(trainer)
    second = LessonPage.objects.get(slug="lesson-2")
    client.post(reverse("courses_authoring:reorder", args=[course.pk]), {"move": f"{second.pk}:up"})
    assert _lesson_titles(course) == ["Lesson 1", "Lesson 2"]


def test_submitting_warns_of_draft_lessons_and_lists_them(client, trainer, draft_course):
    client.force_login(trainer)
    html = client.get(reverse("courses_authoring:submit", args=[draft_course.pk])).text
    assert "2 lessons still in draft" in html
    assert "Lesson 1" in html and "Lesson 2" in html


def test_course_and_lessons_go_as_one_unit_and_one_approval_publishes_all(
    client, trainer, manager, draft_course
):
    client.force_login(trainer)
    response = client.post(
        reverse("courses_authoring:submit", args=[draft_course.pk]),
        {"note": "New course for the autumn programme."},
    )
    assert response.status_code == 302
    assert WorkflowState.objects.filter(status="in_progress").count() == 1
    submission = CourseSubmission.objects.get()
    assert submission.lesson_revisions.count() == 2
    screen = client.get(reverse("courses_authoring:course", args=[draft_course.pk])).text
    assert screen.count('data-testid="lesson-status">In approval<') == 2

    client.force_login(manager)
    queue = client.get(reverse("courses_authoring:approvals")).text
    assert "Neglect in adolescence" in queue
    assert "New course for the autumn programme." in queue
    assert queue.index("Neglect in adolescence") < queue.index("Lesson 1") < queue.index("Lesson 2")
    dashboard = client.get(reverse("wagtailadmin_home")).text
    assert "Courses awaiting your approval" in dashboard

    response = client.post(
        reverse("courses_authoring:approve", args=[submission.pk]), {"comment": ""}, follow=True
    )

    assert "Approved “Neglect in adolescence” with 2 lessons: they are live now." in response.text
    assert CoursePage.objects.get(pk=draft_course.pk).live
    assert all(lesson.live for lesson in LessonPage.objects.child_of(draft_course))
    assert WorkflowState.objects.get().status == "approved"


def test_approving_through_wagtails_own_button_also_publishes_the_lessons(
    client, trainer, manager, draft_course
):
    client.force_login(trainer)
    client.post(reverse("courses_authoring:submit", args=[draft_course.pk]), {"note": ""})
    course = CoursePage.objects.get(pk=draft_course.pk)
    client.force_login(manager)
    client.post(
        reverse(
            "wagtailadmin_pages:workflow_action",
            args=[course.pk, "approve", course.current_workflow_task_state.pk],
        ),
        {"comment": ""},
    )
    assert all(lesson.live for lesson in LessonPage.objects.child_of(draft_course))


def test_a_trainer_cannot_approve_or_see_the_queue(client, trainer, draft_course):
    client.force_login(trainer)
    client.post(reverse("courses_authoring:submit", args=[draft_course.pk]), {"note": ""})
    submission = CourseSubmission.objects.get()
    # Wagtail turns a refusal in the admin into a redirect to the dashboard with a message.
    refused = client.get(reverse("courses_authoring:approvals"))
    assert (refused.status_code, refused["Location"]) == (302, reverse("wagtailadmin_home"))
    response = client.post(reverse("courses_authoring:approve", args=[submission.pk]))
    assert (response.status_code, response["Location"]) == (302, reverse("wagtailadmin_home"))
    assert not CoursePage.objects.get(pk=draft_course.pk).live


def test_a_course_already_awaiting_approval_is_not_submitted_twice(client, trainer, draft_course):
    client.force_login(trainer)
    url = reverse("courses_authoring:submit", args=[draft_course.pk])
    client.post(url, {"note": ""})
    response = client.post(url, {"note": ""})
    assert response.status_code == 400
    assert "already awaiting approval" in response.text
    assert CourseSubmission.objects.count() == 1


def test_a_live_lesson_without_changes_does_not_go_with_the_course(client, trainer, draft_course):
    unchanged = LessonPageFactory(parent=draft_course, slug="lesson-3", title="Lesson 3")
    changed = draft(LessonPageFactory(parent=draft_course, slug="lesson-4", title="Lesson 4"))
    changed.live = True
    changed.save()
    client.force_login(trainer)
    client.post(reverse("courses_authoring:submit", args=[draft_course.pk]), {"note": ""})
    carried = {int(r.object_id) for r in CourseSubmission.objects.get().lesson_revisions.all()}
    assert unchanged.pk not in carried
    assert changed.pk in carried


def test_the_approvers_email_speaks_of_approval_not_moderation(
    client, trainer, manager, draft_course, mailoutbox
):
    client.force_login(trainer)
    client.post(reverse("courses_authoring:submit", args=[draft_course.pk]), {"note": ""})
    sent = [m for m in mailoutbox if manager.email in m.to]
    assert sent
    for message in sent:
        assert "moderation" not in (message.subject + message.body).lower()
        assert "approval" in (message.subject + message.body).lower()
