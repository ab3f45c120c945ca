"""The player page and the package files it loads: signed-in only, framed only by us,
under a policy that allows the player and nothing else."""

from __future__ import annotations

import pytest

from courses.h5p.player import H5P_FRAME_SCRIPT_HASH
from tests.factories import H5PActivityFactory, UserFactory

from .pages import lesson_with_activity

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def media_root(tmp_path, settings):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def learner_client(client):
    client.force_login(UserFactory())
    return client


def test_player_page_has_its_own_strict_policy_and_may_be_framed_by_us(
    learner_client, django_assert_max_num_queries
):
    activity = H5PActivityFactory()

    with django_assert_max_num_queries(6):
        response = learner_client.get(f"/h5p/activities/{activity.pk}/play/?lesson=7")

    assert response.status_code == 200
    assert response["X-Frame-Options"] == "SAMEORIGIN"
    policy = dict(
        part.strip().split(" ", 1) for part in response["Content-Security-Policy"].split(";")
    )
    assert policy["script-src"] == f"'self' {H5P_FRAME_SCRIPT_HASH}"
    assert policy["frame-ancestors"] == "'self'"
    assert policy["connect-src"] == "'self'"
    assert "unsafe-eval" not in response["Content-Security-Policy"]
    html = response.content.decode()
    assert f'data-activity-iri="{activity.iri}"' in html
    assert 'data-lesson-iri="http://127.0.0.1:8000/xapi/lessons/7"' in html
    assert "<script>" not in html  # no inline script of ours


def test_package_files_are_served_from_storage(learner_client):
    activity = H5PActivityFactory()

    response = learner_client.get(f"/h5p/activities/{activity.pk}/files/h5p.json")
    script = learner_client.get(
        f"/h5p/activities/{activity.pk}/files/H5P.NeglectQuiz-1.0/neglect-quiz.js"
    )

    assert b"".join(response.streaming_content).startswith(b"{")
    assert response["Content-Type"] == "application/json"
    assert script["Content-Type"] == "text/javascript"
    assert script["X-Content-Type-Options"] == "nosniff"


@pytest.mark.parametrize("path", ["../../../etc/passwd", ".unpacked", "content/missing.json"])
def test_paths_outside_the_package_are_not_found(learner_client, path):
    activity = H5PActivityFactory()
    assert learner_client.get(f"/h5p/activities/{activity.pk}/files/{path}").status_code == 404


def test_player_and_files_need_a_sign_in(client):
    activity = H5PActivityFactory()
    for url in (
        f"/h5p/activities/{activity.pk}/play/",
        f"/h5p/activities/{activity.pk}/files/h5p.json",
    ):
        assert client.get(url).status_code == 302


def test_lesson_frames_the_player_in_a_sandbox(learner_client, home_page):
    activity = H5PActivityFactory()
    lesson = lesson_with_activity(home_page, activity, min_score=0.75)

    html = learner_client.get(lesson.url).content.decode()

    assert f'src="/h5p/activities/{activity.pk}/play/?lesson={lesson.pk}"' in html
    assert 'sandbox="allow-scripts allow-same-origin allow-forms"' in html
    assert f'title="Interactive activity: {activity.title}"' in html
    assert "score at least 75% in this activity" in html
