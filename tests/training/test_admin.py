"""Organisers' pages: managers and leads book on someone's behalf, managers move people
between sessions, close booking and cancel a session, all within their scope; a booked
session cannot be deleted."""

from __future__ import annotations

import pytest

from django.core import mail

from learning.people.roles import Role
from learning.training.models import Booking, BookingStatus, TrainingSession
from learning.training.services import booking_create
from tests.factories import AgencyFactory, TrainingSessionFactory, UserFactory

from .conftest import with_mfa

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def manager(agency):
    return with_mfa(UserFactory(agency=agency, roles={Role.PARTNERSHIP_MANAGER}))


def _url(session) -> str:
    return f"/admin/training/bookings/{session.pk}/"


def test_manager_books_someone_on_their_behalf_without_approval(
    client, manager, learner, session, event
):
    event.needs_manager_approval = True
    event.save_revision().publish()
    client.force_login(manager)

    response = client.post(_url(session), {"action": "book", "behalf-learner": learner.pk})

    assert response.status_code == 302
    booking = Booking.objects.get(learner=learner)
    assert booking.status == BookingStatus.BOOKED and booking.booked_by == manager
    assert mail.outbox[-1].to == [learner.email]
    page = client.get(_url(session)).content.decode()
    assert learner.email in page


def test_manager_cannot_book_someone_outside_their_partnership(client, manager, session):
    outsider = UserFactory(agency=AgencyFactory(name="Elsewhere"))
    client.force_login(manager)

    response = client.post(_url(session), {"action": "book", "behalf-learner": outsider.pk})

    assert response.status_code == 400
    assert not Booking.objects.exists()


def test_manager_moves_a_booking_and_the_freed_place_is_offered(
    client, manager, learner, session, event, agency
):
    other = TrainingSessionFactory(event=event, capacity=5)
    session.capacity = 1
    session.save()
    booking_create(session_id=session.pk, learner=learner)
    waiting = booking_create(session_id=session.pk, learner=UserFactory(agency=agency))
    client.force_login(manager)

    booking = Booking.objects.get(learner=learner)
    response = client.post(
        _url(session), {"action": "move", "move-booking": booking.pk, "move-to_session": other.pk}
    )

    assert response.status_code == 302
    booking.refresh_from_db()
    assert booking.session == other and booking.status == BookingStatus.BOOKED
    waiting.refresh_from_db()
    assert waiting.status == BookingStatus.OFFERED


def test_manager_closes_booking_and_learners_are_refused(client, manager, learner, session):
    client.force_login(manager)
    client.post(_url(session), {"action": "close"})
    session.refresh_from_db()
    assert session.is_booking_closed

    client.force_login(learner)
    response = client.post(f"/training/sessions/{session.pk}/book/")

    assert response.status_code == 400
    assert "Booking for this session has closed." in response.content.decode()
    assert not Booking.objects.exists()


def test_manager_cancels_the_session_and_everyone_booked_is_told(client, manager, learner, session):
    booking_create(session_id=session.pk, learner=learner)
    mail.outbox.clear()
    client.force_login(manager)

    missing = client.post(_url(session), {"action": "cancel_session", "cancel-reason": ""})
    assert missing.status_code == 400
    client.post(_url(session), {"action": "cancel_session", "cancel-reason": "Venue flooded."})

    session.refresh_from_db()
    assert session.is_cancelled
    assert Booking.objects.get().status == BookingStatus.CANCELLED
    assert [m.to for m in mail.outbox] == [[learner.email]]
    assert "Venue flooded." in mail.outbox[0].body


def test_a_lead_sees_their_agency_but_cannot_close_booking(client, agency, learner, session):
    lead = with_mfa(UserFactory(agency=agency, roles={Role.AGENCY_LEAD}))
    booking_create(session_id=session.pk, learner=learner)
    client.force_login(lead)

    page = client.get(_url(session))
    close = client.post(_url(session), {"action": "close"})

    assert page.status_code == 200 and learner.email in page.content.decode()
    assert close.status_code == 403
    session.refresh_from_db()
    assert not session.is_booking_closed


def test_another_partnerships_manager_cannot_see_the_bookings(client, session):
    elsewhere = with_mfa(
        UserFactory(agency=AgencyFactory(name="Far"), roles={Role.PARTNERSHIP_MANAGER})
    )
    client.force_login(elsewhere)

    assert client.get(_url(session)).status_code == 404


def test_a_booked_session_cannot_be_deleted(client, manager, learner, session):
    booking_create(session_id=session.pk, learner=learner)
    client.force_login(manager)

    response = client.post(f"/admin/snippets/learning/trainingsession/delete/{session.pk}/")

    assert response.status_code == 302
    assert TrainingSession.objects.filter(pk=session.pk).exists()
    assert Booking.objects.filter(session=session).count() == 1
    listing = client.get(response["Location"]).content.decode()
    assert "has bookings, so it cannot be deleted." in listing


def test_a_bulk_delete_of_a_booked_session_is_refused(client, manager, learner, session):
    booking_create(session_id=session.pk, learner=learner)
    client.force_login(manager)

    response = client.post(
        f"/admin/bulk/learning/trainingsession/delete/?id={session.pk}", {"id": session.pk}
    )

    assert response.status_code == 302
    assert TrainingSession.objects.filter(pk=session.pk).exists()


def test_a_session_without_bookings_can_be_deleted(client, manager, session):
    client.force_login(manager)

    client.post(f"/admin/snippets/learning/trainingsession/delete/{session.pk}/")

    assert not TrainingSession.objects.filter(pk=session.pk).exists()


def test_session_form_refuses_another_partnerships_event(client, manager, training_index):
    from tests.factories import TrainingEventPageFactory

    foreign = TrainingEventPageFactory(parent=training_index, title="Foreign event")
    client.force_login(manager)

    response = client.post(
        "/admin/snippets/learning/trainingsession/add/",
        {
            "event": foreign.pk,
            "starts_at": "2030-01-10 09:00",
            "ends_at": "2030-01-10 12:00",
            "format": "online",
            "capacity": "10",
        },
    )

    assert response.status_code == 200  # the form again, with the error
    assert not TrainingSession.objects.filter(event=foreign).exists()


def test_manager_adds_a_session_to_their_partnerships_event(client, manager, event):
    client.force_login(manager)

    response = client.post(
        "/admin/snippets/learning/trainingsession/add/",
        {
            "event": event.pk,
            "starts_at": "2030-01-10 09:00",
            "ends_at": "2030-01-10 12:00",
            "format": "online",
            "joining_link": "https://meet.example.org/room",
            "capacity": "12",
            "trainers": "Tara Trainer",
        },
    )

    assert response.status_code == 302
    session = TrainingSession.objects.get(event=event)
    assert session.capacity == 12 and session.sequence == 0


def test_session_form_refuses_an_end_before_the_start(client, manager, event):
    client.force_login(manager)

    response = client.post(
        "/admin/snippets/learning/trainingsession/add/",
        {
            "event": event.pk,
            "starts_at": "2030-01-10 12:00",
            "ends_at": "2030-01-10 09:00",
            "format": "online",
            "capacity": "12",
        },
    )

    assert response.status_code == 200
    assert "The session must end after it starts." in response.content.decode()
    assert not TrainingSession.objects.exists()
