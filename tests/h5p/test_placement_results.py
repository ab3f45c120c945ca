"""H5P results per placement (issue 17): an activity placed in two lessons has a result in
each, so a score in one never completes the other; attempts count `answered` as well as
completed/passed/failed; success comes from the score when the package sends none."""

from __future__ import annotations

import pytest

from learning.progress.models import LessonProgress
from learning.xapi.models import H5PResult
from tests.factories import H5PActivityFactory

from .pages import lesson_with_activity
from .test_progress import h5p_statement, learner_client, media_root, send  # noqa: F401

pytestmark = pytest.mark.django_db


def test_a_score_in_one_lesson_does_not_complete_the_other(home_page, learner_client):  # noqa: F811
    activity = H5PActivityFactory()
    first = lesson_with_activity(home_page, activity)
    second = lesson_with_activity(home_page, activity)

    send(learner_client, h5p_statement(activity, first, "completed", 1, True))

    [result] = H5PResult.objects.all()
    assert result.lesson_id == first.pk
    done = LessonProgress.objects.filter(completed_at__isnull=False)
    assert [p.lesson_id for p in done] == [first.pk]

    send(learner_client, h5p_statement(activity, second, "completed", 0.5, False))
    by_lesson = {r.lesson_id: r.best_scaled for r in H5PResult.objects.all()}
    assert by_lesson == {first.pk: 1, second.pk: 0.5}
    assert not done.filter(lesson_id=second.pk).exists()


def test_answered_counts_as_an_attempt_and_a_closing_completed_does_not_double_it(
    home_page,
    learner_client,  # noqa: F811
):
    activity = H5PActivityFactory()
    lesson = lesson_with_activity(home_page, activity)

    send(learner_client, h5p_statement(activity, lesson, "answered", 0.5, False))
    send(learner_client, h5p_statement(activity, lesson, "answered", 0.6, False))
    send(learner_client, h5p_statement(activity, lesson, "completed", 0.6, False))
    send(learner_client, h5p_statement(activity, lesson, "failed", 0.1, False))

    assert H5PResult.objects.get().attempts == 3


def test_success_comes_from_the_score_when_the_package_sends_none(home_page, learner_client):  # noqa: F811
    activity = H5PActivityFactory()
    lesson = lesson_with_activity(home_page, activity, min_score=0.8)
    statement = h5p_statement(activity, lesson, "answered", 0.9, True)
    del statement["result"]["success"]

    send(learner_client, statement)

    assert H5PResult.objects.get().passed is True
