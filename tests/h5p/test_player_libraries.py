"""What real H5P libraries need from the isolated player (issue 17), found by playing the
real packages (tests/browser/test_h5p_real_packages.py), each allowed no wider than needed:
a CORS preflight for files fetched with X-Requested-With, the player page's own address as
the only base, Web Workers from blob: URLs, and one inline handler by its hash."""

from __future__ import annotations

import pytest

from django.test import Client

from tests.factories import H5PActivityFactory, UserFactory

from .pages import launch_token, lesson_with_activity, player_src
from .test_player import files_of, policy_of

pytestmark = pytest.mark.django_db

SOUND = "H5P.NeglectQuiz-1.0/neglect-quiz.js"


@pytest.fixture(autouse=True)
def media_root(tmp_path, settings):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def launch(client, home_page):
    client.force_login(UserFactory())
    activity = H5PActivityFactory()
    lesson = lesson_with_activity(home_page, activity)
    return (
        activity,
        launch_token(client, lesson),
        player_src(client.get(lesson.url).content.decode()),
    )


def test_opaque_origin_may_fetch_package_files_with_x_requested_with(launch):
    activity, token, _src = launch

    preflight = Client(HTTP_ORIGIN="null").options(
        f"{files_of(activity, token)}/{SOUND}",
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET",
        HTTP_ACCESS_CONTROL_REQUEST_HEADERS="x-requested-with",
    )

    assert preflight.status_code == 204
    assert preflight["Access-Control-Allow-Origin"] == "null"
    assert preflight["Access-Control-Allow-Headers"] == "X-Requested-With"
    assert preflight["Access-Control-Allow-Methods"] == "GET, HEAD"
    assert "Access-Control-Allow-Credentials" not in preflight
    assert not preflight.content  # a preflight never carries the file


def test_preflight_is_refused_without_a_valid_launch_and_answered_only_to_the_opaque_origin(
    launch,
):
    activity, token, _src = launch
    tampered = token[:-2] + ("AA" if not token.endswith("AA") else "BB")

    refused = Client(HTTP_ORIGIN="null").options(f"{files_of(activity, tampered)}/{SOUND}")
    elsewhere = Client(HTTP_ORIGIN="https://elsewhere.example").options(
        f"{files_of(activity, token)}/{SOUND}"
    )

    assert refused.status_code == 403
    assert "Access-Control-Allow-Headers" not in elsewhere
    assert "Access-Control-Allow-Origin" not in elsewhere


def test_player_policy_allows_only_its_own_address_as_base_workers_from_blobs_and_one_hash(
    launch,
):
    activity, token, src = launch

    page = policy_of(Client().get(src))
    file = policy_of(Client().get(f"{files_of(activity, token)}/{SOUND}"))

    for policy in (page, file):
        assert policy["base-uri"] == f"http://testserver/h5p/activities/{activity.pk}/play/"
        assert policy["worker-src"] == "blob:"
        script = policy["script-src"].split()
        assert "'unsafe-hashes'" in script
        assert "'sha256-2rvfFrggTCtyF5WOiTri1gDS8Boibj4Njn0e+VCBmDI='" in script
        assert "'unsafe-inline'" not in script
