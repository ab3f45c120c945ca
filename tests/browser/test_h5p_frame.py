"""The H5P frame on a lesson (issue 17): sized to its content by the player's messages
rather than a fixed box, no 404 for the state on a first visit, and an activity whose
content fails to build is reported on the lesson instead of marked ready. axe finds
nothing on the pages visited."""

from __future__ import annotations

import pytest

from django.core.files.base import ContentFile

from courses.h5p.demo import build_package, demo_package_files
from tests.browser.test_h5p_journey import quiz_frame, sign_in
from tests.factories import H5PActivityFactory, UserFactory
from tests.h5p.pages import lesson_with_activity

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture(autouse=True)
def media_root(tmp_path, settings):
    settings.MEDIA_ROOT = tmp_path / "media"


def test_the_frame_takes_the_height_of_its_content(
    page, live_server, home_page, assert_accessible, wait_for
):
    lesson = lesson_with_activity(home_page, H5PActivityFactory())
    sign_in(page, UserFactory())
    missing: list[str] = []
    page.on("response", lambda r: missing.append(r.url) if r.status == 404 else None)

    page.goto(lesson.url)
    quiz_frame(page).get_by_text("What should you do?").wait_for()
    # A first visit has no saved state: the player asks for the list, so no 404 shows.
    assert missing == []
    frame = page.locator("iframe.app-h5p__frame--sized")
    frame.wait_for()
    inner = quiz_frame(page).locator("html").evaluate("e => e.scrollHeight")
    outer = frame.evaluate("e => e.getBoundingClientRect().height")

    assert abs(outer - inner) <= 4, (outer, inner)
    assert quiz_frame(page).locator("#h5p-player").get_attribute("data-ready") == "true"
    assert_accessible(page)


def test_content_that_fails_to_build_is_reported_not_marked_ready(
    page, live_server, home_page, assert_accessible
):
    files = demo_package_files()
    files["H5P.NeglectQuiz-1.0/neglect-quiz.js"] = b"throw new Error('this package is broken');"
    broken = H5PActivityFactory(package=ContentFile(build_package(files), name="broken.h5p"))
    lesson = lesson_with_activity(home_page, broken)
    sign_in(page, UserFactory())

    page.goto(lesson.url)

    page.get_by_text("This activity could not be loaded.").first.wait_for()
    player = quiz_frame(page).locator("#h5p-player")
    assert player.get_attribute("data-ready") == "failed"
    assert_accessible(page)
