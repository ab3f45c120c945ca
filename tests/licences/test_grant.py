"""Licences are granted by attending the licensed training in full after the prerequisite
e-learning (and not without it), with the evidence; a refresher renews; a register
correction withdraws a licence the attendance alone granted; each grant issues a licence
certificate that verifies like any other."""

from __future__ import annotations

import datetime as dt

import pytest
from dateutil.relativedelta import relativedelta

from django.utils import timezone

from certificates.models import Certificate, CertificateKind
from learning.audit.models import AuditEvent
from learning.licences.models import Licence, LicenceStatus
from learning.licences.services import licences_grant_owed
from learning.people.roles import Role
from learning.training.attendance.services import attendance_mark
from learning.training.models import Attendance
from tests.factories import UserFactory
from tests.training.attendance_helpers import booked, register_url, session_today, staff

from .conftest import attended, completed, past_session

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def today_session(licensed_event):
    return session_today(licensed_event)


@pytest.fixture
def trainer(early_help):
    return staff(early_help, Role.TRAINER, first_name="Sam", last_name="Trainer")


@pytest.fixture
def person(early_help):
    return UserFactory(agency=early_help, first_name="Lola", last_name="Licensed")


def test_attending_in_full_after_the_elearning_grants_the_licence_with_its_evidence(
    client, gcp2, elearning, today_session, trainer, person
):
    elearning_done = completed(person, elearning, timezone.now() - dt.timedelta(days=30))
    booking = booked(today_session, person)
    client.force_login(trainer)
    response = client.post(register_url(today_session), {f"attendance-{booking.pk}": "attended"})
    assert response.status_code == 302

    licence = Licence.objects.get(person=person, licence_type=gcp2)
    day = timezone.localtime(today_session.starts_at).date()
    assert licence.licensed_on == day
    assert licence.renew_by == day + relativedelta(months=36)
    assert licence.booking == booking
    assert licence.completion == elearning_done
    assert licence.agency == person.agency
    assert licence.granted_by is None
    assert licence.status == LicenceStatus.ACTIVE
    event = AuditEvent.objects.get(action="licence.grant")
    assert event.detail["booking"] == booking.pk
    assert event.detail["completion"] == elearning_done.pk


def test_attending_without_the_elearning_grants_nothing(gcp2, today_session, trainer, person):
    booking = booked(today_session, person)
    attendance_mark(session=today_session, marks={booking.pk: Attendance.ATTENDED}, by=trainer)
    assert not Licence.objects.filter(person=person).exists()
    assert not AuditEvent.objects.filter(action="licence.grant").exists()


def test_elearning_completed_after_the_session_does_not_count(
    gcp2, elearning, licensed_event, person
):
    session = past_session(licensed_event, days_ago=20)
    completed(person, elearning, timezone.now() - dt.timedelta(days=5))
    attended(session, person)
    assert licences_grant_owed() == 0
    assert not Licence.objects.filter(person=person).exists()


def test_attending_part_of_the_session_grants_nothing(
    gcp2, elearning, today_session, trainer, person
):
    completed(person, elearning, timezone.now() - dt.timedelta(days=30))
    booking = booked(today_session, person)
    attendance_mark(session=today_session, marks={booking.pk: Attendance.PARTIAL}, by=trainer)
    assert not Licence.objects.filter(person=person).exists()


def test_marking_the_register_twice_grants_once(gcp2, elearning, today_session, trainer, person):
    completed(person, elearning, timezone.now() - dt.timedelta(days=30))
    booking = booked(today_session, person)
    for _ in range(2):
        attendance_mark(session=today_session, marks={booking.pk: Attendance.ATTENDED}, by=trainer)
    assert licences_grant_owed() == 0
    assert Licence.objects.filter(person=person).count() == 1
    assert AuditEvent.objects.filter(action="licence.grant").count() == 1


def test_a_refresher_renews_the_licence_from_its_date(gcp2, elearning, licensed_event, person):
    first = past_session(licensed_event, days_ago=800)
    completed(person, elearning, first.starts_at - dt.timedelta(days=10))
    attended(first, person)
    licences_grant_owed()
    licence = Licence.objects.get(person=person)
    first_day = timezone.localtime(first.starts_at).date()
    assert licence.renew_by == first_day + relativedelta(months=36)

    refresher = past_session(licensed_event, days_ago=3)
    booking = attended(refresher, person)
    assert licences_grant_owed() == 1
    licence.refresh_from_db()
    renewed_on = timezone.localtime(refresher.starts_at).date()
    assert licence.licensed_on == first_day
    assert licence.last_renewed_on == renewed_on
    assert licence.renew_by == renewed_on + relativedelta(months=36)
    assert licence.booking == booking
    assert AuditEvent.objects.filter(action="licence.renew").count() == 1
    assert Licence.objects.filter(person=person).count() == 1


def test_refresher_does_not_renew_when_the_type_says_it_does_not(
    gcp2, elearning, licensed_event, person
):
    gcp2.refresher_renews = False
    gcp2.save()
    first = past_session(licensed_event, days_ago=800)
    completed(person, elearning, first.starts_at - dt.timedelta(days=10))
    attended(first, person)
    licences_grant_owed()
    renew_by = Licence.objects.get(person=person).renew_by
    attended(past_session(licensed_event, days_ago=3), person)
    assert licences_grant_owed() == 0
    assert Licence.objects.get(person=person).renew_by == renew_by


def test_a_register_correction_withdraws_the_licence_and_its_certificate(
    client, gcp2, elearning, today_session, trainer, person
):
    completed(person, elearning, timezone.now() - dt.timedelta(days=30))
    booking = booked(today_session, person)
    attendance_mark(session=today_session, marks={booking.pk: Attendance.ATTENDED}, by=trainer)
    licence = Licence.objects.get(person=person)
    certificate = Certificate.objects.get(licence=licence)
    attendance_mark(
        session=today_session, marks={booking.pk: Attendance.DID_NOT_ATTEND}, by=trainer
    )
    licence.refresh_from_db()
    assert licence.status == LicenceStatus.REVOKED
    assert licence.revocation_reason == "attendance corrected"
    certificate.refresh_from_db()
    assert certificate.revoked_at is not None
    assert "Revoked" in client.get(f"/certificates/verify/{certificate.code}/").content.decode()


def test_a_licence_certificate_is_issued_and_verifies(
    client, gcp2, elearning, today_session, trainer, person
):
    completed(person, elearning, timezone.now() - dt.timedelta(days=30))
    booking = booked(today_session, person)
    attendance_mark(session=today_session, marks={booking.pk: Attendance.ATTENDED}, by=trainer)
    licence = Licence.objects.get(person=person)
    certificate = Certificate.objects.get(licence=licence, superseded_at__isnull=True)
    assert certificate.kind == CertificateKind.LICENCE
    assert certificate.course_title == "GCP2"
    assert certificate.expires_on == licence.renew_by
    assert certificate.pdf
    page = client.get(f"/certificates/verify/{certificate.code}/")
    html = page.content.decode()
    assert page.status_code == 200
    assert "Lola Licensed" in html
    assert "Licensed on" in html
    assert "Valid" in html
    assert f"{licence.renew_by:%-d %B %Y}" in html


def test_a_renewal_supersedes_the_licence_certificate(gcp2, elearning, licensed_event, person):
    first = past_session(licensed_event, days_ago=800)
    completed(person, elearning, first.starts_at - dt.timedelta(days=10))
    attended(first, person)
    licences_grant_owed()
    old = Certificate.objects.get(licence__person=person)
    attended(past_session(licensed_event, days_ago=3), person)
    licences_grant_owed()
    old.refresh_from_db()
    assert old.superseded_at is not None
    current = Certificate.objects.get(licence__person=person, superseded_at__isnull=True)
    assert old.superseded_by == current
    assert current.expires_on == Licence.objects.get(person=person).renew_by
