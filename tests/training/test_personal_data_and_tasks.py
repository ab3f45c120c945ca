"""Training's part of a person's data (export and erasure), and the beat tasks run through
Celery (eagerly here)."""

from __future__ import annotations

import io
import json
from datetime import timedelta

import pytest

from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from learning.training.models import Booking, BookingStatus
from learning.training.services import booking_cancel, booking_create
from learning.training.tasks import training_offers_expire, training_reminders_send
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db(transaction=True)


def test_export_lists_bookings_and_erasure_frees_held_places(learner, session, event):
    event.needs_manager_approval = True
    event.save_revision().publish()
    booking_create(session_id=session.pk, learner=learner, manager_email="boss@example.org")

    out = io.StringIO()
    call_command("personal_data_export", email=learner.email, stdout=out)
    exported = json.loads(out.getvalue())["training"]["bookings"]
    call_command(
        "personal_data_erase", email=learner.email, interactive=False, stdout=io.StringIO()
    )

    assert exported[0]["event"] == "Multi-agency neglect workshop"
    assert exported[0]["manager_email"] == "boss@example.org"
    booking = Booking.objects.get()
    assert booking.status == BookingStatus.CANCELLED
    assert booking.manager_email == "" and booking.approval_nonce == ""


def test_beat_tasks_run_through_celery(session, learner, agency, settings):
    settings.TRAINING_OFFER_HOURS = 0  # every offer has lapsed by the time the task runs
    session.capacity = 1
    session.starts_at = timezone.now() + timedelta(hours=20)
    session.ends_at = session.starts_at + timedelta(hours=2)
    session.save()
    first = booking_create(
        session_id=session.pk, learner=learner, now=timezone.now() - timedelta(days=3)
    )
    waiting = booking_create(session_id=session.pk, learner=UserFactory(agency=agency))
    booking_cancel(booking=first, by=learner, staff=True)
    mail.outbox.clear()

    assert training_offers_expire.delay().get() == 1
    assert Booking.objects.get(pk=waiting.pk).status == BookingStatus.CANCELLED
    assert training_reminders_send.delay().get() == 0  # nobody holds a place now


def test_reminder_task_reminds_people_with_a_place_once(event, learner):
    from tests.factories import TrainingSessionFactory

    soon = TrainingSessionFactory(event=event, starts_at=timezone.now() + timedelta(hours=20))
    booking_create(session_id=soon.pk, learner=learner, now=timezone.now() - timedelta(days=3))
    mail.outbox.clear()

    assert training_reminders_send.delay().get() == 1
    assert training_reminders_send.delay().get() == 0
    assert [m.subject.split(":")[0] for m in mail.outbox] == ["Reminder"]
