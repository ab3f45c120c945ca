"""Final assessments: attempts, marking, results, and tampered posts refused."""

from __future__ import annotations

import pytest

from learning.progress.models import AssessmentAttempt, CourseCompletion
from tests.factories import CourseIndexPageFactory, UserFactory, course_with_lessons

from .helpers import answers_for, complete_lessons, start_attempt, submit


def _nothing_recorded(learner) -> bool:
    attempts = AssessmentAttempt.objects.filter(learner=learner)
    return (
        not attempts.filter(submitted_at__isnull=False).exists()
        and not attempts.exclude(answers={}).exists()
        and not CourseCompletion.objects.filter(learner=learner).exists()
    )


def test_each_attempt_draws_questions_per_attempt_from_the_bank(course, learner_client):
    _, first = start_attempt(learner_client, course)
    _, second = start_attempt(learner_client, course)
    bank = course.assessment_question_bank()
    assert len(first) == len(second) == 2
    assert set(first) <= set(bank) and set(second) <= set(bank)
    assert AssessmentAttempt.objects.filter(learner=learner_client.learner).count() == 2


def test_failed_assessment_records_score_and_does_not_complete_course(course, learner_client):
    complete_lessons(learner_client, course)
    take_url, ids = start_attempt(learner_client, course)
    data = answers_for(course, ids, correct=True)
    data[f"q-{ids[0]}"] = answers_for(course, ids[:1], correct=False)[f"q-{ids[0]}"]
    response = submit(learner_client, take_url, data)
    attempt = AssessmentAttempt.objects.get(learner=learner_client.learner)
    assert (attempt.score, attempt.passed) == (50, False)
    assert attempt.answers[ids[0]] == data[f"q-{ids[0]}"]
    results = learner_client.get(response["Location"]).text
    assert '<strong id="score">50%</strong>' in results
    assert "You need 80% to pass" in results
    assert "Topics to revisit" in results and 'href="/courses/course' in results
    assert "Lesson 1" in results
    assert not CourseCompletion.objects.exists()


def test_passing_before_finishing_lessons_completes_course_when_last_lesson_is_done(
    course, learner_client
):
    take_url, ids = start_attempt(learner_client, course)
    submit(learner_client, take_url, answers_for(course, ids, correct=True))
    assert not CourseCompletion.objects.exists()
    complete_lessons(learner_client, course)
    completion = CourseCompletion.objects.get(learner=learner_client.learner, course=course)
    assert completion.score == 100


def test_multiple_answer_question_needs_every_correct_option(home_page, learner_client):
    from tests.factories import question_data

    index = CourseIndexPageFactory(parent=home_page)
    course = course_with_lessons(
        parent=index,
        lessons=1,
        questions_per_attempt=1,
        assessment_questions=[("question", question_data(1, multiple=True, topic="lesson-1"))],
    )
    take_url, ids = start_attempt(learner_client, course)
    options = course.assessment_question_bank()[ids[0]]["options"]
    submit(learner_client, take_url, {f"q-{ids[0]}": [options[0]["id"]]})
    assert AssessmentAttempt.objects.get().score == 0


@pytest.mark.parametrize(
    ("tamper", "message"),
    [
        ("unknown_question", "a question that is not part of this attempt"),
        ("option_from_another_question", "is not one of its options"),
        ("two_options_for_single_answer", "Select only one answer"),
        ("unanswered", "Question 2: select an answer"),
    ],
)
def test_tampered_assessment_post_is_rejected_and_nothing_recorded(
    course, learner_client, tamper, message
):
    take_url, ids = start_attempt(learner_client, course)
    data = answers_for(course, ids, correct=True)
    bank = course.assessment_question_bank()
    if tamper == "unknown_question":
        data["q-00000000-0000-0000-0000-000000000000"] = data[f"q-{ids[0]}"]
    elif tamper == "option_from_another_question":
        data[f"q-{ids[0]}"] = [bank[ids[1]]["options"][0]["id"]]
    elif tamper == "two_options_for_single_answer":
        data[f"q-{ids[0]}"] = [o["id"] for o in bank[ids[0]]["options"][:2]]
    elif tamper == "unanswered":
        del data[f"q-{ids[1]}"]
    response = submit(learner_client, take_url, data)
    assert response.status_code == 400
    assert "There is a problem" in response.text
    assert message in response.text
    assert _nothing_recorded(learner_client.learner)


def test_replayed_attempt_is_rejected_and_changes_nothing(course, learner_client):
    take_url, ids = start_attempt(learner_client, course)
    wrong = answers_for(course, ids, correct=False)
    submit(learner_client, take_url, wrong)
    response = submit(learner_client, take_url, answers_for(course, ids, correct=True))
    assert response.status_code == 400
    assert "already been submitted" in response.text
    attempt = AssessmentAttempt.objects.get()
    assert (attempt.score, attempt.passed) == (0, False)
    assert not CourseCompletion.objects.exists()


def test_another_learners_attempt_is_rejected(course, learner_client):
    from django.test import Client

    take_url, ids = start_attempt(learner_client, course)
    intruder = Client()
    intruder_user = UserFactory()
    intruder.force_login(intruder_user)
    response = submit(intruder, take_url, answers_for(course, ids, correct=True))
    assert response.status_code == 400
    assert "belongs to someone else" in response.text
    assert intruder.get(take_url).status_code == 404
    assert _nothing_recorded(learner_client.learner)
    assert not AssessmentAttempt.objects.filter(learner=intruder_user).exists()


def test_results_of_another_learners_attempt_are_not_shown(course, learner_client):
    from django.test import Client

    take_url, ids = start_attempt(learner_client, course)
    submit(learner_client, take_url, answers_for(course, ids, correct=True))
    intruder = Client()
    intruder.force_login(UserFactory())
    assert intruder.get(take_url + "results/").status_code == 404
