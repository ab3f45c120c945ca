"""A trainer writes a two-lesson course in the admin, previews it whole and submits it
once; a partnership manager approves it once and the course and both lessons go live; a
learner of the trainer's partnership completes it on the site, and the trainer reads the
completion in the course results (issue 20). A draft the trainer left is offered back on
the add screen and discarded. axe-core checks every new admin page visited and the
learner's pages."""

from __future__ import annotations

import datetime as dt

import pytest
from allauth.mfa.models import Authenticator
from playwright.sync_api import expect

from django.utils import timezone

from wagtail.models import Page

from courses.catalogue.models import CoursePage, LessonPage
from learning.people.roles import Role
from learning.progress.models import CourseCompletion
from tests.browser.signing_in import sign_in_by_cookie
from tests.factories import CourseIndexPageFactory, CoursePageFactory, UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _staff(role: Role):
    user = UserFactory(roles={role})
    Authenticator.objects.create(user=user, type=Authenticator.Type.TOTP, data={"secret": "x"})
    return user


def _add_lesson(page, title: str, text: str) -> None:
    page.get_by_role("link", name="Add lesson").first.click()
    page.wait_for_url("**/admin/pages/add/courses/lessonpage/**")
    page.locator("#id_title").fill(title)
    page.locator("#id_summary").fill(f"About {title.lower()}.")
    page.locator("#panel-child-content-body-content").get_by_role(
        "button", name="Insert a block"
    ).first.click()
    page.get_by_role("option", name="Text").first.click()
    editor = page.locator("#panel-child-content-body-content .public-DraftEditor-content").first
    editor.click()
    editor.type(text)
    page.get_by_role("button", name="Save draft").click()
    page.wait_for_url("**/admin/courses/*/")


def test_trainer_writes_and_submits_a_course_and_the_manager_approves_it_once(
    page, live_server, home_page, assert_accessible
):
    index = CourseIndexPageFactory(parent=home_page)
    trainer = _staff(Role.TRAINER)
    manager = _staff(Role.PARTNERSHIP_MANAGER)
    sign_in_by_cookie(page, trainer)

    page.goto(f"/admin/pages/add/courses/coursepage/{index.pk}/")
    page.locator("#id_title").fill("Neglect in adolescence")
    page.locator("#id_summary").fill("Spotting neglect of teenagers, and what to do.")
    page.get_by_role("button", name="Save draft").click()
    # A new course leads to its course screen.
    page.wait_for_url("**/admin/courses/*/")
    course = CoursePage.objects.get(title="Neglect in adolescence")
    assert "This course has no lessons yet" in page.content()
    assert_accessible(page)

    _add_lesson(page, "Why teenagers are missed", "Neglect of teenagers is often missed.")
    _add_lesson(page, "What to do", "Talk to the young person and record what you see.")
    items = page.locator("[data-lesson-id] > a").all_inner_texts()
    assert items == ["Why teenagers are missed", "What to do"]
    assert page.get_by_test_id("lesson-status").all_text_contents() == ["Draft", "Draft"]
    assert_accessible(page)

    # Reorder with the keyboard-operable button, then back.
    page.get_by_role("button", name="Move up: What to do").click()
    page.wait_for_url(f"**/admin/courses/{course.pk}/*")
    assert "?ordering=" not in page.url
    assert page.locator("[data-lesson-id] > a").all_inner_texts() == [
        "What to do",
        "Why teenagers are missed",
    ]
    page.get_by_role("button", name="Move up: Why teenagers are missed").click()
    page.wait_for_url(f"**/admin/courses/{course.pk}/*")

    # The whole course in preview, drafts included.
    page.goto(f"/admin/pages/{course.pk}/view_draft/")
    assert page.get_by_test_id("course-preview").is_visible()
    page.get_by_role("link", name="2. What to do").click()
    page.get_by_text("Neglect in adolescence: lesson 2 of 2").wait_for()

    page.goto(f"/admin/courses/{course.pk}/")
    page.get_by_role("link", name="Submit course for approval").click()
    page.wait_for_url(f"**/admin/courses/{course.pk}/submit/")
    assert page.get_by_test_id("draft-warning").is_visible()
    assert "2 lessons still in draft" in page.content()
    assert_accessible(page)
    page.get_by_label("Note for the approver (optional)").fill("Ready for the spring programme.")
    page.get_by_role("button", name="Submit course for approval").click()
    page.wait_for_url(f"**/admin/courses/{course.pk}/")
    assert "sent for approval as one unit" in page.content()
    assert page.get_by_test_id("lesson-status").all_text_contents() == [
        "In approval",
        "In approval",
    ]

    sign_in_by_cookie(page, manager)
    page.goto("/admin/")
    page.get_by_role("link", name="Neglect in adolescence").first.click()
    page.wait_for_url("**/admin/courses/approvals/*")
    assert "Ready for the spring programme." in page.content()
    assert_accessible(page)
    page.get_by_role("button", name="Approve the course and its 2 lessons").click()
    page.wait_for_url("**/admin/courses/approvals/")
    assert "Approved “Neglect in adolescence” with 2 lessons: they are live now." in (
        page.content()
    )
    assert_accessible(page)

    course.refresh_from_db()
    assert course.live
    assert [lesson.live for lesson in LessonPage.objects.child_of(course)] == [True, True]
    page.goto(course.url)
    assert page.get_by_role("link", name="1. Why teenagers are missed").is_visible()

    # A learner of the trainer's partnership takes the course on the site, lesson by lesson.
    learner = UserFactory(agency=trainer.agency, first_name="Lou", last_name="Learner")
    sign_in_by_cookie(page, learner)
    first, second = LessonPage.objects.child_of(course).order_by("path")
    page.goto(course.url)
    assert_accessible(page)
    page.get_by_role("button", name="Start the course").click()
    page.wait_for_url(f"**{first.url}")
    assert_accessible(page)
    page.get_by_role("button", name="Complete this lesson and continue").click()
    page.wait_for_url(f"**{second.url}")
    page.get_by_role("button", name="Complete this lesson", exact=True).click()
    page.wait_for_url(f"**{course.url}")
    expect(page.get_by_text("You have completed Neglect in adolescence.")).to_be_visible()
    assert_accessible(page)
    assert CourseCompletion.objects.filter(learner=learner, course=course).count() == 1

    # The trainer sees the completion in the course results, and the learner in its list.
    sign_in_by_cookie(page, trainer)
    page.goto("/admin/reports/course-results/")
    row = page.locator(f"tr[data-course='{course.pk}']")
    expect(row.locator("[data-figure='enrolled']")).to_have_text("1")
    expect(row.locator("[data-figure='completed']")).to_have_text("1")
    assert_accessible(page)
    row.get_by_role("link", name="Neglect in adolescence").click()
    page.wait_for_url(f"**/admin/reports/course-results/{course.pk}/")
    expect(page.locator("[data-summary] [data-figure='completed']")).to_have_text("1")
    learner_row = page.locator(f"tr[data-learner='{learner.pk}']")
    expect(learner_row.get_by_role("rowheader")).to_have_text("Lou Learner")
    expect(learner_row.locator("[data-figure='status']")).to_have_text("Completed")
    assert_accessible(page)


def _messages_shown(page) -> None:
    """Wagtail fades its messages in; axe measures colour contrast once they are shown."""
    page.wait_for_function(
        "() => { const list = document.querySelector('.messages > ul');"
        " return list && getComputedStyle(list).opacity === '1'; }"
    )


def test_trainer_is_offered_back_an_abandoned_draft_and_discards_it(
    page, live_server, home_page, assert_accessible
):
    index = CourseIndexPageFactory(parent=home_page)
    trainer = _staff(Role.TRAINER)
    draft = CoursePageFactory(parent=index, title="Neglect in adolescence", owner=trainer)
    draft.live = False
    draft.save()
    draft.save_revision(user=trainer)
    long_ago = timezone.now() - dt.timedelta(days=2)
    Page.objects.filter(pk=draft.pk).update(latest_revision_created_at=long_ago)
    sign_in_by_cookie(page, trainer)

    add_url = f"/admin/pages/add/courses/coursepage/{index.pk}/"
    page.goto(add_url)
    notice = page.get_by_test_id("abandoned-draft")
    expect(notice).to_contain_text("You started “Neglect in adolescence” on")
    expect(page.get_by_role("link", name="Continue “Neglect in adolescence”")).to_have_attribute(
        "href", f"/admin/pages/{draft.pk}/edit/"
    )
    # The notice only: Wagtail's page editor around it has an axe finding of its own.
    _messages_shown(page)
    assert_accessible(page, within=".messages")

    page.get_by_role("button", name="Discard “Neglect in adolescence”").click()
    page.wait_for_url(f"**{add_url}")
    expect(page.get_by_text("Discarded the draft “Neglect in adolescence”.")).to_be_visible()
    expect(page.get_by_test_id("abandoned-draft")).to_have_count(0)
    _messages_shown(page)
    assert_accessible(page, within=".messages")
    assert not Page.objects.filter(pk=draft.pk).exists()
