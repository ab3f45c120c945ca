"""Booking a place: confirmation with a calendar invite, the waiting list when full, and
every refusal (double booking, closed, not eligible, missing e-learning) changing nothing."""

from __future__ import annotations

from datetime import timedelta

import pytest

from django.core import mail
from django.utils import timezone

from learning.progress.models import CourseCompletion
from learning.training.models import Booking, BookingStatus, TrainingFormat
from tests.factories import (
    AgencyFactory,
    CourseIndexPageFactory,
    CoursePageFactory,
    UserFactory,
)

from .conftest import parse_calendar, vevents

pytestmark = pytest.mark.django_db(transaction=True)


def _book(client, session, **data):
    return client.post(f"/training/sessions/{session.pk}/book/", data)


def test_signed_in_learner_books_a_place_and_gets_a_confirmation_with_an_invite(
    client, learner, session
):
    client.force_login(learner)

    response = _book(client, session)

    assert response.status_code == 302
    booking = Booking.objects.get(learner=learner, session=session)
    assert booking.status == BookingStatus.BOOKED
    assert len(mail.outbox) == 1
    email = mail.outbox[0]
    assert email.to == ["learner@example.org"]
    assert email.subject == "Your place is booked: Multi-agency neglect workshop"
    assert "Your place is booked." in email.body
    assert email.alternatives[0][1] == "text/html"
    name, content, mimetype = email.attachments[0]
    assert name == "invite.ics" and mimetype.startswith("text/calendar")
    (vevent,) = vevents(parse_calendar(content))
    assert str(vevent["summary"]) == "Multi-agency neglect workshop"
    assert vevent.decoded("dtstart") == session.starts_at
    assert str(vevent["attendee"]) == "mailto:learner@example.org"
    page = client.get(f"/training/sessions/{session.pk}/").content.decode()
    assert "You have a place." in page and "1 place left" in page


def test_a_full_session_puts_the_learner_on_the_waiting_list(client, session, agency):
    first, second, third = (UserFactory(agency=agency) for _ in range(3))
    for person in (first, second):
        client.force_login(person)
        _book(client, session)
    mail.outbox.clear()

    client.force_login(third)
    _book(client, session)

    booking = Booking.objects.get(learner=third)
    assert booking.status == BookingStatus.WAITING
    assert mail.outbox[0].subject.startswith("You are on the waiting list")
    page = client.get(f"/training/sessions/{session.pk}/").content.decode()
    assert "Full — join the waiting list" in page
    assert "You are number 1 on the waiting list" in page
    assert Booking.objects.filter(status=BookingStatus.BOOKED).count() == 2


def test_booking_twice_is_refused_with_a_clear_message(client, learner, session):
    client.force_login(learner)
    _book(client, session)

    response = client.post(f"/training/sessions/{session.pk}/book/")

    assert response.status_code == 400
    assert "You already have a booking on this session (booked)." in response.content.decode()
    assert Booking.objects.filter(learner=learner).count() == 1


def test_booking_after_booking_closed_is_refused(client, learner, session):
    session.booking_closes_at = timezone.now() - timedelta(hours=1)
    session.save()
    client.force_login(learner)

    response = _book(client, session)

    assert response.status_code == 400
    assert "Booking for this session has closed." in response.content.decode()
    assert not Booking.objects.exists()
    assert mail.outbox == []


def test_booking_without_the_prerequisite_e_learning_is_refused_until_completed(
    client, learner, session, event, home_page
):
    course = CoursePageFactory(
        parent=CourseIndexPageFactory(parent=home_page), title="GCP2 e-learning"
    )
    event.prerequisite_courses.add(course)
    event.save_revision().publish()
    client.force_login(learner)

    page = client.get(f"/training/sessions/{session.pk}/").content.decode()
    response = _book(client, session)

    expected = "Complete the e-learning “GCP2 e-learning” before booking this event."
    assert expected in page
    assert response.status_code == 400 and expected in response.content.decode()
    assert not Booking.objects.exists()

    CourseCompletion.objects.create(learner=learner, course=course, completed_at=timezone.now())
    assert _book(client, session).status_code == 302
    assert Booking.objects.get().status == BookingStatus.BOOKED


def test_staff_of_another_partnership_are_not_eligible(client, session):
    outsider = UserFactory(agency=AgencyFactory(name="Far away trust"))
    client.force_login(outsider)

    response = _book(client, session)

    assert response.status_code == 400
    assert "Far away trust is not one of them." in response.content.decode()
    assert not Booking.objects.exists()


def test_a_named_partner_agency_may_book(client, session, event):
    partner_agency = AgencyFactory(name="Dudley Council")
    event.eligible_agencies.add(partner_agency)
    event.save_revision().publish()
    client.force_login(UserFactory(agency=partner_agency))

    assert _book(client, session).status_code == 302
    assert Booking.objects.get().status == BookingStatus.BOOKED


def test_session_page_has_bounded_queries(client, learner, session, django_assert_max_num_queries):
    client.force_login(learner)
    client.get(f"/training/sessions/{session.pk}/")
    with django_assert_max_num_queries(20):
        response = client.get(f"/training/sessions/{session.pk}/")
    assert "Book a place" in response.content.decode()


def test_booking_needs_sign_in(client, session):
    page = client.get(f"/training/sessions/{session.pk}/").content.decode()
    response = _book(client, session)

    assert "Sign in to book" in page
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    assert not Booking.objects.exists()


def test_joining_link_is_shown_only_to_people_with_a_place(client, learner, session, agency):
    session.format = TrainingFormat.ONLINE
    session.joining_link = "https://meet.example.org/secret-room-42"
    session.save()
    url = f"/training/sessions/{session.pk}/"

    assert "secret-room-42" not in client.get(url).content.decode()
    client.force_login(UserFactory(agency=agency))
    assert "secret-room-42" not in client.get(url).content.decode()
    assert client.get(url + "calendar.ics").status_code == 403

    client.force_login(learner)
    _book(client, session)
    assert "secret-room-42" in client.get(url).content.decode()
    assert "secret-room-42" in mail.outbox[0].body


def test_calendar_file_has_one_event_with_a_stable_uid_and_a_rising_sequence(
    client, learner, session
):
    client.force_login(learner)
    _book(client, session)

    first = client.get(f"/training/sessions/{session.pk}/calendar.ics")
    session.refresh_from_db()
    session.venue = "Walsall Council House, Room 2"
    session.save()
    second = client.get(f"/training/sessions/{session.pk}/calendar.ics")

    assert first["Content-Type"].startswith("text/calendar")
    (one,) = vevents(parse_calendar(first.content))
    (two,) = vevents(parse_calendar(second.content))
    assert (
        str(one["uid"])
        == str(two["uid"])
        == f"training-session-{session.uid}@neglect-matters-learning"
    )
    assert int(two["sequence"]) > int(one["sequence"])
    assert "Room 2" in str(two["location"])


def test_calendar_file_needs_sign_in(client, session):
    response = client.get(f"/training/sessions/{session.pk}/calendar.ics")
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_a_session_of_an_unpublished_event_is_not_found(client, session, event):
    event.unpublish()
    assert client.get(f"/training/sessions/{session.pk}/").status_code == 404
