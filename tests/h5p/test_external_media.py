"""Media a package plays from another host (issue 17): the isolated player's policy lets in
only the hosts in H5P_MEDIA_HOSTS; media from any other host is named to the trainer when
the package is uploaded and to learners in the lesson, instead of leaving a silent gap."""

from __future__ import annotations

import json

import pytest
from allauth.mfa.models import Authenticator

from django.contrib.messages import get_messages
from django.core.cache import cache
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from courses.h5p.demo import demo_package_files
from courses.h5p.models import H5PActivity
from tests.factories import H5PActivityFactory, UserFactory

from .packages import package_with
from .pages import lesson_with_activity, player_src
from .test_player import policy_of

pytestmark = pytest.mark.django_db

YOUTUBE = "https://www.youtube.com/watch?v=dQw4w9WgXcQ"
ELSEWHERE_VIDEO = "https://videos.example.org/neglect/case-study.mp4"
ELSEWHERE_IMAGE = "https://cdn.example.net/pictures/kitchen.jpg"


@pytest.fixture(autouse=True)
def media_root(tmp_path, settings):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.H5P_MEDIA_HOSTS = ["www.youtube.com", "www.youtube-nocookie.com"]
    cache.clear()


def package_playing(*urls_and_mimes: tuple[str, str]) -> bytes:
    """The demo quiz with content.json pointing at media, as H5P's file objects do."""
    content = json.loads(demo_package_files()["content/content.json"])
    content["media"] = [
        {"params": {"sources": [{"path": url, "mime": mime}]}} for url, mime in urls_and_mimes
    ]
    content["image"] = {"path": "images/local.png", "mime": "image/png"}  # in the package
    return package_with({"content/content.json": json.dumps(content).encode()})


@pytest.fixture
def admin_client(client, home_page):
    admin = UserFactory(is_superuser=True, is_staff=True, agency=None)
    Authenticator.objects.create(user=admin, type=Authenticator.Type.TOTP, data={"secret": "x"})
    client.force_login(admin)
    return client


def upload_messages(admin_client, data: bytes) -> list[tuple[str, str]]:
    response = admin_client.post(
        "/admin/snippets/courses/h5pactivity/add/",
        {"title": "Case study", "package": SimpleUploadedFile("case.h5p", data)},
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    return [(m.level_tag, str(m)) for m in get_messages(response.wsgi_request)]


def test_player_policy_lets_in_media_from_the_configured_hosts_only(client, home_page, settings):
    learner = UserFactory()
    client.force_login(learner)
    lesson = lesson_with_activity(home_page, H5PActivityFactory())
    src = player_src(client.get(lesson.url).content.decode())

    policy = policy_of(Client().get(src))

    for directive in ("media-src", "frame-src", "img-src", "script-src"):
        sources = policy[directive].split()
        assert "https://www.youtube.com" in sources, directive
        assert "https://www.youtube-nocookie.com" in sources, directive
    assert "https://www.youtube.com" not in policy["connect-src"]
    assert "https://www.youtube.com" not in policy["style-src"]

    settings.H5P_MEDIA_HOSTS = []
    strict = policy_of(Client().get(src))
    for directive in ("media-src", "frame-src", "img-src", "script-src"):
        assert "https://" not in strict[directive], directive


def test_upload_warns_the_trainer_naming_each_host_the_player_will_not_show(admin_client):
    data = package_playing(
        (YOUTUBE, "video/YouTube"),
        (ELSEWHERE_VIDEO, "video/mp4"),
        (ELSEWHERE_IMAGE, "image/jpeg"),
    )

    messages = upload_messages(admin_client, data)

    warnings = [text for level, text in messages if level == "warning"]
    assert len(warnings) == 1, messages
    assert "videos.example.org, cdn.example.net" in warnings[0]
    assert "youtube" not in warnings[0].split("only media from")[0]
    assert "www.youtube.com, www.youtube-nocookie.com can be shown" in warnings[0]
    assert H5PActivity.objects.get().unpacked_folder  # a warning, not a refusal


def test_upload_with_media_only_from_allowed_hosts_gives_no_warning(admin_client):
    messages = upload_messages(admin_client, package_playing((YOUTUBE, "video/YouTube")))

    assert [level for level, _ in messages] == ["success"], messages


def test_lesson_tells_learners_which_media_cannot_be_shown(client, home_page, settings):
    activity = H5PActivityFactory(
        package=ContentFile(
            package_playing(
                (YOUTUBE, "video/YouTube"),
                (ELSEWHERE_VIDEO, "video/mp4"),
                (ELSEWHERE_VIDEO.replace("case-study", "part-two"), "video/mp4"),
                (ELSEWHERE_IMAGE, "image/jpeg"),
            ),
            name="case.h5p",
        )
    )
    lesson = lesson_with_activity(home_page, activity)
    client.force_login(UserFactory())

    html = client.get(lesson.url).content.decode()

    video_note = "This activity includes a video from videos.example.org that cannot be shown here."
    assert html.count(video_note) == 1  # two videos from one host: one note
    assert "includes an image from cdn.example.net that cannot be shown here." in html
    assert "www.youtube.com that cannot be shown" not in html

    # Once an administrator allows the host, the note goes and the player may show it.
    settings.H5P_MEDIA_HOSTS = [*settings.H5P_MEDIA_HOSTS, "videos.example.org"]
    html = client.get(lesson.url).content.decode()
    assert video_note not in html
    assert "https://videos.example.org" in policy_of(Client().get(player_src(html)))["media-src"]


def test_activity_without_external_media_shows_no_note(client, home_page):
    lesson = lesson_with_activity(home_page, H5PActivityFactory())
    client.force_login(UserFactory())

    assert "cannot be shown here" not in client.get(lesson.url).content.decode()
