"""The waiting list: places offered in the order people joined, offers that lapse pass to
the next person, and self-cancellation only up to the partnership's cut-off."""

from __future__ import annotations

from datetime import timedelta

import pytest

from django.core import mail
from django.utils import timezone

from learning.exceptions import TrainingRejected
from learning.training.models import Attendance, Booking, BookingStatus, ChargePolicy
from learning.training.services import (
    booking_cancel,
    booking_create,
    booking_offer_accept,
    training_offers_expire,
)
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def people(agency):
    return [UserFactory(agency=agency, first_name=f"P{n}") for n in range(5)]


def _fill(session, people, now):
    bookings = []
    for offset, person in enumerate(people):
        bookings.append(
            booking_create(
                session_id=session.pk, learner=person, now=now + timedelta(minutes=offset)
            )
        )
    return bookings


def test_freed_places_go_to_the_waiting_list_in_the_order_people_joined(session, people):
    now = timezone.now()
    first, second, w1, w2, w3 = _fill(session, people, now)
    assert [b.status for b in (w1, w2, w3)] == [BookingStatus.WAITING] * 3
    mail.outbox.clear()

    booking_cancel(booking=first, by=first.learner, now=now + timedelta(hours=1))

    statuses = {b.pk: b.status for b in Booking.objects.all()}
    assert statuses[w1.pk] == BookingStatus.OFFERED
    assert statuses[w2.pk] == statuses[w3.pk] == BookingStatus.WAITING
    offer = next(m for m in mail.outbox if m.subject.startswith("A place is free"))
    assert offer.to == [w1.learner.email]
    assert "Accept it by" in offer.body

    booking_cancel(booking=second, by=second.learner, now=now + timedelta(hours=2))

    assert Booking.objects.get(pk=w2.pk).status == BookingStatus.OFFERED
    assert Booking.objects.get(pk=w3.pk).status == BookingStatus.WAITING


def test_accepting_an_offer_books_the_place(session, people):
    now = timezone.now()
    first, _second, w1, _w2, _w3 = _fill(session, people, now)
    booking_cancel(booking=first, by=first.learner, now=now)

    booking = booking_offer_accept(booking=w1, learner=w1.learner, now=now + timedelta(hours=1))

    assert booking.status == BookingStatus.BOOKED
    assert mail.outbox[-1].subject.startswith("Your place is booked")


def test_an_offer_not_accepted_in_time_passes_to_the_next_person(session, people, settings):
    settings.TRAINING_OFFER_HOURS = 24
    now = timezone.now()
    first, _second, w1, w2, _w3 = _fill(session, people, now)
    booking_cancel(booking=first, by=first.learner, now=now)

    assert training_offers_expire(now=now + timedelta(hours=23)) == 0
    lapsed = training_offers_expire(now=now + timedelta(hours=25))
    again = training_offers_expire(now=now + timedelta(hours=25))

    assert (lapsed, again) == (1, 0)
    assert Booking.objects.get(pk=w1.pk).status == BookingStatus.CANCELLED
    assert Booking.objects.get(pk=w2.pk).status == BookingStatus.OFFERED
    with pytest.raises(TrainingRejected, match="no place waiting for you"):
        booking_offer_accept(booking=w1, learner=w1.learner, now=now + timedelta(hours=26))


def test_learner_cannot_cancel_after_the_cut_off_but_can_before(session, learner, partnership):
    ChargePolicy.objects.create(partnership=partnership, cancellation_cutoff_days=3)
    booking = booking_create(session_id=session.pk, learner=learner)
    # The session starts in 10 days: the cut-off is 7 days from now.
    late = session.starts_at - timedelta(days=2)

    with pytest.raises(TrainingRejected, match="You can no longer cancel online"):
        booking_cancel(booking=booking, by=learner, now=late)
    assert Booking.objects.get().status == BookingStatus.BOOKED

    cancelled = booking_cancel(
        booking=booking, by=learner, now=session.starts_at - timedelta(days=4)
    )
    assert cancelled.status == BookingStatus.CANCELLED
    assert cancelled.attendance == ""


def test_organiser_cancelling_after_the_cut_off_records_a_late_cancellation(
    session, learner, partnership
):
    ChargePolicy.objects.create(partnership=partnership, cancellation_cutoff_days=3)
    manager = UserFactory(agency=learner.agency)
    booking = booking_create(session_id=session.pk, learner=learner)

    cancelled = booking_cancel(
        booking=booking, by=manager, staff=True, now=session.starts_at - timedelta(days=1)
    )

    assert cancelled.status == BookingStatus.CANCELLED
    assert cancelled.attendance == Attendance.CANCELLED_LATE


def test_cancel_page_refuses_after_the_cut_off_with_the_reason(client, session, learner):
    booking = booking_create(session_id=session.pk, learner=learner)
    session.starts_at = timezone.now() + timedelta(days=2)
    session.ends_at = session.starts_at + timedelta(hours=2)
    session.save()
    client.force_login(learner)

    response = client.post(f"/my-learning/training/{booking.pk}/cancel/")

    assert response.status_code == 400
    assert "You can no longer cancel online: the cut-off was" in response.content.decode()
    assert Booking.objects.get().status == BookingStatus.BOOKED


def test_someone_elses_booking_cannot_be_cancelled(client, session, learner, agency):
    booking = booking_create(session_id=session.pk, learner=learner)
    client.force_login(UserFactory(agency=agency))

    assert client.post(f"/my-learning/training/{booking.pk}/cancel/").status_code == 404
    assert Booking.objects.get().status == BookingStatus.BOOKED
