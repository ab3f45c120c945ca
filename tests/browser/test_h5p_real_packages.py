"""Every real H5P package we have (tests/h5p/real_packages.py) is accepted by validation,
unpacked, and builds in the isolated player a learner gets in a lesson: the player says
it is ready, with no policy violation in the console. axe checks each lesson page."""

from __future__ import annotations

import pytest

from courses.h5p.selectors import activity_media_blocked
from tests.browser.signing_in import sign_in_by_cookie
from tests.browser.test_h5p_journey import quiz_frame
from tests.factories import H5PActivityFactory, UserFactory
from tests.h5p.pages import lesson_with_activity
from tests.h5p.real_packages import real_package, real_package_names

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# No package fetched: one test that says so (skipped with the reason), not none at all.
PACKAGES = real_package_names() or ["H5P.*.h5p"]


@pytest.fixture(autouse=True)
def media_root(tmp_path, settings):
    settings.MEDIA_ROOT = tmp_path / "media"


def player_state(page, console: list[str]) -> str:
    """Wait for the player to finish building; "true" (ready) or "failed"."""
    player = quiz_frame(page).locator("#h5p-player[data-ready]")
    player.wait_for(timeout=30_000)
    return player.get_attribute("data-ready")


# Requests real packages make to other sites of their own accord (not media named in
# content.json): the player's policy blocks them by design, so no learner's browser calls
# a third party unasked, and the content builds without them.
BLOCKED_BY_DESIGN = {
    "H5P.ArithmeticQuiz.h5p": ["http://ajax.googleapis.com/"],  # Google's web font loader
    "H5P.PersonalityQuiz.h5p": ["https://fonts.googleapis.com/"],  # Google Fonts CSS
    "H5P.ImageMultipleHotspotQuestion.h5p": ["http://h5p.org/"],  # a logo in its CSS
    "H5P.CoursePresentation.h5p": ["https://platform.twitter.com/"],  # its Twitter feed
}


def csp_errors(console: list[str], expected: list[str] = ()) -> list[str]:
    """Policy violations, less those for the sources in `expected`."""
    return [
        m
        for m in console
        if ("Content Security Policy" in m or "Refused to" in m)
        and not any(f"'{source}" in m for source in expected)
    ]


def cors_errors(console: list[str]) -> list[str]:
    """Package files the opaque origin could not read. Fonts under /static/ are left out:
    the test server serves static files itself, while WhiteNoise, which serves them in
    production, sends `Access-Control-Allow-Origin: *`."""
    return [m for m in console if "CORS policy" in m and "/static/" not in m]


@pytest.mark.parametrize("name", PACKAGES)
def test_real_package_is_accepted_and_plays_in_the_isolated_player(
    page, live_server, home_page, assert_accessible, name
):
    activity = H5PActivityFactory(package=real_package(name))  # validated and unpacked
    lesson = lesson_with_activity(home_page, activity)
    console: list[str] = []
    page.on("console", lambda message: console.append(f"{message.type}: {message.text}"))
    page.on("pageerror", lambda error: console.append(f"pageerror: {error}"))
    sign_in_by_cookie(page, UserFactory())

    page.goto(lesson.url)

    assert player_state(page, console) == "true", console
    assert quiz_frame(page).locator(".h5p-content").count() == 1
    # Media from hosts H5P_MEDIA_HOSTS does not list is blocked, and the lesson says so.
    blocked = activity_media_blocked(unpacked_folder=activity.unpacked_folder)
    for media in blocked:
        page.get_by_text(f"{media.described} from {media.host} that cannot be shown").wait_for()
    expected = BLOCKED_BY_DESIGN.get(name, []) + [media.url for media in blocked]
    assert csp_errors(console, expected) == [], "\n".join(console)
    assert cors_errors(console) == [], "\n".join(console)
    assert_accessible(page)


# H5P libraries declare how they may be embedded ("div" or "iframe" in library.json). The
# player page is already the content's own frame (see frontend/js/h5p-player.js), so both
# kinds must build there: the same real libraries, declaring one or the other.
@pytest.mark.parametrize("embed_types", [["div"], ["iframe"]], ids=["div", "iframe"])
@pytest.mark.parametrize("name", ["H5P.MultiChoice.h5p", "H5P.TrueFalse.h5p"])
def test_main_library_embedded_as_div_or_iframe_plays_in_the_isolated_player(
    page, live_server, home_page, assert_accessible, name, embed_types
):
    activity = H5PActivityFactory(package=real_package(name, main_embed_types=embed_types))
    lesson = lesson_with_activity(home_page, activity)
    console: list[str] = []
    page.on("console", lambda message: console.append(f"{message.type}: {message.text}"))
    sign_in_by_cookie(page, UserFactory())

    page.goto(lesson.url)

    assert player_state(page, console) == "true", console
    content = quiz_frame(page)
    assert content.get_by_role("button", name="Check").is_visible()
    assert csp_errors(console) == [], "\n".join(console)
    assert cors_errors(console) == [], "\n".join(console)
    assert_accessible(page)
