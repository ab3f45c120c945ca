"""Status per course in the catalogue, the course page's progress, and My learning."""

from __future__ import annotations

from datetime import timedelta

import pytest
from dateutil.relativedelta import relativedelta

from django.utils import timezone

from learning.progress.models import CourseCompletion
from learning.progress.services import course_completion_record
from tests.factories import (
    CourseIndexPageFactory,
    LessonPageFactory,
    course_with_lessons,
)

from .helpers import answer_knowledge_checks, answers_for, complete_lessons, start_attempt, submit


@pytest.fixture
def index(home_page):
    return CourseIndexPageFactory(parent=home_page)


def _complete_first_lesson(client, course):
    lesson = course.lessons().first()
    answer_knowledge_checks(client, lesson)
    client.post(f"/learning/lessons/{lesson.pk}/complete/")


def test_course_page_offers_to_continue_where_the_learner_left_off(index, learner_client):
    course = course_with_lessons(parent=index, lessons=3)
    lessons = list(course.lessons())
    page = learner_client.get(course.url).text
    assert "Start the course" in page
    _complete_first_lesson(learner_client, course)
    page = learner_client.get(course.url).text
    assert "Continue where you left off" in page
    assert f'href="{lessons[1].url}" role="button"' in page
    assert 'value="25"' in page  # 1 of 3 lessons and the assessment


def test_catalogue_shows_completed_with_date_and_refresher_due(index, learner_client):
    done = course_with_lessons(parent=index, lessons=1, title="Done course", validity_months=36)
    due = course_with_lessons(parent=index, lessons=1, title="Due course", validity_months=36)
    course_completion_record(learner=learner_client.learner, course=done)
    course_completion_record(
        learner=learner_client.learner,
        course=due,
        completed_at=timezone.now() - relativedelta(months=36) + timedelta(days=10),
    )
    page = learner_client.get(index.url).text
    assert "Completed on" in page
    assert "Refresher due" in page
    my_learning = learner_client.get("/my-learning/").text
    assert 'id="refresher-due"' in my_learning and "Due course" in my_learning
    assert 'id="completed"' in my_learning and "Done course" in my_learning
    assert timezone.localdate().strftime("%-d %B %Y") in my_learning


def test_my_learning_lists_courses_in_progress_with_percentage(index, learner_client):
    course = course_with_lessons(parent=index, lessons=2, title="Half-way course")
    _complete_first_lesson(learner_client, course)
    page = learner_client.get("/my-learning/").text
    assert 'id="in-progress"' in page
    assert "Half-way course" in page
    assert "33% done" in page


def test_my_learning_panels_hook_still_renders(index, learner_client):
    from wagtail import hooks

    from learning.my_learning.panels import MyLearningPanel

    with hooks.register_temporarily(
        "register_my_learning_panel",
        lambda: MyLearningPanel(
            order=5, template="components/tag.html", get_context=lambda r: {"text": "Panel here"}
        ),
    ):
        page = learner_client.get("/my-learning/").text
    assert "Panel here" in page


def test_editing_course_after_completion_keeps_the_completion(index, learner_client):
    course = course_with_lessons(parent=index, lessons=1)
    complete_lessons(learner_client, course)
    take_url, ids = start_attempt(learner_client, course)
    submit(learner_client, take_url, answers_for(course, ids, correct=True))
    completion = CourseCompletion.objects.get(learner=learner_client.learner)
    LessonPageFactory(parent=course, slug="new-lesson")
    course.title = "Renamed course"
    course.save_revision().publish()
    assert CourseCompletion.objects.get(pk=completion.pk).completed_at == completion.completed_at
    assert "Completed" in learner_client.get(index.url).text
