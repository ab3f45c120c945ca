"""A learner works through a seeded course in a real browser: catalogue, course, lesson
with a knowledge check answered in place (JavaScript on) and by a plain form post
(JavaScript off), the final assessment and its results. axe-core checks every page."""

from __future__ import annotations

import re

import pytest

from courses.catalogue.models import CoursePage
from learning.progress.models import KnowledgeCheckAnswer
from tests.factories import DEFAULT_PASSWORD, UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _without_verdict(feedback: str) -> str:
    """Option feedback as shown: its leading "Correct." or "No." is the heading's job."""
    return re.sub(r"^(no|yes|correct|not quite|right|wrong)\b[.!,:]?\s*", "", feedback, flags=re.I)


@pytest.fixture
def action_course(transactional_db) -> CoursePage:
    from cms.home.seed import seed_site
    from courses.catalogue.seed import catalogue_ensure, course_create
    from courses.catalogue.seed_content import action

    home = seed_site(partnership_slug="none")
    return course_create(index=catalogue_ensure(home=home), data=action.COURSE)


def _sign_in(page, user, assert_accessible) -> None:
    page.goto("/accounts/login/")
    assert_accessible(page)
    _fill_sign_in(page, user)


def _fill_sign_in(page, user) -> None:
    page.get_by_label("Email").fill(user.email)
    page.get_by_label("Password").fill(DEFAULT_PASSWORD)
    page.get_by_role("button", name="Sign In").click()
    page.wait_for_url("**/")


def test_lesson_knowledge_check_with_javascript(page, action_course, assert_accessible):
    learner = UserFactory()
    _sign_in(page, learner, assert_accessible)

    page.goto("/courses/")
    assert_accessible(page)
    page.get_by_role("link", name=action_course.title).click()
    page.wait_for_url(f"**{action_course.url}")
    assert_accessible(page)
    page.get_by_role("button", name="Start the course").click()
    lesson = action_course.lessons().first()
    page.wait_for_url(f"**{lesson.url}")
    assert page.locator("body.js-enabled").count() == 1
    assert_accessible(page)

    # The page is never reloaded: a marker set on window survives every answer.
    page.evaluate("window.appMarker = 'same page'")
    questions = list(lesson.knowledge_check_questions().values())
    first = questions[0]
    wrong = next(o for o in first["options"] if not o["correct"])
    form = page.locator(f"#question-{first['id']}")
    form.locator(f"label[for='option-{wrong['id']}']").click()
    form.get_by_role("button", name="Check answer").click()
    feedback = form.locator("[data-feedback]")
    feedback.get_by_text("Not quite").wait_for()
    # Said once: the "Not quite" heading stands for the feedback's own "No." (issue 19).
    assert _without_verdict(wrong["feedback"]) in feedback.inner_text()
    assert first["explanation"] in feedback.inner_text()
    assert_accessible(page)

    for question in questions:
        form = page.locator(f"#question-{question['id']}")
        correct = [o for o in question["options"] if o["correct"]]
        if question["multiple"]:
            for option in question["options"]:
                box = form.locator(f"#option-{option['id']}")
                box.set_checked(option["correct"], force=True)
        else:
            form.locator(f"label[for='option-{correct[0]['id']}']").click()
        form.get_by_role("button", name="Check answer").click()
        form.locator("[data-feedback]").get_by_text("Correct", exact=True).wait_for()
    assert page.evaluate("window.appMarker") == "same page"
    assert KnowledgeCheckAnswer.objects.filter(learner=learner, is_correct=True).count() == len(
        questions
    )
    assert_accessible(page)

    page.get_by_role("button", name="Complete this lesson and continue").click()
    second = action_course.lessons()[1]
    page.wait_for_url(f"**{second.url}")
    assert_accessible(page)

    # The final assessment and its results page.
    page.goto(action_course.url)
    assert "Continue where you left off" in page.content()
    assert_accessible(page)
    page.get_by_role("button", name="Start the final assessment").click()
    page.wait_for_url("**/learning/assessment/**")
    assert_accessible(page)
    page.get_by_role("button", name="Submit your answers").click()
    assert page.locator(".govuk-error-summary").is_visible()
    assert_accessible(page)
    bank = action_course.assessment_question_bank()
    names = set(page.eval_on_selector_all("input[name^='q-']", "els => els.map(e => e.name)"))
    for name in names:
        wrong = next(o for o in bank[name[2:]]["options"] if not o["correct"])
        page.locator(f"input[name='{name}'][value='{wrong['id']}']").check(force=True)
    page.get_by_role("button", name="Submit your answers").click()
    page.wait_for_url("**/results/")
    assert "You did not pass this time" in page.content()
    assert page.locator("#topics-to-revisit li").count() >= 1
    assert_accessible(page)


@pytest.fixture
def assert_accessible_without_js(browser, live_server, assert_accessible):
    """axe needs JavaScript (its checks are asynchronous), so the page's HTML, exactly as a
    browser without JavaScript has it (scripts removed), is checked in a second tab."""

    def check(page) -> None:
        html = re.sub(r"<script\b[^>]*>.*?</script>", "", page.content(), flags=re.S)
        url = page.url.split("#")[0]
        context = browser.new_context(base_url=live_server.url)
        try:
            checker = context.new_page()
            checker.route(
                url,
                lambda route: route.fulfill(
                    status=200, content_type="text/html; charset=utf-8", body=html
                ),
            )
            checker.goto(url)
            assert checker.locator("body.js-enabled").count() == 0
            assert_accessible(checker)
        finally:
            context.close()

    return check


def test_lesson_knowledge_check_without_javascript(
    browser, live_server, action_course, assert_accessible_without_js
):
    assert_accessible = assert_accessible_without_js
    context = browser.new_context(
        base_url=live_server.url, java_script_enabled=False, viewport={"width": 1280, "height": 900}
    )
    page = context.new_page()
    page.set_default_timeout(15_000)
    try:
        learner = UserFactory()
        _sign_in(page, learner, assert_accessible)
        lesson = action_course.lessons().first()
        page.goto(lesson.url)
        assert page.locator("body.js-enabled").count() == 0
        assert_accessible(page)

        question = next(iter(lesson.knowledge_check_questions().values()))
        right = next(o for o in question["options"] if o["correct"])
        form = page.locator(f"#question-{question['id']}")
        form.locator(f"label[for='option-{right['id']}']").click()
        form.get_by_role("button", name="Check answer").click()
        page.wait_for_url(f"**{lesson.url}#question-{question['id']}")
        feedback = page.locator(f"#question-{question['id']} [data-feedback]")
        assert "Correct" in feedback.inner_text()
        assert _without_verdict(right["feedback"]) in feedback.inner_text()
        assert page.locator(f"#option-{right['id']}").is_checked()
        assert_accessible(page)

        answer = KnowledgeCheckAnswer.objects.get(learner=learner)
        assert answer.is_correct and answer.option_ids == [right["id"]]

        # Completing too early says what is left to do, without JavaScript as well.
        # An error summary, focused without script, links to each unanswered check.
        page.get_by_role("button", name="Complete this lesson and continue").click()
        summary = page.locator(".govuk-error-summary")
        assert summary.get_by_role("link").first.get_attribute("href").startswith("#question-")
        assert page.evaluate(
            "() => document.activeElement.classList.contains('govuk-error-summary')"
        )
        assert_accessible(page)
    finally:
        context.close()
