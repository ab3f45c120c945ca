"""Before and after: confidence is paired per learner, and the shift per outcome is the
mean after less the mean before over those pairs only. Figures by hand-built example."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from django.urls import reverse
from django.utils import timezone

from learning.evaluation.models import EvaluationResponse, ResponseStage
from learning.evaluation.selectors import evaluation_headlines, evaluation_report
from learning.people.roles import Role
from learning.people.scope import SYSTEM_SCOPE
from tests.factories import UserFactory

from .conftest import CONFIDENCE, RATING, YES_NO, attach, complete, make_course, staff

pytestmark = pytest.mark.django_db


def respond(attachment, learner, stage, answers, *, completion=None):
    return EvaluationResponse.objects.create(
        attachment=attachment,
        learner=learner,
        agency=learner.agency,
        stage=stage,
        answers=answers,
        completion=completion,
    )


def confidence(first: int, second: int) -> dict:
    return {f"{CONFIDENCE}:0": first, f"{CONFIDENCE}:1": second}


@pytest.fixture
def example(home_page, world):
    """Three learners of A1 completed the course. Ann: before (2, 1), after (4, 3).
    Bob: before (3, 3), after (4, 5). Cat answered after only (5, 5): not paired, so her
    confidence is left out of the shift but counts as a response."""
    course = make_course(home_page)
    attachment = attach(course=course)
    people = {}
    for name, before, after, rating, yes_no in (
        ("Ann", (2, 1), (4, 3), 5, "yes"),
        ("Bob", (3, 3), (4, 5), 3, "yes"),
        ("Cat", None, (5, 5), 4, "no"),
    ):
        learner = UserFactory(first_name=name, agency=world.a1)
        completion = complete(learner, course)
        if before:
            respond(attachment, learner, ResponseStage.BEFORE, confidence(*before))
        respond(
            attachment,
            learner,
            ResponseStage.AFTER,
            confidence(*after) | {RATING: rating, YES_NO: yes_no},
            completion=completion,
        )
        people[name] = learner
    UserFactory(agency=world.a1)  # a fourth learner never completed: not asked
    complete(UserFactory(first_name="Dan", agency=world.a1), course)  # asked, did not answer
    return attachment, people


def test_shift_per_outcome_pairs_before_and_after_per_learner(example):
    (report,) = evaluation_report(scope=SYSTEM_SCOPE)
    first, second = report.shifts
    assert (first.pairs, first.before, first.after, first.shift) == (
        2,
        Decimal("2.50"),
        Decimal("4.00"),
        Decimal("1.50"),
    )
    assert (second.pairs, second.before, second.after, second.shift) == (
        2,
        Decimal("2.00"),
        Decimal("4.00"),
        Decimal("2.00"),
    )
    assert first.outcome == "Spot the signs of neglect"


def test_response_rate_and_rating_distribution(example):
    (report,) = evaluation_report(scope=SYSTEM_SCOPE)
    assert (report.invited, report.responses, report.response_rate) == (4, 3, Decimal("75"))
    rating, recommend = report.ratings
    assert rating.counts == [("1", 0), ("2", 0), ("3", 1), ("4", 1), ("5", 1)]
    assert rating.mean == Decimal("4.00")
    assert recommend.counts == [("Yes", 2), ("No", 1)]


def test_report_page_shows_the_shift_table_beside_the_chart(client, example, world):
    client.force_login(staff(world.a1, Role.PARTNERSHIP_MANAGER))
    html = client.get(reverse("learning_evaluation_admin:report")).content.decode()
    assert "data-shift-table" in html and "<svg" in html
    assert "+1.50" in html and "+2.00" in html
    assert "75%" in html


def test_evaluation_headlines_for_the_section_11_return(example, world):
    today = timezone.localdate()
    headlines = evaluation_headlines(
        agency=world.a1, start=today - dt.timedelta(days=365), end=today
    )
    assert headlines["responses"] == 3
    assert headlines["invited"] == 4
    assert headlines["response_rate"] == Decimal("75")
    # Four paired shifts: 1.50 and 2.00, each over two learners.
    assert headlines["mean_confidence_shift"] == Decimal("1.75")
    other = evaluation_headlines(agency=world.a2, start=today - dt.timedelta(days=365), end=today)
    assert other == {
        "responses": 0,
        "invited": 0,
        "response_rate": None,
        "mean_confidence_shift": None,
    }


def test_before_check_asks_only_the_confidence_questions(client, home_page):
    course = make_course(home_page)
    attachment = attach(course=course)
    learner = UserFactory()
    client.force_login(learner)
    url = reverse("learning_evaluation:respond", args=[attachment.pk, "before"])
    html = client.get(url).content.decode()
    assert "Spot the signs of neglect" in html
    assert "How useful was it?" not in html

    response = client.post(url, {f"q-{CONFIDENCE}-0": 2, f"q-{CONFIDENCE}-1": 1})
    assert response.status_code == 302
    saved = EvaluationResponse.objects.get()
    assert (saved.stage, saved.cycle, saved.answers) == ("before", 1, confidence(2, 1))
    # After the course, the same learner's after-answers pair with it.
    completion = complete(learner, course)
    after = reverse("learning_evaluation:respond", args=[attachment.pk, "after"])
    client.post(
        after,
        {f"q-{CONFIDENCE}-0": 4, f"q-{CONFIDENCE}-1": 4, f"q-{RATING}": 5, f"q-{YES_NO}": "yes"},
    )
    assert EvaluationResponse.objects.get(stage="after").completion == completion
    (report,) = evaluation_report(scope=SYSTEM_SCOPE)
    assert [s.shift for s in report.shifts] == [Decimal("2.00"), Decimal("3.00")]


def test_unanswered_required_questions_show_the_error_summary(client, home_page):
    course = make_course(home_page)
    attachment = attach(course=course)
    learner = UserFactory()
    complete(learner, course)
    client.force_login(learner)
    url = reverse("learning_evaluation:respond", args=[attachment.pk, "after"])
    response = client.post(url, {f"q-{RATING}": 4})
    html = response.content.decode()
    assert response.status_code == 400
    assert "govuk-error-summary" in html
    assert "Choose how confident you are: Spot the signs of neglect" in html
    assert "Choose yes or no: Would you recommend it?" in html
    assert not EvaluationResponse.objects.exists()


def test_nothing_to_evaluate_before_completing(client, home_page):
    course = make_course(home_page)
    attachment = attach(course=course)
    client.force_login(UserFactory())
    url = reverse("learning_evaluation:respond", args=[attachment.pk, "after"])
    assert client.get(url).status_code == 404
    assert client.post(url, {}).status_code == 404
    assert not EvaluationResponse.objects.exists()


def test_course_page_offers_the_check_before_and_the_evaluation_after(client, home_page):
    course = make_course(home_page)
    attachment = attach(course=course, holds_certificate=True)
    learner = UserFactory()
    client.force_login(learner)
    before_url = reverse("learning_evaluation:respond", args=[attachment.pk, "before"])
    after_url = reverse("learning_evaluation:respond", args=[attachment.pk, "after"])

    html = client.get(course.url).content.decode()
    assert before_url in html and after_url not in html

    complete(learner, course)
    html = client.get(course.url).content.decode()
    assert before_url not in html
    assert after_url in html and "Your certificate is issued when you send it" in html


def test_event_confidence_check_is_listed_at_booking_until_answered(client, home_page):
    from learning.training.models import Booking, BookingStatus
    from tests.factories import (
        TrainingEventPageFactory,
        TrainingIndexPageFactory,
        TrainingSessionFactory,
    )

    event = TrainingEventPageFactory(
        parent=TrainingIndexPageFactory(parent=home_page), title="Neglect workshop"
    )
    session = TrainingSessionFactory(event=event)
    attachment = attach(event=event)
    learner = UserFactory()
    Booking.objects.create(session=session, learner=learner, status=BookingStatus.BOOKED)
    client.force_login(learner)
    page = client.get(reverse("learning:my_learning")).content.decode()
    assert "Before the training: how confident are you?" in page
    assert f"{timezone.localtime(session.starts_at):%-d %B %Y}" in page

    url = reverse("learning_evaluation:respond", args=[attachment.pk, "before"])
    client.post(url, {f"q-{CONFIDENCE}-0": 3, f"q-{CONFIDENCE}-1": 2})
    assert EvaluationResponse.objects.get().stage == "before"
    page = client.get(reverse("learning:my_learning")).content.decode()
    assert "Evaluations to complete" not in page
