"""Reminders N days before (7 and 1 by default), sent exactly once each, over simulated
days with the daily task run twice a day."""

from __future__ import annotations

from datetime import timedelta

import pytest

from django.core import mail
from django.utils import timezone

from learning.training.models import BookingReminder
from learning.training.services import booking_create, session_cancel, training_reminders_send
from tests.factories import TrainingSessionFactory

pytestmark = pytest.mark.django_db(transaction=True)


def _days_until(session, now) -> list[tuple[int, str]]:
    sent = []
    day = now
    while day < session.starts_at + timedelta(days=1):
        for hour in (8, 14):  # the task runs twice: the second run must send nothing
            moment = day.replace(hour=hour, minute=0)
            before = len(mail.outbox)
            training_reminders_send(now=moment)
            sent += [
                ((session.starts_at.date() - moment.date()).days, m.subject)
                for m in mail.outbox[before:]
            ]
        day += timedelta(days=1)
    return sent


def test_reminders_go_seven_days_and_one_day_before_exactly_once_each(event, learner):
    now = timezone.localtime(timezone.now()).replace(hour=7, minute=0, second=0, microsecond=0)
    session = TrainingSessionFactory(
        event=event, starts_at=now + timedelta(days=12, hours=3), capacity=5
    )
    booking_create(session_id=session.pk, learner=learner, now=now)
    mail.outbox.clear()

    sent = _days_until(session, now)

    subject = f"Reminder: {event.title} on {timezone.localtime(session.starts_at):%-d %B %Y}"
    assert sent == [(7, subject), (1, subject)]
    assert sorted(BookingReminder.objects.values_list("days_before", flat=True)) == [1, 7]


def test_a_booking_made_three_days_before_gets_only_the_one_day_reminder(event, learner):
    now = timezone.localtime(timezone.now()).replace(hour=7, minute=0, second=0, microsecond=0)
    session = TrainingSessionFactory(event=event, starts_at=now + timedelta(days=3, hours=3))
    booking_create(session_id=session.pk, learner=learner, now=now)
    mail.outbox.clear()

    assert [days for days, _ in _days_until(session, now)] == [1]


def test_no_reminders_for_a_cancelled_session(event, learner):
    now = timezone.localtime(timezone.now()).replace(hour=7, minute=0, second=0, microsecond=0)
    session = TrainingSessionFactory(event=event, starts_at=now + timedelta(days=9))
    booking_create(session_id=session.pk, learner=learner, now=now)
    session_cancel(session=session, reason="The trainer is ill.")
    cancelled = [m for m in mail.outbox if m.subject.startswith("Cancelled by the organiser")]
    mail.outbox.clear()

    assert _days_until(session, now) == []
    assert len(cancelled) == 1
    assert "The trainer is ill." in cancelled[0].body
    assert cancelled[0].attachments[0][2].startswith("text/calendar; method=CANCEL")
