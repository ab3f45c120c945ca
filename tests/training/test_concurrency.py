"""Capacity is never exceeded: many people booking the last place at once get one place
and the rest join the waiting list (the session row is locked while places are counted)."""

from __future__ import annotations

import threading

import pytest

from django.db import connection

from learning.training.models import Booking, BookingStatus
from learning.training.services import booking_create
from tests.factories import TrainingSessionFactory, UserFactory

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.mark.postgresql
def test_parallel_bookings_for_the_last_place_give_exactly_one_place(event, agency, learner):
    session = TrainingSessionFactory(event=event, capacity=2)
    booking_create(session_id=session.pk, learner=learner)  # one place left
    people = [UserFactory(agency=agency) for _ in range(6)]
    barrier = threading.Barrier(len(people))
    errors: list[Exception] = []

    def book(person) -> None:
        try:
            barrier.wait()
            booking_create(session_id=session.pk, learner=person)
        except Exception as exc:  # re-raised in the test's thread
            errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=book, args=(person,)) for person in people]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)

    assert not errors, errors
    statuses = list(Booking.objects.filter(learner__in=people).values_list("status", flat=True))
    assert statuses.count(BookingStatus.BOOKED) == 1
    assert statuses.count(BookingStatus.WAITING) == 5
    assert Booking.objects.filter(session=session, status=BookingStatus.BOOKED).count() == 2
