"""Learners play real H5P content types (issue 17), made from real packages' libraries
(tests/h5p/real_packages.py): a Multiple Choice question (MultiChoice 1.14, built on
EmbeddedJS) and a Course Presentation (1.22) whose slide holds that question. Their
scores reach progress: a wrong answer leaves the lesson incomplete, a right one
completes it, and the lesson shows the result. axe checks every page visited."""

from __future__ import annotations

import pytest

from learning.progress.models import LessonProgress
from learning.xapi.models import H5PResult, XAPIStatement
from tests.browser.signing_in import sign_in_by_cookie
from tests.browser.test_h5p_journey import quiz_frame
from tests.factories import H5PActivityFactory, UserFactory
from tests.h5p.pages import lesson_with_activity
from tests.h5p.real_packages import course_presentation_with_question, multiple_choice_question

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

RIGHT = "Yes: share your concern today"
WRONG = "No: it is a private family matter"


@pytest.fixture(autouse=True)
def media_root(tmp_path, settings):
    settings.MEDIA_ROOT = tmp_path / "media"


def lesson_completed(learner, lesson) -> bool:
    return LessonProgress.objects.filter(
        learner=learner, lesson=lesson, completed_at__isnull=False
    ).exists()


def choose_and_check(content, answer: str) -> None:
    content.get_by_text(answer, exact=True).click()
    content.get_by_role("button", name="Check").click()


def test_learner_answers_a_real_multiple_choice_and_the_score_completes_the_lesson(
    page, live_server, home_page, assert_accessible, wait_for
):
    learner = UserFactory()
    activity = H5PActivityFactory(package=multiple_choice_question())
    lesson = lesson_with_activity(home_page, activity, min_score=1)
    console: list[str] = []
    page.on("console", lambda message: console.append(message.text))
    sign_in_by_cookie(page, learner)

    page.goto(lesson.url)
    assert_accessible(page)
    question = quiz_frame(page)
    question.get_by_text("Is this neglect?").wait_for()

    choose_and_check(question, WRONG)
    assert wait_for(lambda: H5PResult.objects.filter(learner=learner).exists()), console
    result = H5PResult.objects.get(learner=learner, activity=activity, lesson=lesson)
    assert (result.best_scaled, result.attempts, result.passed) == (0, 1, False)
    assert not lesson_completed(learner, lesson)

    question.get_by_role("button", name="Retry").click()
    choose_and_check(question, RIGHT)
    assert wait_for(lambda: lesson_completed(learner, lesson)), console
    result.refresh_from_db()
    assert (result.best_scaled, result.attempts, result.passed) == (1, 2, True)
    assert XAPIStatement.objects.filter(learner=learner, object_id=activity.iri).count() >= 2

    page.reload()
    page.get_by_text("Lesson completed").wait_for()
    summary = page.get_by_label(f"Your result in {activity.title}")
    assert "100%" in summary.text_content()
    assert_accessible(page)
    assert not [m for m in console if "Content Security Policy" in m], console


def test_learner_answers_the_question_in_a_course_presentation_and_completes_the_lesson(
    page, live_server, home_page, assert_accessible, wait_for
):
    learner = UserFactory()
    activity = H5PActivityFactory(package=course_presentation_with_question())
    lesson = lesson_with_activity(home_page, activity, min_score=1)
    console: list[str] = []
    page.on("console", lambda message: console.append(message.text))
    sign_in_by_cookie(page, learner)

    page.goto(lesson.url)
    assert_accessible(page)
    presentation = quiz_frame(page)
    presentation.get_by_text("Is this neglect?").wait_for()
    choose_and_check(presentation, RIGHT)

    # The presentation reports its score from its summary slide, after the last slide.
    presentation.get_by_role("button", name="Next slide").click()
    assert wait_for(lambda: lesson_completed(learner, lesson)), (
        console,
        list(XAPIStatement.objects.values_list("verb", "object_id")),
    )
    result = H5PResult.objects.get(learner=learner, activity=activity, lesson=lesson)
    assert result.best_scaled == 1 and result.passed

    page.reload()
    page.get_by_text("Lesson completed").wait_for()
    assert "100%" in page.get_by_label(f"Your result in {activity.title}").text_content()
    assert_accessible(page)
    assert not [m for m in console if "Content Security Policy" in m], console
