"""The three seeded courses: published where the issue says, and completable end to end."""

from __future__ import annotations

import pytest

from django.core.management import call_command
from django.utils.html import escape

from courses.catalogue.models import CoursePage, LessonPage
from learning.progress.models import AssessmentAttempt, CourseCompletion
from tests.factories import UserFactory

from .helpers import answers_for, complete_lessons, start_attempt, submit

SEEDED = ["understanding-child-neglect", "graded-care-profile-2", "action"]


@pytest.fixture
def seeded(home_page):
    from courses.catalogue.seed import seed_courses

    return seed_courses(home=home_page)


def test_seed_publishes_three_courses_with_lessons_sources_and_banks(seeded, client):
    for slug in SEEDED:
        course = CoursePage.objects.live().get(slug=slug)
        assert course.url == f"/courses/{slug}/"
        lessons = list(course.lessons())
        assert len(lessons) >= 5
        with_checks = [lesson for lesson in lessons if lesson.knowledge_check_questions()]
        assert len(with_checks) > len(lessons) / 2
        assert all(len(lesson.sources) >= 1 for lesson in lessons)
        assert len(course.assessment_question_bank()) >= 15
        assert course.pass_mark == 80
        topics = {q["topic"] for q in course.assessment_question_bank().values()}
        assert topics <= {lesson.slug for lesson in lessons}


def test_seed_demo_is_idempotent(db):
    call_command("seed_demo", verbosity=0)
    counts = (CoursePage.objects.count(), LessonPage.objects.count())
    call_command("seed_demo", verbosity=0)
    assert (CoursePage.objects.count(), LessonPage.objects.count()) == counts
    assert set(SEEDED) <= set(CoursePage.objects.live().values_list("slug", flat=True))


@pytest.mark.parametrize("slug", SEEDED)
def test_learner_completes_seeded_course_after_failing_assessment_once(seeded, client, slug):
    learner = UserFactory()
    client.force_login(learner)
    course = CoursePage.objects.get(slug=slug)

    assert client.get("/courses/").status_code == 200
    complete_lessons(client, course)
    assert not CourseCompletion.objects.filter(learner=learner).exists()

    take_url, question_ids = start_attempt(client, course)
    assert len(question_ids) == course.questions_per_attempt
    failed = submit(client, take_url, answers_for(course, question_ids, correct=False))
    assert failed.status_code == 302
    results = client.get(failed["Location"])
    assert "You did not pass this time" in results.text
    assert "Topics to revisit" in results.text
    assert not CourseCompletion.objects.filter(learner=learner).exists()

    take_url, question_ids = start_attempt(client, course)
    passed = submit(client, take_url, answers_for(course, question_ids, correct=True))
    results = client.get(passed["Location"])
    assert "You passed" in results.text
    assert '<strong id="score">100%</strong>' in results.text

    completions = CourseCompletion.objects.filter(learner=learner, course=course)
    assert completions.count() == 1
    assert completions.get().score == 100
    assert AssessmentAttempt.objects.filter(learner=learner, course=course).count() == 2

    # A second passing attempt does not make a second completion.
    take_url, question_ids = start_attempt(client, course)
    submit(client, take_url, answers_for(course, question_ids, correct=True))
    assert CourseCompletion.objects.filter(learner=learner, course=course).count() == 1

    my_learning = client.get("/my-learning/")
    assert escape(course.title) in my_learning.text
    assert "Completed on" in my_learning.text
