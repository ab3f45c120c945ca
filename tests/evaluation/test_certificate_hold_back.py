"""A required evaluation that the certificate waits for holds the certificate back;
sending it releases the certificate through the existing issuing pipeline."""

from __future__ import annotations

import pytest

from django.urls import reverse

from certificates.models import Certificate
from certificates.services import attendance_certificate_issue, certificates_issue_missing
from learning.evaluation.models import EvaluationResponse, ResponseStage
from learning.training.models import Attendance, Booking, BookingStatus
from tests.factories import (
    TrainingEventPageFactory,
    TrainingIndexPageFactory,
    TrainingSessionFactory,
    UserFactory,
)

from .conftest import RATING, after_post, attach, complete, make_course

pytestmark = pytest.mark.django_db(transaction=True)


def test_required_evaluation_holds_the_certificate_until_it_is_sent(client, home_page):
    course = make_course(home_page)
    attachment = attach(course=course, is_required=True, holds_certificate=True)
    learner = UserFactory(first_name="Amara")

    complete(learner, course)
    assert not Certificate.objects.exists()
    assert certificates_issue_missing() == 0  # the sweeper does not issue it either

    client.force_login(learner)
    page = client.get(reverse("learning:my_learning")).content.decode()
    assert "Evaluations to complete" in page
    assert "Your certificate waits for this" in page

    url = reverse("learning_evaluation:respond", args=[attachment.pk, "after"])
    response = client.post(url, after_post(text="Use GCP2 at home visits"))

    assert response.status_code == 302
    certificate = Certificate.objects.get()
    assert certificate.learner == learner and certificate.course_id == course.pk
    saved = EvaluationResponse.objects.get()
    assert saved.stage == ResponseStage.AFTER and saved.answers[RATING] == 4
    page = client.get(reverse("learning:my_learning")).content.decode()
    assert "Evaluations to complete" not in page


def test_double_submit_saves_one_response_and_one_certificate(client, home_page):
    course = make_course(home_page)
    attachment = attach(course=course, is_required=True, holds_certificate=True)
    learner = UserFactory()
    complete(learner, course)
    client.force_login(learner)
    url = reverse("learning_evaluation:respond", args=[attachment.pk, "after"])
    owed_page = client.get(url)
    assert owed_page.status_code == 200

    client.post(url, after_post())
    again = client.post(url, after_post(rating=1))

    assert again.status_code == 404  # nothing is owed any more
    assert EvaluationResponse.objects.count() == 1
    assert EvaluationResponse.objects.get().answers["rating-1"] == 4
    assert Certificate.objects.count() == 1


def test_optional_evaluation_does_not_hold_the_certificate(home_page):
    course = make_course(home_page)
    attach(course=course, is_required=False, holds_certificate=False)
    learner = UserFactory()
    complete(learner, course)
    assert Certificate.objects.filter(learner=learner).count() == 1


def test_required_event_evaluation_holds_the_attendance_certificate(client, home_page):
    event = TrainingEventPageFactory(parent=TrainingIndexPageFactory(parent=home_page))
    session = TrainingSessionFactory(event=event)
    attachment = attach(event=event, is_required=True, holds_certificate=True)
    learner = UserFactory()
    booking = Booking.objects.create(
        session=session,
        learner=learner,
        status=BookingStatus.BOOKED,
        attendance=Attendance.ATTENDED,
        attendance_agency=learner.agency,
    )
    assert attendance_certificate_issue(booking=booking) is None
    assert certificates_issue_missing() == 0

    client.force_login(learner)
    url = reverse("learning_evaluation:respond", args=[attachment.pk, "after"])
    assert client.post(url, after_post()).status_code == 302

    certificate = Certificate.objects.get()
    assert certificate.booking == booking
