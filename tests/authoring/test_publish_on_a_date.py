"""Publish on a date: the trainer chooses the date when submitting; the course still
needs approval, and once approved it (and its lessons) go live on that date, not before
(Wagtail's `publish_scheduled` command makes them live)."""

from __future__ import annotations

import datetime as dt

import pytest

from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from courses.catalogue.models import CoursePage, LessonPage

pytestmark = pytest.mark.django_db


def approve(client, manager, course):
    from courses.authoring.models import CourseSubmission

    submission = CourseSubmission.objects.get(course=course)
    client.force_login(manager)
    url = reverse("courses_authoring:approve", args=[submission.pk])
    assert client.post(url, {"comment": ""}).status_code == 302


def test_the_course_screen_offers_publish_on_a_date(client, trainer, draft_course):
    client.force_login(trainer)
    screen = client.get(reverse("courses_authoring:course", args=[draft_course.pk])).text
    assert "Publish on a date" in screen
    form = client.get(reverse("courses_authoring:submit", args=[draft_course.pk])).text
    assert 'name="go_live_at"' in form
    assert "still has to approve" in form


def test_a_date_in_the_past_is_refused(client, trainer, draft_course):
    client.force_login(trainer)
    response = client.post(
        reverse("courses_authoring:submit", args=[draft_course.pk]),
        {"note": "", "go_live_at": "1/1/2020 09:00"},
    )
    assert response.status_code == 400
    assert "must be in the future" in response.text
    assert not CoursePage.objects.get(pk=draft_course.pk).workflow_in_progress


def test_an_approved_course_with_a_date_goes_live_only_on_that_date(
    client, trainer, manager, draft_course
):
    when = timezone.localtime() + dt.timedelta(days=3)
    client.force_login(trainer)
    response = client.post(
        reverse("courses_authoring:submit", args=[draft_course.pk]),
        {"note": "For September", "go_live_at": when.strftime("%d/%m/%Y %H:%M")},
    )
    assert response.status_code == 302
    approve(client, manager, draft_course)

    course = CoursePage.objects.get(pk=draft_course.pk)
    lessons = LessonPage.objects.child_of(course)
    assert not course.live
    assert not any(lesson.live for lesson in lessons)
    assert course.get_latest_revision().approved_go_live_at is not None

    call_command("publish_scheduled")  # before the date: nothing happens
    assert not CoursePage.objects.get(pk=course.pk).live

    later = timezone.now() + dt.timedelta(days=4)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(timezone, "now", lambda: later)
        call_command("publish_scheduled")
    assert CoursePage.objects.get(pk=course.pk).live
    assert all(lesson.live for lesson in LessonPage.objects.child_of(course))
