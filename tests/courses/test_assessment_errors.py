"""Issue 19, learners: the final assessment's error summary lists every unanswered question
and each question shows its own error, at the assessment's own address; the results page
says what is left and links the certificate when there is one."""

from __future__ import annotations

import re

import pytest

from learning.progress.models import AssessmentAttempt, CourseCompletion

from .helpers import answers_for, complete_lessons, start_attempt

pytestmark = pytest.mark.django_db


def _form_action(html: str) -> str:
    return re.search(r'<form method="post" action="([^"]+)"', html).group(1)


def test_empty_submit_lists_every_question_with_inline_errors_at_the_same_address(
    course, learner_client
):
    take_url, ids = start_attempt(learner_client, course)
    action = _form_action(learner_client.get(take_url).text)
    assert action == take_url
    response = learner_client.post(action, {})
    assert response.status_code == 400
    html = response.text
    summary = html.split('class="govuk-error-summary"')[1].split("</ul>")[0]
    for number, qid in enumerate(ids, start=1):
        assert f'<a href="#q-{qid}-1">Question {number}: select an answer.</a>' in summary
        assert f'id="q-{qid}-error"' in html
    assert html.count("govuk-form-group--error") == len(ids)
    assert "<title>Error:" in html
    assert _form_action(html) == take_url
    assert not AssessmentAttempt.objects.filter(submitted_at__isnull=False).exists()


def test_answers_given_are_kept_and_only_the_unanswered_are_flagged(course, learner_client):
    take_url, ids = start_attempt(learner_client, course)
    data = answers_for(course, ids[:1], correct=True)
    html = learner_client.post(take_url, data).text
    assert "Question 1: select an answer" not in html
    assert f'<a href="#q-{ids[1]}-1">Question 2: select an answer.</a>' in html
    chosen = data[f"q-{ids[0]}"][0]
    assert re.search(rf'value="{chosen}"\s+checked', html)


def test_a_full_answer_at_the_assessment_address_is_marked(course, learner_client):
    take_url, ids = start_attempt(learner_client, course)
    response = learner_client.post(take_url, answers_for(course, ids, correct=True))
    assert response.status_code == 302
    assert response["Location"].endswith("/results/")


def test_passing_before_the_lessons_says_which_lessons_are_left(course, learner_client):
    take_url, ids = start_attempt(learner_client, course)
    response = learner_client.post(take_url, answers_for(course, ids, correct=True))
    html = learner_client.get(response["Location"]).text
    assert "You passed" in html
    assert "You still need to complete 2 lessons" in html
    for lesson in course.lessons():
        assert f'<a class="govuk-link" href="{lesson.url}">{lesson.title}</a>' in html
    assert "Get your certificate" not in html


def test_passing_after_the_lessons_links_the_certificate(course, learner_client):
    complete_lessons(learner_client, course)
    take_url, ids = start_attempt(learner_client, course)
    response = learner_client.post(take_url, answers_for(course, ids, correct=True))
    assert CourseCompletion.objects.filter(learner=learner_client.learner).exists()
    html = learner_client.get(response["Location"]).text
    assert "You have completed Neglect basics" in html
    assert 'href="/my-learning/#certificates">Get your certificate</a>' in html
    my_learning = learner_client.get("/my-learning/").text
    assert 'id="certificates"' in my_learning
