"""H5P statements into progress: a required activity needs its minimum score."""

from __future__ import annotations

import base64
import json

import pytest

from courses.h5p.selectors import lesson_iri
from learning.exceptions import LessonNotComplete
from learning.progress.models import LessonProgress
from learning.progress.services import lesson_complete
from learning.xapi.models import H5PResult
from tests.factories import H5PActivityFactory, UserFactory, XAPIClientFactory

from .pages import lesson_with_activity

pytestmark = pytest.mark.django_db

V = {"HTTP_X_EXPERIENCE_API_VERSION": "1.0.3"}
VERBS = "http://adlnet.gov/expapi/verbs/"


@pytest.fixture(autouse=True)
def media_root(tmp_path, settings):
    settings.MEDIA_ROOT = tmp_path / "media"


def h5p_statement(activity, lesson, verb: str, score: float, success: bool) -> dict:
    """What the H5P player sends (its actor is the browser's and gets replaced)."""
    return {
        "actor": {"name": "whoever", "mbox": "mailto:whoever@example.org"},
        "verb": {"id": VERBS + verb, "display": {"en-US": verb}},
        "object": {"objectType": "Activity", "id": activity.iri},
        "context": {"contextActivities": {"parent": [{"id": lesson_iri(lesson.pk)}]}},
        "result": {
            "score": {"min": 0, "max": 1, "raw": score, "scaled": score},
            "success": success,
            "completion": True,
        },
    }


def send(client, *statements):
    response = client.post(
        "/xapi/statements", json.dumps(list(statements)), "application/json", **V
    )
    assert response.status_code == 200, response.content
    return response


@pytest.fixture
def learner_client(client):
    client.user = UserFactory()
    client.force_login(client.user)
    return client


def test_failed_attempt_does_not_complete_the_lesson_and_a_pass_does(home_page, learner_client):
    activity = H5PActivityFactory()
    lesson = lesson_with_activity(home_page, activity, min_score=0.8)
    learner = learner_client.user

    send(
        learner_client,
        h5p_statement(activity, lesson, "answered", 0, False),
        h5p_statement(activity, lesson, "completed", 0, False),
    )

    result = H5PResult.objects.get(learner=learner, activity=activity)
    assert (result.best_scaled, result.passed, result.attempts) == (0, False, 1)
    assert not LessonProgress.objects.filter(learner=learner, completed_at__isnull=False).exists()
    with pytest.raises(LessonNotComplete) as unmet:
        lesson_complete(learner=learner, lesson=lesson)
    assert unmet.value.errors == [f"Score at least 80% in the activity '{activity.title}'"]

    send(
        learner_client,
        h5p_statement(activity, lesson, "answered", 1, True),
        h5p_statement(activity, lesson, "completed", 1, True),
    )

    result.refresh_from_db()
    assert (result.best_scaled, result.passed, result.attempts) == (1, True, 2)
    progress = LessonProgress.objects.get(learner=learner, lesson=lesson)
    assert progress.completed_at is not None


def test_best_score_is_kept_after_a_worse_attempt(home_page, learner_client):
    activity = H5PActivityFactory()
    lesson = lesson_with_activity(home_page, activity)
    send(learner_client, h5p_statement(activity, lesson, "completed", 0.9, True))
    send(learner_client, h5p_statement(activity, lesson, "completed", 0.2, False))

    result = H5PResult.objects.get()
    assert (result.best_scaled, result.last_scaled) == (0.9, 0.2)
    assert LessonProgress.objects.get().completed_at is not None


def test_activity_not_required_does_not_hold_the_lesson_back(home_page):
    learner = UserFactory()
    lesson = lesson_with_activity(home_page, H5PActivityFactory(), required=False)
    assert lesson_complete(learner=learner, lesson=lesson).completed_at is not None


def test_statement_naming_a_lesson_without_the_activity_completes_nothing(
    home_page, learner_client
):
    activity = H5PActivityFactory()
    lesson_with_activity(home_page, activity)
    unrelated = lesson_with_activity(home_page, H5PActivityFactory(), required=False)

    send(learner_client, h5p_statement(activity, unrelated, "passed", 1, True))

    assert H5PResult.objects.get().passed is True
    assert not LessonProgress.objects.exists()


def test_tool_statements_do_not_touch_learners_progress(home_page, learner_client):
    activity = H5PActivityFactory()
    lesson = lesson_with_activity(home_page, activity)
    learner_client.logout()
    tool = XAPIClientFactory()
    token = base64.b64encode(f"{tool.key}:{tool.plain_secret}".encode()).decode()
    response = learner_client.post(
        "/xapi/statements",
        json.dumps(h5p_statement(activity, lesson, "passed", 1, True)),
        "application/json",
        HTTP_AUTHORIZATION=f"Basic {token}",
        **V,
    )

    assert response.status_code == 200
    assert not H5PResult.objects.exists()
