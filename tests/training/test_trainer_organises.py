"""Trainers organise their own partnership's sessions (issue 13: "trainers and managers
can book on someone's behalf, move people between sessions, and close booking"), by the one
rule in learning.training.policy: the organisers' pages, the session snippet, the register
and the admin menu all follow it; another partnership's sessions are not found."""

from __future__ import annotations

import pytest

from learning.people.roles import Role
from learning.training.models import Booking, BookingStatus, TrainingSession
from learning.training.services import booking_create
from tests.factories import (
    AgencyFactory,
    PartnershipFactory,
    TrainingEventPageFactory,
    TrainingSessionFactory,
    UserFactory,
)

from .conftest import with_mfa

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def trainer(agency, home_page):
    return with_mfa(UserFactory(agency=agency, roles={Role.TRAINER}, first_name="Tara"))


def _url(session) -> str:
    return f"/admin/training/bookings/{session.pk}/"


def test_a_trainer_books_someone_of_their_partnership_on_their_behalf(
    client, trainer, partnership, session
):
    colleague = UserFactory(agency=AgencyFactory(partnership=partnership, name="Walsall Police"))
    client.force_login(trainer)

    page = client.get(_url(session))
    response = client.post(_url(session), {"action": "book", "behalf-learner": colleague.pk})

    assert page.status_code == 200 and "Close booking" in page.content.decode()
    assert response.status_code == 302
    booking = Booking.objects.get(learner=colleague)
    assert booking.status == BookingStatus.BOOKED and booking.booked_by == trainer


def test_a_trainer_cannot_book_someone_of_another_partnership(client, trainer, session):
    outsider = UserFactory(agency=AgencyFactory(name="Elsewhere"))
    client.force_login(trainer)

    response = client.post(_url(session), {"action": "book", "behalf-learner": outsider.pk})

    assert response.status_code == 400
    assert not Booking.objects.exists()


def test_a_trainer_moves_a_booking_and_closes_booking(client, trainer, learner, session, event):
    other = TrainingSessionFactory(event=event, capacity=5)
    booking = booking_create(session_id=session.pk, learner=learner)
    client.force_login(trainer)

    moved = client.post(
        _url(session), {"action": "move", "move-booking": booking.pk, "move-to_session": other.pk}
    )
    closed = client.post(_url(other), {"action": "close"})

    assert moved.status_code == 302 and closed.status_code == 302
    booking.refresh_from_db()
    assert booking.session == other and booking.status == BookingStatus.BOOKED
    other.refresh_from_db()
    assert other.is_booking_closed


def test_another_partnerships_session_is_not_found_for_a_trainer(client, trainer, training_index):
    elsewhere = TrainingSessionFactory(
        event=TrainingEventPageFactory(
            parent=training_index, partnership=PartnershipFactory(name="Dudley")
        )
    )
    client.force_login(trainer)

    listing = client.get("/admin/training/bookings/")
    page = client.get(_url(elsewhere))
    close = client.post(_url(elsewhere), {"action": "close"})

    assert listing.status_code == 200 and str(elsewhere) not in listing.content.decode()
    assert page.status_code == 404 and close.status_code == 404
    elsewhere.refresh_from_db()
    assert not elsewhere.is_booking_closed


def test_a_trainer_sees_the_training_menu_items(client, trainer):
    client.force_login(trainer)

    admin = client.get("/admin/").content.decode()

    assert "/admin/training/bookings/" in admin  # Training bookings
    assert "/training/registers/" in admin  # Registers
    assert "/admin/snippets/learning/trainingsession/" in admin  # the Sessions snippet


def test_a_learner_sees_no_organiser_pages(client, learner, session, home_page):
    client.force_login(learner)

    assert client.get(_url(session)).status_code in (302, 403)
    assert client.get("/admin/training/bookings/").status_code in (302, 403)


def test_a_trainer_edits_their_partnerships_session_in_the_snippet(
    client, trainer, event, session, training_index
):
    elsewhere = TrainingSessionFactory(
        event=TrainingEventPageFactory(
            parent=training_index, partnership=PartnershipFactory(name="Dudley")
        )
    )
    client.force_login(trainer)

    listing = client.get("/admin/snippets/learning/trainingsession/").content.decode()
    added = client.post(
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
    other_edit = client.get(f"/admin/snippets/learning/trainingsession/edit/{elsewhere.pk}/")

    assert f"/admin/snippets/learning/trainingsession/edit/{session.pk}/" in listing
    assert f"/edit/{elsewhere.pk}/" not in listing
    assert added.status_code == 302
    assert TrainingSession.objects.filter(event=event, capacity=12).exists()
    # Wagtail refuses by sending them back to the dashboard with a message.
    assert (other_edit.status_code, other_edit.get("Location")) in (
        (403, None),
        (404, None),
        (302, "/admin/"),
    )
