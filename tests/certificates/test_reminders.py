"""Refresher reminders: once at 60 days, once at 14, never daily; text and HTML."""

from __future__ import annotations

from datetime import timedelta

import pytest

from django.core import mail
from django.utils import timezone

from certificates.models import Certificate, RefresherReminder
from certificates.services import refresher_reminders_send
from certificates.tasks import send_refresher_reminders
from learning.progress.services import course_completion_record
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db(transaction=True)


def issue(course, learner=None) -> Certificate:
    completion, _ = course_completion_record(learner=learner or UserFactory(), course=course)
    return Certificate.objects.get(completion=completion)


def test_reminders_go_out_once_at_each_threshold_not_daily(make_course):
    learner = UserFactory(first_name="Ravi", email="ravi@example.org")
    certificate = issue(make_course("Understanding child neglect"), learner)
    expires = certificate.expires_on

    sent_per_day = {
        days_before: refresher_reminders_send(today=expires - timedelta(days=days_before))
        for days_before in range(70, 0, -1)
    }

    assert {d: n for d, n in sent_per_day.items() if n} == {60: 1, 14: 1}
    assert len(mail.outbox) == 2
    first, second = mail.outbox
    assert first.to == ["ravi@example.org"]
    assert first.subject == (
        f"Your Understanding child neglect certificate expires on {expires.day} {expires:%B %Y}"
    )
    assert "in 60 days" in first.body
    assert "in 14 days" in second.body
    html, mime = first.alternatives[0]
    assert mime == "text/html"
    assert "Dear Ravi" in html and "take the refresher" in html
    assert set(RefresherReminder.objects.values_list("days_before", flat=True)) == {60, 14}


def test_running_twice_on_the_same_day_sends_one_email(make_course):
    certificate = issue(make_course())
    today = certificate.expires_on - timedelta(days=60)
    assert refresher_reminders_send(today=today) == 1
    assert refresher_reminders_send(today=today) == 0
    assert len(mail.outbox) == 1


def test_a_missed_60_day_run_sends_only_the_14_day_reminder(make_course):
    certificate = issue(make_course())
    assert refresher_reminders_send(today=certificate.expires_on - timedelta(days=10)) == 1
    assert refresher_reminders_send(today=certificate.expires_on - timedelta(days=9)) == 0
    assert "in 10 days" in mail.outbox[0].body
    assert len(mail.outbox) == 1


def test_revoked_and_never_expiring_certificates_get_no_reminder(make_course):
    revoked = issue(make_course("Course A"))
    Certificate.objects.filter(pk=revoked.pk).update(revoked_at=timezone.now())
    issue(make_course("Course B", validity_months=0))
    assert refresher_reminders_send(today=revoked.expires_on - timedelta(days=60)) == 0
    assert mail.outbox == []


def test_the_daily_task_sends_todays_reminders(make_course):
    course = make_course(validity_months=12)
    completed = timezone.now() - timedelta(days=1)
    learner = UserFactory()
    course_completion_record(learner=learner, course=course, completed_at=completed)
    certificate = Certificate.objects.get()
    # Move the expiry to 60 days from today, as if completed ten months ago.
    Certificate.objects.filter(pk=certificate.pk).update(
        expires_on=timezone.localdate() + timedelta(days=60)
    )
    assert send_refresher_reminders.delay().get() == 1
    assert send_refresher_reminders.delay().get() == 0
    assert len(mail.outbox) == 1
