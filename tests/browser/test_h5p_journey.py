"""A learner plays an H5P activity in a lesson: a wrong answer leaves the lesson incomplete,
a right one completes it; statements are stored with the session user as actor; the state
resumes after a reload; axe finds nothing on the pages visited."""

from __future__ import annotations

import json

import pytest

from learning.progress.models import LessonProgress
from learning.xapi.models import H5PResult, XAPIState, XAPIStatement
from tests.factories import DEFAULT_PASSWORD, H5PActivityFactory, UserFactory
from tests.h5p.pages import lesson_with_activity

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

VERBS = "http://adlnet.gov/expapi/verbs/"


@pytest.fixture(autouse=True)
def media_root(tmp_path, settings):
    settings.MEDIA_ROOT = tmp_path / "media"


def sign_in(page, user) -> None:
    page.goto("/accounts/login/")
    page.get_by_label("Email").fill(user.email)
    page.get_by_label("Password").fill(DEFAULT_PASSWORD)
    page.get_by_role("button", name="Sign In").click()
    page.wait_for_url("**/")


def quiz_frame(page):
    """The quiz inside h5p-standalone's iframe, inside our sandboxed player iframe."""
    return page.frame_locator("iframe.app-h5p__frame").frame_locator("iframe.h5p-iframe")


def answer(page, text: str) -> None:
    quiz = quiz_frame(page)
    quiz.get_by_label(text).check()
    quiz.get_by_role("button", name="Check answer").click()


def statements_for(learner, wait_for, count: int):
    return wait_for(lambda: XAPIStatement.objects.filter(learner=learner).count() >= count)


def test_learner_fails_then_passes_the_activity_and_completes_the_lesson(
    page, live_server, home_page, assert_accessible, wait_for
):
    learner = UserFactory()
    activity = H5PActivityFactory()
    lesson = lesson_with_activity(home_page, activity, min_score=0.8)
    console: list[str] = []
    page.on("console", lambda message: console.append(message.text))
    sign_in(page, learner)

    page.goto(lesson.url)
    assert_accessible(page)
    quiz = quiz_frame(page)
    quiz.get_by_text("What should you do?").wait_for()

    answer(page, "Wait and see whether things improve by themselves")
    quiz.get_by_text("Not quite.").wait_for()
    assert statements_for(learner, wait_for, 2), console
    result = H5PResult.objects.get(learner=learner, activity=activity)
    assert result.best_scaled == 0
    assert not LessonProgress.objects.filter(
        learner=learner, lesson=lesson, completed_at__isnull=False
    ).exists()
    # Trying to complete the lesson now says what is missing.
    page.get_by_role("button", name="Complete this lesson").click()
    page.get_by_text(f"Score at least 80% in the activity '{activity.title}'").wait_for()
    assert_accessible(page)

    answer(page, "Record what you have seen and talk to your designated safeguarding lead today")
    quiz.get_by_text("Right: neglect is about a pattern.").wait_for()
    assert statements_for(learner, wait_for, 4), console
    assert wait_for(
        lambda: LessonProgress.objects.filter(
            learner=learner, lesson=lesson, completed_at__isnull=False
        ).exists()
    ), console

    # The choice was saved to the State resource, and comes back after a reload.
    def saved_choice():
        state = XAPIState.objects.filter(agent_key=f"user:{learner.pk}").first()
        return state and json.loads(bytes(state.content)).get("choice")

    assert wait_for(lambda: saved_choice() == 1), saved_choice()
    page.reload()
    page.get_by_text("Lesson completed").wait_for()

    stored = XAPIStatement.objects.filter(learner=learner)
    assert {s.verb for s in stored} == {VERBS + "answered", VERBS + "completed"}
    assert {s.data["actor"]["account"]["name"] for s in stored} == {str(learner.pk)}
    assert {s.object_id for s in stored} == {activity.iri}

    restored = quiz_frame(page).get_by_label(
        "Record what you have seen and talk to your designated safeguarding lead today"
    )
    restored.wait_for()
    assert restored.is_checked()
    assert_accessible(page)
    assert not [m for m in console if "Content Security Policy" in m], console
