"""Evaluation in a real browser: a learner completes a course, sees the evaluation to
complete on My learning, fills it in (an error summary first), and their certificate is
released; the manager reads the report and its comments; a line manager answers by the
signed link. axe on every page."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from allauth.mfa.models import Authenticator

from django.core import mail
from django.utils import timezone

from certificates.models import Certificate
from learning.evaluation.models import EvaluationAttachment, EvaluationForm, EvaluationResponse
from learning.evaluation.services import evaluation_follow_ups_send
from learning.people.roles import Role
from learning.people.services import roles_sync
from tests.browser.signing_in import sign_in_by_cookie
from tests.factories import UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

OUTCOMES = ["Spot the signs of neglect", "Use the escalation policy"]


@pytest.fixture(autouse=True)
def _media(settings, tmp_path, live_server):
    settings.MEDIA_ROOT = str(tmp_path / "media")
    settings.PRIVATE_MEDIA_ROOT = str(tmp_path / "private")
    settings.CERTIFICATES_BASE_URL = live_server.url
    settings.WAGTAILADMIN_BASE_URL = live_server.url


def make_course():
    from cms.home.seed import seed_site
    from courses.catalogue.models import CourseIndexPage, CoursePage, LessonPage

    home = seed_site(partnership_slug="none")
    roles_sync(root_page=home)  # the role groups and their admin permissions
    index = CourseIndexPage(title="Courses", slug="courses")
    home.add_child(instance=index)
    index.save_revision().publish()
    course = CoursePage(
        title="Understanding child neglect", slug="ucn", summary="A course.", cpd_minutes=60
    )
    index.add_child(instance=course)
    course.save_revision().publish()
    lesson = LessonPage(
        title="What neglect is",
        slug="what-neglect-is",
        summary="The basics.",
        body=[("text", "<p>Neglect is the ongoing failure to meet a child's basic needs.</p>")],
    )
    course.add_child(instance=lesson)
    lesson.save_revision().publish()
    return course


def make_evaluation(course) -> EvaluationAttachment:
    form = EvaluationForm.objects.create(
        title="Course evaluation",
        questions=[
            {
                "type": "confidence",
                "id": "conf",
                "value": {"introduction": "How confident are you?", "outcomes": OUTCOMES},
            },
            {
                "type": "rating",
                "id": "useful",
                "value": {
                    "question": "How useful was the course?",
                    "lowest_label": "Not useful",
                    "highest_label": "Very useful",
                    "required": True,
                },
            },
            {
                "type": "text",
                "id": "differently",
                "value": {
                    "question": "What will you do differently?",
                    "hint": "",
                    "required": False,
                },
            },
        ],
        manager_questions=[
            {
                "type": "rating",
                "id": "change",
                "value": {
                    "question": "How much has their practice improved?",
                    "lowest_label": "Not at all",
                    "highest_label": "A great deal",
                    "required": True,
                },
            }
        ],
    )
    return EvaluationAttachment.objects.create(
        form=form, course=course, is_required=True, holds_certificate=True
    )


def test_learner_evaluates_and_the_manager_reads_the_report(page, live_server, assert_accessible):
    course = make_course()
    make_evaluation(course)
    learner = UserFactory(
        first_name="Amara", last_name="Okafor", line_manager_email="boss@example.org"
    )

    page.goto("/")
    sign_in_by_cookie(page, learner)
    page.goto(course.url)
    assert page.locator("[data-evaluation-before]").is_visible()
    assert_accessible(page)
    page.get_by_role("link", name="tell us how confident you feel").click()
    assert page.get_by_role("heading", name="Before you start: how confident are you?").is_visible()
    assert_accessible(page)
    page.get_by_role("group", name=OUTCOMES[0]).get_by_label("2 – Slightly confident").check()
    page.get_by_role("group", name=OUTCOMES[1]).get_by_label("1 – Not at all confident").check()
    page.get_by_role("button", name="Send evaluation").click()
    page.wait_for_url(f"**{course.url}")

    page.get_by_role("button", name="Start the course").click()
    page.get_by_role("button", name="Complete this lesson").click()
    page.wait_for_load_state()
    assert not Certificate.objects.exists()  # held back by the evaluation

    page.goto("/my-learning/")
    assert page.get_by_role("heading", name="Evaluations to complete").is_visible()
    assert page.get_by_text("Your certificate waits for this").is_visible()
    assert_accessible(page)
    page.get_by_role(
        "link", name=re.compile(r"^Understanding child neglect\s*: evaluation")
    ).click()
    assert_accessible(page)

    page.get_by_role("button", name="Send evaluation").click()
    assert page.locator(".govuk-error-summary").is_visible()
    assert_accessible(page)

    page.get_by_role("group", name=OUTCOMES[0]).get_by_label("4 – Confident").check()
    page.get_by_role("group", name=OUTCOMES[1]).get_by_label("5 – Very confident").check()
    page.get_by_role("group", name="How useful was the course?").get_by_label(
        "5 – Very useful"
    ).check()
    page.get_by_label("What will you do differently?").fill("Use the escalation policy sooner")
    page.get_by_role("button", name="Send evaluation").click()
    page.wait_for_url("**/my-learning/")
    assert page.get_by_text("Your evaluation has been sent").is_visible()
    assert Certificate.objects.filter(learner=learner).count() == 1
    page.reload()
    assert page.get_by_role("heading", name="Evaluations to complete").count() == 0
    assert "Your certificates" in page.content()
    assert_accessible(page)

    manager = UserFactory(agency=learner.agency, roles={Role.PARTNERSHIP_MANAGER})
    Authenticator.objects.create(user=manager, type=Authenticator.Type.TOTP, data={"secret": "x"})
    sign_in_by_cookie(page, manager)
    page.goto("/admin/reports/evaluation/")
    shifts = page.locator("[data-shift-table] td[data-shift]").all_inner_texts()
    assert shifts == ["+2.00", "+4.00"]
    assert page.locator("svg.coverage-chart").count() == 1
    assert_accessible(page)
    page.get_by_role("link", name="Review the comments").click()
    assert page.locator("[data-comment]").inner_text() == "Use the escalation policy sooner"
    assert "Amara Okafor" in page.content()
    assert_accessible(page)

    # Eight weeks on, the line manager answers by the signed link, with no account.
    mail.outbox.clear()
    evaluation_follow_ups_send(now=timezone.now() + dt.timedelta(weeks=8, days=1))
    (message,) = [m for m in mail.outbox if m.to == ["boss@example.org"]]
    link = re.search(r"https?://\S+/evaluation-manager/\S+/", message.body).group(0)
    page.context.clear_cookies()
    page.goto(link)
    assert "Amara Okafor" in page.content()
    assert_accessible(page)
    page.get_by_role("group", name="How much has their practice improved?").get_by_label(
        "5 – A great deal"
    ).check()
    page.get_by_role("button", name="Send answers").click()
    assert page.get_by_role("heading", name="Thank you. Your answers have been sent.").is_visible()
    assert_accessible(page)
    assert EvaluationResponse.objects.filter(stage="manager").count() == 1
