"""Training's beat task paths through a real Celery worker (a separate process): lapsing
offers (which queues the offer email to the next person) and reminders, recorded once."""

from __future__ import annotations

from datetime import timedelta

import pytest

from django.utils import timezone

from learning.training.models import Booking, BookingReminder, BookingStatus
from learning.training.services import booking_create
from tests.factories import TrainingSessionFactory, UserFactory

pytestmark = [pytest.mark.worker, pytest.mark.django_db(transaction=True)]


def test_training_tasks_run_on_a_real_worker(celery_worker, event, learner, agency):
    from learning.training.tasks import training_offers_expire, training_reminders_send

    soon = TrainingSessionFactory(
        event=event, capacity=1, starts_at=timezone.now() + timedelta(hours=20)
    )
    booking_create(session_id=soon.pk, learner=learner, now=timezone.now() - timedelta(days=3))
    first, second = (UserFactory(agency=agency) for _ in range(2))
    full = TrainingSessionFactory(event=event, capacity=1)
    offered = booking_create(session_id=full.pk, learner=first)
    waiting = booking_create(session_id=full.pk, learner=second)
    Booking.objects.filter(pk=offered.pk).update(
        status=BookingStatus.OFFERED, offer_expires_at=timezone.now() - timedelta(minutes=1)
    )

    assert training_offers_expire.delay().get(timeout=90) == 1
    assert training_reminders_send.delay().get(timeout=90) == 1
    assert training_reminders_send.delay().get(timeout=90) == 0

    assert Booking.objects.get(pk=offered.pk).status == BookingStatus.CANCELLED
    assert Booking.objects.get(pk=waiting.pk).status == BookingStatus.OFFERED
    assert list(BookingReminder.objects.values_list("days_before", flat=True)) == [1]
