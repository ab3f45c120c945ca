"""My learning lists "Your training sessions": upcoming places with cancel, waiting-list
places, and past attendance."""

from __future__ import annotations

from datetime import timedelta

import pytest

from django.utils import timezone

from learning.training.models import Attendance, Booking, BookingStatus
from learning.training.services import booking_create
from tests.factories import TrainingSessionFactory, UserFactory

pytestmark = pytest.mark.django_db


def test_my_learning_lists_upcoming_waiting_and_past_sessions(client, event, learner, agency):
    upcoming = TrainingSessionFactory(event=event)
    full = TrainingSessionFactory(event=event, capacity=1)
    booking_create(session_id=full.pk, learner=UserFactory(agency=agency))
    past = TrainingSessionFactory(
        event=event,
        starts_at=timezone.now() - timedelta(days=20),
        ends_at=timezone.now() - timedelta(days=20) + timedelta(hours=2),
    )
    mine = booking_create(session_id=upcoming.pk, learner=learner)
    booking_create(session_id=full.pk, learner=learner)
    Booking.objects.create(
        session=past,
        learner=learner,
        status=BookingStatus.BOOKED,
        attendance=Attendance.ATTENDED,
        created_at=timezone.now() - timedelta(days=30),
    )
    client.force_login(learner)

    body = client.get("/my-learning/").content.decode()

    assert "Your training sessions" in body
    upcoming_table = body.split('data-training="upcoming"')[1].split("</table>")[0]
    waiting_table = body.split('data-training="waiting"')[1].split("</table>")[0]
    past_table = body.split('data-training="past"')[1].split("</table>")[0]
    assert f"/my-learning/training/{mine.pk}/cancel/" in upcoming_table
    assert "On the waiting list" in waiting_table
    assert "Attended" in past_table


def test_my_learning_without_bookings_points_to_the_listing(client, learner):
    client.force_login(learner)
    body = client.get("/my-learning/").content.decode()
    assert "You have not booked any training sessions." in body
