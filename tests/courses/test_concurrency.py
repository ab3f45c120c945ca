"""Concurrent final-assessment submissions never make two completions (PostgreSQL: row
locks and the unique constraint settle the race; SQLite serialises writes anyway)."""

from __future__ import annotations

import threading

import pytest

from django.db import connections

from learning.exceptions import AssessmentRejected
from learning.progress.models import AssessmentAttempt, CourseCompletion
from learning.progress.services import assessment_start, assessment_submit, knowledge_check_answer
from learning.progress.services import lesson_complete as lesson_complete_service
from tests.factories import CourseIndexPageFactory, UserFactory, course_with_lessons

pytestmark = pytest.mark.postgresql


def _correct_answers(attempt) -> dict[str, list[str]]:
    return {q["id"]: [o["id"] for o in q["options"] if o["correct"]] for q in attempt.questions}


def _race(calls) -> list:
    """Run each call in its own thread (own connection), released together."""
    barrier = threading.Barrier(len(calls))
    results: list = [None] * len(calls)

    def run(index, call):
        try:
            barrier.wait()
            results[index] = call()
        except Exception as error:  # the test inspects what each thread got
            results[index] = error
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=(i, c)) for i, c in enumerate(calls)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return results


@pytest.fixture
def ready_learner(transactional_db, home_page):
    index = CourseIndexPageFactory(parent=home_page)
    course = course_with_lessons(parent=index, lessons=2)
    learner = UserFactory()
    for lesson in course.lessons():
        for question in lesson.knowledge_check_questions().values():
            knowledge_check_answer(
                learner=learner,
                lesson=lesson,
                question_id=question["id"],
                option_ids=[question["options"][0]["id"]],
            )
        lesson_complete_service(learner=learner, lesson=lesson)
    return learner, course


def test_two_concurrent_passing_attempts_make_one_completion(ready_learner):
    learner, course = ready_learner
    attempts = [assessment_start(learner=learner, course=course) for _ in range(2)]
    results = _race(
        [
            lambda a=attempt: assessment_submit(
                learner=learner, attempt_id=a.public_id, answers=_correct_answers(a)
            )
            for attempt in attempts
        ]
    )
    assert all(isinstance(result, AssessmentAttempt) for result in results), results
    assert CourseCompletion.objects.filter(learner=learner, course=course).count() == 1
    assert AssessmentAttempt.objects.filter(learner=learner, passed=True).count() == 2


def test_the_same_attempt_submitted_twice_at_once_is_marked_once(ready_learner):
    learner, course = ready_learner
    attempt = assessment_start(learner=learner, course=course)
    answers = _correct_answers(attempt)
    results = _race(
        [
            lambda: assessment_submit(
                learner=learner, attempt_id=attempt.public_id, answers=answers
            )
            for _ in range(2)
        ]
    )
    rejected = [r for r in results if isinstance(r, AssessmentRejected)]
    assert len(rejected) == 1, results
    assert "already been submitted" in rejected[0].message
    assert CourseCompletion.objects.filter(learner=learner, course=course).count() == 1
