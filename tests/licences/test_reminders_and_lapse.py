"""Renewal reminders go out once at 60 days and once at 14 before the renew-by date (and
again for the next cycle after a renewal); a licence lapses the day after its renew-by
date, and then opens nothing and counts for nothing."""

from __future__ import annotations

import datetime as dt

import pytest

from django.core import mail

from learning.licences.models import LicenceReminder, LicenceStatus
from learning.licences.services import licence_reminders_send
from learning.licences.tasks import send_licence_reminders
from tests.factories import UserFactory

from .conftest import licence

pytestmark = pytest.mark.django_db

TODAY = dt.date(2026, 6, 1)


@pytest.fixture
def holder(early_help, gcp2):
    person = UserFactory(agency=early_help, email="lola@example.org", first_name="Lola")
    licence(gcp2, person, licensed_on=dt.date(2023, 7, 31), renew_by=TODAY + dt.timedelta(days=60))
    return person


def test_a_reminder_at_60_days_then_at_14_each_once(holder):
    assert licence_reminders_send(today=TODAY) == 1
    assert licence_reminders_send(today=TODAY) == 0
    assert licence_reminders_send(today=TODAY + dt.timedelta(days=10)) == 0
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["lola@example.org"]
    assert message.subject == "Renew your GCP2 licence by 31 July 2026"
    assert "in 60 days" in message.body
    assert "refresher" in message.body

    fortnight = TODAY + dt.timedelta(days=46)
    assert licence_reminders_send(today=fortnight) == 1
    assert licence_reminders_send(today=fortnight + dt.timedelta(days=1)) == 0
    assert len(mail.outbox) == 2
    assert "in 14 days" in mail.outbox[1].body
    assert sorted(LicenceReminder.objects.values_list("days_before", flat=True)) == [14, 60]


def test_the_daily_task_sends_the_same_reminders_once(holder, monkeypatch):
    from django.utils import timezone

    monkeypatch.setattr(timezone, "localdate", lambda *args, **kwargs: TODAY)
    assert send_licence_reminders.delay().get() == 1
    assert send_licence_reminders.delay().get() == 0
    assert len(mail.outbox) == 1


def test_a_late_first_run_sends_only_the_more_urgent_reminder(holder):
    assert licence_reminders_send(today=TODAY + dt.timedelta(days=50)) == 1
    assert "in 10 days" in mail.outbox[0].body
    assert list(LicenceReminder.objects.values_list("days_before", flat=True)) == [14]


def test_a_renewal_starts_a_new_cycle_of_reminders(holder):
    held = holder.licences.get()
    licence_reminders_send(today=TODAY)
    held.renew_by = dt.date(2029, 7, 31)
    held.save()
    assert licence_reminders_send(today=dt.date(2029, 6, 1)) == 1
    assert LicenceReminder.objects.count() == 2


def test_revoked_and_lapsed_licences_get_no_reminder(early_help, gcp2):
    from django.utils import timezone

    gone = UserFactory(agency=early_help)
    licence(
        gcp2,
        gone,
        licensed_on=dt.date(2023, 1, 1),
        renew_by=TODAY + dt.timedelta(days=30),
        revoked_at=timezone.now(),
        revocation_reason="Left the agency",
    )
    lapsed = UserFactory(agency=early_help)
    licence(gcp2, lapsed, licensed_on=dt.date(2023, 1, 1), renew_by=TODAY - dt.timedelta(days=1))
    assert licence_reminders_send(today=TODAY) == 0
    assert mail.outbox == []


def test_a_licence_lapses_the_day_after_its_renew_by_date(holder):
    held = holder.licences.get()
    renew_by = held.renew_by
    assert held.status_on(renew_by - dt.timedelta(days=61)) == LicenceStatus.ACTIVE
    assert held.status_on(renew_by - dt.timedelta(days=60)) == LicenceStatus.EXPIRING
    assert held.status_on(renew_by) == LicenceStatus.EXPIRING
    assert held.status_on(renew_by + dt.timedelta(days=1)) == LicenceStatus.LAPSED
