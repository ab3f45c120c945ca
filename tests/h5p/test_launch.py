"""The player's launch token at the xAPI endpoint: it stands for its learner, its activity
and its lesson, is refused when expired, tampered with, a preview or about anything else,
and is the only thing that lets the player's opaque origin (`Origin: null`) read answers."""

from __future__ import annotations

import json
import uuid
from types import SimpleNamespace
from urllib.parse import parse_qs, urlsplit

import pytest
from allauth.mfa.models import Authenticator

from django.core import signing
from django.test import Client

from courses.h5p.selectors import lesson_iri
from learning.people.roles import Role
from learning.progress.models import LessonProgress
from learning.xapi.models import H5PResult, XAPIState, XAPIStatement
from tests.factories import H5PActivityFactory, UserFactory

from .pages import launch_token, lesson_with_activity, player_src

pytestmark = pytest.mark.django_db

V = {"HTTP_X_EXPERIENCE_API_VERSION": "1.0.3"}
VERBS = "http://adlnet.gov/expapi/verbs/"


@pytest.fixture(autouse=True)
def media_root(tmp_path, settings):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def placed(client, home_page):
    """A learner signed in on a lesson placing an activity, and the token the page signed."""
    learner = UserFactory(first_name="Ada", last_name="Lovelace")
    client.force_login(learner)
    activity = H5PActivityFactory()
    lesson = lesson_with_activity(home_page, activity, min_score=0.8)
    return SimpleNamespace(
        learner=learner,
        activity=activity,
        lesson=lesson,
        token=launch_token(client, lesson),
        client=client,
        home=home_page,
    )


def passed(activity, lesson, **extra) -> dict:
    """What the player sends; the actor is the browser's, and is never believed."""
    return {
        "actor": {"mbox": "mailto:someone-else@example.org", "name": "Someone else"},
        "verb": {"id": VERBS + "completed", "display": {"en-US": "completed"}},
        "object": {"objectType": "Activity", "id": activity.iri},
        "context": {"contextActivities": {"grouping": [{"id": lesson_iri(lesson.pk)}]}},
        "result": {"score": {"min": 0, "max": 1, "raw": 1, "scaled": 1}, "success": True},
        **extra,
    }


def player(token: str) -> Client:
    """The player in its opaque origin: no cookies, `Origin: null`, the token as Bearer."""
    return Client(HTTP_ORIGIN="null", HTTP_AUTHORIZATION=f"Bearer {token}")


def post(http: Client, body, **extra):
    return http.post(
        "/xapi/statements", json.dumps(body), content_type="application/json", **V, **extra
    )


def test_valid_launch_stores_the_statement_for_the_tokens_learner(placed):
    response = post(player(placed.token), passed(placed.activity, placed.lesson))

    assert response.status_code == 200, response.content
    stored = XAPIStatement.objects.get()
    assert stored.learner == placed.learner
    assert stored.client is None
    assert stored.data["actor"] == {
        "objectType": "Agent",
        "name": "Ada Lovelace",
        "account": {"homePage": "http://127.0.0.1:8000", "name": str(placed.learner.pk)},
    }
    # The score reaches the learner's progress: the lesson is complete.
    assert H5PResult.objects.get(learner=placed.learner).passed is True
    assert LessonProgress.objects.get(learner=placed.learner).completed_at is not None
    # The opaque origin may read the answer, without credentials.
    assert response["Access-Control-Allow-Origin"] == "null"
    assert "Access-Control-Allow-Credentials" not in response


def test_sub_content_of_the_activity_is_the_activity(placed):
    part = passed(placed.activity, placed.lesson)
    part["object"]["id"] = f"{placed.activity.iri}?subContentId=abc-123"
    assert post(player(placed.token), part).status_code == 200


def test_expired_launch_is_refused_and_nothing_stored(placed, monkeypatch):
    real_time = signing.time.time
    monkeypatch.setattr(signing, "time", SimpleNamespace(time=lambda: real_time() - 3 * 3600))
    old_token = launch_token(placed.client, placed.lesson)
    monkeypatch.undo()

    response = post(player(old_token), passed(placed.activity, placed.lesson))

    assert response.status_code == 401
    assert response.json()["errors"] == [
        "Authorization: The launch has expired: reload the lesson to start the activity again"
    ]
    assert response["WWW-Authenticate"].startswith("Bearer")
    assert "Access-Control-Allow-Origin" not in response
    assert not XAPIStatement.objects.exists()


def test_tampered_launch_is_refused_and_nothing_stored(placed):
    payload, timestamp, signature = placed.token.split(":")
    someone_else = signing.b64_encode(
        json.dumps(
            {"u": UserFactory().pk, "a": placed.activity.pk, "l": placed.lesson.pk, "p": False}
        ).encode()
    ).decode()
    for forged in (
        f"{someone_else}:{timestamp}:{signature}",
        f"{payload}:{timestamp}:{signature[::-1]}",
        "not-a-token",
    ):
        response = post(player(forged), passed(placed.activity, placed.lesson))
        assert response.status_code == 401, forged
        assert "Access-Control-Allow-Origin" not in response
    assert not XAPIStatement.objects.exists()


def test_launch_cannot_send_statements_about_another_activity(placed):
    other = H5PActivityFactory()
    lesson_with_activity(placed.home, other)

    response = post(
        player(placed.token),
        [passed(placed.activity, placed.lesson), passed(other, placed.lesson)],
    )

    assert response.status_code == 403
    assert response.json()["errors"] == [
        f"statements[1].object.id: a launch may only send statements about {placed.activity.iri}"
    ]
    assert not XAPIStatement.objects.exists()
    assert not H5PResult.objects.exists()


def test_launch_cannot_name_another_lesson(placed):
    elsewhere = lesson_with_activity(placed.home, placed.activity)

    response = post(player(placed.token), passed(placed.activity, elsewhere))

    assert response.status_code == 403
    assert "may only name the lesson it was started from" in response.json()["errors"][0]
    assert not XAPIStatement.objects.exists()


def test_launch_may_not_read_statements(placed):
    [mine] = post(player(placed.token), passed(placed.activity, placed.lesson)).json()
    response = player(placed.token).get("/xapi/statements", {"statementId": mine}, **V)
    assert response.status_code == 403


def test_launch_keeps_state_for_its_activity_only(placed):
    url = "/xapi/activities/state?activityId={}&stateId=h5p-state&agent=%7B%7D"
    http = player(placed.token)

    saved = http.put(url.format(placed.activity.iri), '{"choice": 1}', "application/json", **V)
    other = http.put(url.format("https://example.org/else"), "{}", "application/json", **V)

    assert saved.status_code == 204
    assert other.status_code == 403
    assert XAPIState.objects.get().agent_key == f"user:{placed.learner.pk}"
    restored = http.get(url.format(placed.activity.iri), **V)
    assert restored.json() == {"choice": 1}
    assert restored["Access-Control-Allow-Origin"] == "null"


def test_preview_launch_records_nothing(home_page):
    trainer = UserFactory(roles={Role.TRAINER})
    Authenticator.objects.create(user=trainer, type=Authenticator.Type.TOTP, data={"secret": "x"})
    admin = Client()
    admin.force_login(trainer)
    activity = H5PActivityFactory()  # placed nowhere
    preview = admin.get(f"/admin/snippets/courses/h5pactivity/play/{activity.pk}/")
    src = player_src(preview.content.decode())
    token = parse_qs(urlsplit(src).query)["launch"][0]
    statement = passed(activity, SimpleNamespace(pk=0))
    statement.pop("context")  # a preview is in no lesson

    statements = post(player(token), statement)
    state = player(token).put(
        f"/xapi/activities/state?activityId={activity.iri}&stateId=h5p-state",
        "{}",
        "application/json",
        **V,
    )

    assert statements.status_code == state.status_code == 403
    assert statements.json()["errors"] == ["Authorization: a preview launch records nothing"]
    assert not XAPIStatement.objects.exists()
    assert not XAPIState.objects.exists()


def test_launch_of_an_inactive_learner_is_refused(placed):
    placed.learner.is_active = False
    placed.learner.save()
    assert post(player(placed.token), passed(placed.activity, placed.lesson)).status_code == 401
    assert not XAPIStatement.objects.exists()


def test_preflight_from_the_opaque_origin_allows_the_token_but_no_credentials():
    response = Client().options(
        "/xapi/statements",
        HTTP_ORIGIN="null",
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="POST",
        HTTP_ACCESS_CONTROL_REQUEST_HEADERS="authorization,content-type,x-experience-api-version",
    )

    assert response.status_code == 204
    assert response["Access-Control-Allow-Origin"] == "null"
    allowed = {h.strip().lower() for h in response["Access-Control-Allow-Headers"].split(",")}
    assert {"authorization", "content-type", "x-experience-api-version"} <= allowed
    assert "POST" in response["Access-Control-Allow-Methods"]
    assert "Access-Control-Allow-Credentials" not in response


@pytest.mark.parametrize(
    ("origin", "headers"),
    [
        ("https://elsewhere.example", "authorization,content-type"),
        ("null", "content-type,x-experience-api-version"),  # no token to send
    ],
)
def test_other_preflights_get_no_cors(origin, headers):
    response = Client().options(
        "/xapi/statements",
        HTTP_ORIGIN=origin,
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="POST",
        HTTP_ACCESS_CONTROL_REQUEST_HEADERS=headers,
    )
    assert "Access-Control-Allow-Origin" not in response


def test_opaque_origin_cannot_read_answers_with_the_session(client):
    learner = UserFactory()
    client.force_login(learner)
    params = {"statementId": str(uuid.uuid4())}

    response = client.get("/xapi/statements", params, HTTP_ORIGIN="null", **V)

    assert response.status_code == 404  # the session is signed in: only CORS is missing
    assert "Access-Control-Allow-Origin" not in response
