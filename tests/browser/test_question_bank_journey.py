"""A trainer writes a question in the shared question bank, seeing its options labelled
("Option A", "Option B") and adding one with the "Add option" button; in a course's final
assessment the questions are numbered, the bank question among them, with an "Add
question" button. axe-core checks the question bank's pages (new in the admin)."""

from __future__ import annotations

import pytest
from allauth.mfa.models import Authenticator
from playwright.sync_api import expect

from courses.catalogue.models import BankQuestion
from learning.people.roles import Role
from tests.browser.signing_in import sign_in_by_cookie
from tests.factories import CourseIndexPageFactory, UserFactory, course_with_lessons, question_data

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _trainer():
    user = UserFactory(roles={Role.TRAINER})
    Authenticator.objects.create(user=user, type=Authenticator.Type.TOTP, data={"secret": "x"})
    return user


def test_trainer_writes_a_bank_question_and_sees_it_numbered_in_a_course(
    page, live_server, home_page, assert_accessible
):
    sign_in_by_cookie(page, _trainer())

    page.goto("/admin/snippets/courses/bankquestion/add/")
    page.locator("#id_text").fill("Which of these can be a sign of neglect?")
    options = page.locator(".app-sf-options")
    expect(options.locator(".c-sf-block__type")).to_have_text(["Option A", "Option B"])
    assert_accessible(page)

    options.get_by_role("button", name="Add option").last.click()
    expect(options.locator(".c-sf-block__type")).to_have_text(["Option A", "Option B", "Option C"])
    texts = options.locator("input[name$='-value-text']")
    for n, text in enumerate(["Missed health appointments", "A new haircut", "Poor hygiene"]):
        texts.nth(n).fill(text)
    correct = options.locator("input[type=checkbox][name$='-value-correct']")
    correct.nth(0).check()
    correct.nth(2).check()
    page.locator("#id_multiple").check()
    page.get_by_role("button", name="Save").first.click()
    page.wait_for_url("**/admin/snippets/courses/bankquestion/")
    # The listing, without the fading "saved" banner (Wagtail's own, mid-animation).
    page.goto("/admin/snippets/courses/bankquestion/")
    assert "Which of these can be a sign of neglect?" in page.content()
    assert_accessible(page)
    question = BankQuestion.objects.get(text="Which of these can be a sign of neglect?")
    assert [o.value["correct"] for o in question.options] == [True, False, True]

    index = CourseIndexPageFactory(parent=home_page)
    course = course_with_lessons(
        parent=index,
        lessons=1,
        assessment_questions=[
            ("question", question_data(1, topic="lesson-1")),
            ("bank_question", {"question": question, "topic": "lesson-1"}),
        ],
    )
    page.goto(f"/admin/pages/{course.pk}/edit/")
    questions = page.locator(".app-sf-questions").first
    expect(questions.locator(".c-sf-block__type").first).to_have_text("Question 1")
    labels = [
        label
        for label in questions.locator(".c-sf-block__type").all_inner_texts()
        if label.startswith("Question")
    ]
    assert labels == ["Question 1", "Question 2 (Question from the question bank)"]
    assert questions.get_by_role("button", name="Add question").count() >= 1
    # The page editor itself is Wagtail's, not new: its Draftail fields carry an axe
    # finding of their own (aria-input-field-name), so axe checks the new pages above.
