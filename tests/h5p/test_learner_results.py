"""The learner sees their own H5P results (issue 17): best score as a percentage,
attempts and whether passed, beside each activity on the lesson and in My learning; per
placement, so a result in one lesson does not show in another."""

from __future__ import annotations

import re

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import H5PActivityFactory, UserFactory

from .pages import lesson_with_activity
from .test_progress import h5p_statement, learner_client, media_root, send  # noqa: F401

pytestmark = pytest.mark.django_db


def _result_block(html: str) -> str:
    match = re.search(r'<dl class="govuk-summary-list[^"]*app-h5p__result".*?</dl>', html, re.S)
    return re.sub(r"\s+", " ", match.group(0)) if match else ""


def test_the_lesson_shows_the_learners_best_score_attempts_and_pass(home_page, learner_client):  # noqa: F811
    activity = H5PActivityFactory()
    lesson = lesson_with_activity(home_page, activity, min_score=0.8)
    assert _result_block(learner_client.get(lesson.url).content.decode()) == ""

    send(learner_client, h5p_statement(activity, lesson, "answered", 0.5, False))
    send(learner_client, h5p_statement(activity, lesson, "answered", 0.9, True))

    block = _result_block(learner_client.get(lesson.url).content.decode())
    assert 'Your best score</dt> <dd class="govuk-summary-list__value">90%' in block
    assert 'Attempts</dt> <dd class="govuk-summary-list__value">2' in block
    assert 'Passed</dt> <dd class="govuk-summary-list__value">Yes' in block


def test_a_result_in_one_lesson_does_not_show_in_the_other(home_page, learner_client):  # noqa: F811
    activity = H5PActivityFactory()
    first = lesson_with_activity(home_page, activity)
    second = lesson_with_activity(home_page, activity)

    send(learner_client, h5p_statement(activity, first, "answered", 0.4, False))

    assert "40%" in _result_block(learner_client.get(first.url).content.decode())
    assert _result_block(learner_client.get(second.url).content.decode()) == ""


def test_another_learners_result_is_not_shown(home_page, client, learner_client):  # noqa: F811
    activity = H5PActivityFactory()
    lesson = lesson_with_activity(home_page, activity)
    send(learner_client, h5p_statement(activity, lesson, "answered", 0.7, False))

    client.force_login(UserFactory())
    assert _result_block(client.get(lesson.url).content.decode()) == ""
    assert (
        "You have not done any interactive activities yet."
        in client.get("/my-learning/").content.decode()
    )


def test_my_learning_lists_results_per_placement(home_page, learner_client):  # noqa: F811
    activity = H5PActivityFactory(title="Spot the signs")
    first = lesson_with_activity(home_page, activity)
    send(learner_client, h5p_statement(activity, first, "answered", 0.85, True))
    send(learner_client, h5p_statement(activity, first, "answered", 0.6, False))

    body = re.sub(r"\s+", " ", learner_client.get("/my-learning/").content.decode())

    assert "Interactive activities" in body
    row = re.search(
        r"<tr class=\"govuk-table__row\"> <td class=\"govuk-table__cell\">Spot the signs.*?</tr>",
        body,
    )
    assert row is not None
    assert f'href="{first.url}"' in row.group(0)
    assert ">85%<" in row.group(0)
    assert ">2<" in row.group(0)
    assert ">Yes<" in row.group(0)


def test_lesson_results_cost_one_query_whatever_the_number_of_results(home_page, learner_client):  # noqa: F811
    activity = H5PActivityFactory()
    lesson = lesson_with_activity(home_page, activity)
    send(learner_client, h5p_statement(activity, lesson, "answered", 0.5, False))
    learner_client.get(lesson.url)
    with CaptureQueriesContext(connection) as before:
        learner_client.get(lesson.url)

    others = [lesson_with_activity(home_page, H5PActivityFactory()) for _ in range(3)]
    for other in others:
        send(learner_client, h5p_statement(activity, other, "answered", 0.5, False))
    learner_client.get(lesson.url)  # new lessons move the content version: caches refill
    with CaptureQueriesContext(connection) as after:
        learner_client.get(lesson.url)

    assert len(after) == len(before)
