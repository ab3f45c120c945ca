"""The player page and the package files it loads run in an opaque origin: the lesson frames
the player without allow-same-origin, every response carries a sandboxing policy, and what
the player may load comes from the launch token the lesson page signs, not the session."""

from __future__ import annotations

import re
from types import SimpleNamespace

import pytest
from allauth.mfa.models import Authenticator

from django.core import signing
from django.core.files.base import ContentFile
from django.test import Client, RequestFactory

from learning.people.roles import Role
from tests.factories import H5PActivityFactory, UserFactory

from .packages import package_with
from .pages import launch_token, lesson_with_activity, player_src

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def media_root(tmp_path, settings):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def learner_client(client):
    client.user = UserFactory()
    client.force_login(client.user)
    return client


def policy_of(response) -> dict[str, str]:
    return dict(
        (part.strip().split(" ", 1) + [""])[:2]
        for part in response["Content-Security-Policy"].split(";")
        if part.strip()
    )


def files_of(activity, token: str) -> str:
    return f"/h5p/activities/{activity.pk}/files/{token}"


def test_lesson_frames_the_player_in_an_opaque_origin(learner_client, home_page):
    activity = H5PActivityFactory()
    lesson = lesson_with_activity(home_page, activity, min_score=0.75)

    html = learner_client.get(lesson.url).content.decode()

    [frame] = re.findall(r"<iframe[^>]*>", html)
    assert 'sandbox="allow-scripts"' in frame
    assert "allow-same-origin" not in frame
    assert "allow-top-navigation" not in frame
    assert "allow-popups" not in frame
    assert player_src(html).startswith(f"/h5p/activities/{activity.pk}/play/?launch=")
    assert f'title="Interactive activity: {activity.title}"' in html
    assert "score at least 75% in this activity" in html


def test_player_page_is_sandboxed_and_may_only_reach_its_files_and_the_xapi_endpoint(
    learner_client, home_page, django_assert_max_num_queries
):
    activity = H5PActivityFactory()
    lesson = lesson_with_activity(home_page, activity)
    src = player_src(learner_client.get(lesson.url).content.decode())
    token = launch_token(learner_client, lesson)

    with django_assert_max_num_queries(3):
        response = Client().get(src)  # no session: an opaque origin sends no cookies

    assert response.status_code == 200
    assert response["X-Frame-Options"] == "SAMEORIGIN"
    policy = policy_of(response)
    files = f"http://testserver{files_of(activity, token)}/"
    assert policy["sandbox"] == "allow-scripts"
    assert policy["frame-ancestors"] == "'self'"
    assert policy["connect-src"] == (
        f"http://testserver/xapi/statements http://testserver/xapi/activities/state {files}"
    )
    assert "'unsafe-eval'" in policy["script-src"].split()
    assert "'self'" not in policy["script-src"] and "'unsafe-inline'" not in policy["script-src"]
    assert policy["default-src"] == "'none'"
    html = response.content.decode()
    assert f'data-launch-token="{token}"' in html
    assert f'data-lesson-iri="http://127.0.0.1:8000/xapi/lessons/{lesson.pk}"' in html
    assert 'data-preview="false"' in html
    assert "<script>" not in html  # no inline script of ours
    # 'unsafe-eval' is the player's alone: the lesson page keeps the site's strict policy.
    assert "unsafe-eval" not in learner_client.get(lesson.url)["Content-Security-Policy"]


def test_package_files_carry_the_sandbox_policy_and_open_only_to_the_opaque_origin(
    learner_client, home_page
):
    activity = H5PActivityFactory()
    token = launch_token(learner_client, lesson_with_activity(home_page, activity))
    opaque = Client(HTTP_ORIGIN="null")

    manifest = opaque.get(f"{files_of(activity, token)}/h5p.json")
    script = opaque.get(f"{files_of(activity, token)}/H5P.NeglectQuiz-1.0/neglect-quiz.js")
    elsewhere = Client(HTTP_ORIGIN="https://elsewhere.example").get(
        f"{files_of(activity, token)}/h5p.json"
    )

    assert b"".join(manifest.streaming_content).startswith(b"{")
    assert manifest["Content-Type"] == "application/json"
    assert script["Content-Type"] == "text/javascript"
    assert script["X-Content-Type-Options"] == "nosniff"
    for response in (manifest, script):
        assert policy_of(response)["sandbox"] == "allow-scripts"
        assert response["Access-Control-Allow-Origin"] == "null"
        assert "Access-Control-Allow-Credentials" not in response
    assert "Access-Control-Allow-Origin" not in elsewhere


@pytest.mark.parametrize("name", ["content/drawing.svg", "content/data.xml", "content/UP.SVG"])
def test_svg_and_xml_files_cannot_run_script_in_the_site_origin(learner_client, home_page, name):
    svg = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.cookie)</script></svg>'
    activity = H5PActivityFactory(package=ContentFile(package_with({name: svg}), name="svg.h5p"))
    token = launch_token(learner_client, lesson_with_activity(home_page, activity))

    response = Client().get(f"{files_of(activity, token)}/{name}")

    assert response.status_code == 200
    policy = policy_of(response)
    assert policy["sandbox"] == ""  # sandboxed with no allow-scripts: no script at all
    assert policy["default-src"] == "'none'"
    assert response["Content-Disposition"].startswith("attachment")
    assert response["X-Content-Type-Options"] == "nosniff"


@pytest.mark.parametrize("path", ["../../../etc/passwd", ".unpacked", "content/missing.json"])
def test_paths_outside_the_package_are_not_found(learner_client, home_page, path):
    activity = H5PActivityFactory()
    token = launch_token(learner_client, lesson_with_activity(home_page, activity))
    assert Client().get(f"{files_of(activity, token)}/{path}").status_code == 404


def test_player_and_files_refuse_a_missing_tampered_or_foreign_token(learner_client, home_page):
    activity = H5PActivityFactory()
    other = H5PActivityFactory()
    token = launch_token(learner_client, lesson_with_activity(home_page, activity))
    foreign = launch_token(learner_client, lesson_with_activity(home_page, other))
    tampered = token[:-2] + ("AA" if not token.endswith("AA") else "BB")
    anyone = Client()

    assert anyone.get(f"/h5p/activities/{activity.pk}/play/").status_code == 403
    for bad in (tampered, foreign):
        play = anyone.get(f"/h5p/activities/{activity.pk}/play/", {"launch": bad})
        assert play.status_code == 403
        assert anyone.get(f"{files_of(activity, bad)}/h5p.json").status_code == 403
    assert (
        "for another activity"
        in anyone.get(f"/h5p/activities/{activity.pk}/play/", {"launch": foreign}).content.decode()
    )


def test_expired_launch_is_refused(learner_client, home_page, monkeypatch):
    activity = H5PActivityFactory()
    lesson = lesson_with_activity(home_page, activity)
    real_time = signing.time.time
    # The lesson page was opened three hours ago; tokens last two.
    monkeypatch.setattr(signing, "time", SimpleNamespace(time=lambda: real_time() - 3 * 3600))
    token = launch_token(learner_client, lesson)
    monkeypatch.undo()

    response = Client().get(f"/h5p/activities/{activity.pk}/play/", {"launch": token})

    assert response.status_code == 403
    assert "The launch has expired" in response.content.decode()
    assert Client().get(f"{files_of(activity, token)}/h5p.json").status_code == 403


def test_unplaced_activity_is_not_playable_by_a_learner(learner_client, home_page):
    activity = H5PActivityFactory()

    # No lesson places it, so no lesson page gives a learner a launch for it...
    assert learner_client.get(f"/h5p/activities/{activity.pk}/play/").status_code == 403
    # ...nor may a learner open the trainers' preview.
    preview = learner_client.get(f"/admin/snippets/courses/h5pactivity/play/{activity.pk}/")
    assert preview.status_code in (302, 403)
    assert "launch=" not in preview.content.decode()


def test_launch_stops_playing_once_its_lesson_is_unpublished(learner_client, home_page):
    activity = H5PActivityFactory()
    lesson = lesson_with_activity(home_page, activity)
    src = player_src(learner_client.get(lesson.url).content.decode())
    assert Client().get(src).status_code == 200

    lesson.unpublish()

    assert Client().get(src).status_code == 404


def test_lesson_offers_no_player_before_sign_in(client, home_page):
    activity = H5PActivityFactory()
    lesson = lesson_with_activity(home_page, activity)
    html = client.get(lesson.url).content.decode()
    assert player_src(html) == ""


@pytest.fixture
def trainer_client(home_page):
    trainer = UserFactory(roles={Role.TRAINER})
    Authenticator.objects.create(user=trainer, type=Authenticator.Type.TOTP, data={"secret": "x"})
    client = Client()
    client.force_login(trainer)
    client.user = trainer
    return client


def test_trainer_previews_an_unplaced_activity_in_the_same_isolation(trainer_client):
    activity = H5PActivityFactory()

    listing = trainer_client.get("/admin/snippets/courses/h5pactivity/")
    page = trainer_client.get(f"/admin/snippets/courses/h5pactivity/play/{activity.pk}/")

    assert f"/admin/snippets/courses/h5pactivity/play/{activity.pk}/" in listing.content.decode()
    assert page.status_code == 200
    html = page.content.decode()
    [frame] = re.findall(r"<iframe[^>]*>", html)
    assert 'sandbox="allow-scripts"' in frame and "allow-same-origin" not in frame
    src = player_src(html)
    player = Client().get(src)
    assert player.status_code == 200
    assert policy_of(player)["sandbox"] == "allow-scripts"
    assert 'data-preview="true"' in player.content.decode()
    assert "nothing you do here is recorded" in player.content.decode()


def preview_of(lesson, user) -> str:
    """The lesson as Wagtail's page preview shows it to `user` (a draft, or unsaved edits)."""
    signed_in = Client()
    signed_in.force_login(user)
    original = RequestFactory().get(
        "/", HTTP_COOKIE=f"sessionid={signed_in.cookies['sessionid'].value}"
    )
    return lesson.make_preview_request(original_request=original).content.decode()


def test_trainer_previews_a_draft_lesson_with_a_preview_launch(trainer_client, home_page):
    activity = H5PActivityFactory()
    lesson = lesson_with_activity(home_page, activity)
    lesson.unpublish()  # a draft: learners cannot play it yet

    src = player_src(preview_of(lesson, trainer_client.user))
    player = Client().get(src)

    assert player.status_code == 200
    assert 'data-preview="true"' in player.content.decode()
    assert player_src(preview_of(lesson, UserFactory())) == ""  # no launch without the right
