"""Correcting the register: taking "attended" away revokes the certificate of attendance
(audited, "attendance corrected") and the coverage figures drop it; marking attended
again issues a new certificate (one current per booking)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from django.utils import timezone

from certificates.models import Certificate, CertificateStatus
from learning.audit.models import AuditEvent
from learning.coverage.models import Headcount, KPILearning, KPIMeasure, TrainingKPI
from learning.coverage.selectors import HeadcountBook, kpi_coverage
from learning.people.models import RoleGroup
from learning.people.roles import Role
from learning.people.scope import SYSTEM_SCOPE
from learning.training.models import Attendance
from tests.factories import UserFactory

from .attendance_helpers import booked, register_url, session_today, staff

pytestmark = pytest.mark.django_db(transaction=True)


def _trained(kpi, agency) -> int:
    figures = kpi_coverage(
        kpi=kpi,
        scope=SYSTEM_SCOPE,
        agencies=[agency],
        headcounts=HeadcountBook([agency.pk]),
        as_of=timezone.localdate(),
    )
    return figures.rows[0].trained


def test_un_attending_revokes_the_certificate_and_re_attending_issues_a_new_one(
    client, partnership, agency, event
):
    today = timezone.localdate()
    kpi = TrainingKPI.objects.create(
        partnership=partnership,
        name="Workshop: 50% of frontline staff",
        learning=KPILearning.TRAINING,
        role_group=RoleGroup.FRONTLINE,
        measure=KPIMeasure.PERCENT,
        target=Decimal("50"),
        period_start=today - dt.timedelta(days=200),
        period_end=today + dt.timedelta(days=100),
        requires_in_date=False,
    )
    kpi.training_events.add(event)
    Headcount.objects.create(
        agency=agency, role_group=RoleGroup.FRONTLINE, headcount=4, counted_on=today
    )
    session = session_today(event)
    ann = booked(session, UserFactory(agency=agency, role_group=RoleGroup.FRONTLINE))
    trainer = staff(agency, Role.TRAINER)
    client.force_login(trainer)

    client.post(register_url(session), {f"attendance-{ann.pk}": "attended"})
    first = Certificate.objects.get(booking=ann)
    assert _trained(kpi, agency) == 1

    # The trainer corrects it: Ann only attended part.
    response = client.post(register_url(session), {f"attendance-{ann.pk}": "partial"})

    assert response.status_code == 302
    first.refresh_from_db()
    assert first.status_on() == CertificateStatus.REVOKED
    assert first.revocation_reason == "attendance corrected"
    assert first.revoked_by == trainer
    assert first.superseded_at is not None
    revoked = AuditEvent.objects.get(action="certificate.revoke")
    assert revoked.detail == {"code": first.code, "reason": "attendance corrected"}
    assert _trained(kpi, agency) == 0
    client.logout()
    assert "revoked" in client.get(first.get_verification_path()).content.decode().lower()

    # ...and then back to attended: a new certificate, the old one stays revoked.
    client.force_login(trainer)
    client.post(register_url(session), {f"attendance-{ann.pk}": "attended"})

    current = Certificate.objects.get(booking=ann, superseded_at__isnull=True)
    assert current.pk != first.pk and current.revoked_at is None and current.pdf
    assert Certificate.objects.filter(booking=ann).count() == 2
    assert _trained(kpi, agency) == 1


def test_changing_between_other_outcomes_revokes_nothing(client, agency, event):
    session = session_today(event)
    bob = booked(session, UserFactory(agency=agency))
    client.force_login(staff(agency, Role.TRAINER))

    for outcome in ("partial", "did_not_attend"):
        client.post(register_url(session), {f"attendance-{bob.pk}": outcome})

    bob.refresh_from_db()
    assert bob.attendance == Attendance.DID_NOT_ATTEND
    assert not Certificate.objects.exists()
    assert not AuditEvent.objects.filter(action="certificate.revoke").exists()
