"""The demo register: after the seed, last month's DNA is in `training_charges`, the
workshop KPI counts the attendance, and the attended get one certificate each (again on a
second run: none more)."""

from __future__ import annotations

import csv
import io

import pytest

from django.core.management import call_command

from certificates.models import Certificate, CertificateKind
from certificates.seed import seed_attendance_certificates, seed_signatories
from learning.coverage.seed import WORKSHOP_KPI, seed_training_kpi
from learning.coverage.selectors import coverage_dashboard
from learning.people.models import RoleGroup
from learning.people.scope import SYSTEM_SCOPE
from learning.people.seed import seed_demo_accounts, seed_organisations
from learning.training.attendance.seed import seed_attendance_records
from learning.training.charges.selectors import last_month
from learning.training.models import Attendance, Booking
from learning.training.seed import seed_training

pytestmark = pytest.mark.django_db


def _seed(home) -> None:
    seed_training(home=home)
    seed_attendance_records()
    seed_training_kpi()
    seed_attendance_certificates()


def test_seeded_register_gives_charges_coverage_and_certificates(home_page):
    seed_organisations()
    seed_demo_accounts()
    seed_signatories()
    _seed(home_page)

    out = io.StringIO()
    call_command("training_charges", month=f"{last_month():%Y-%m}", format="csv", stdout=out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    dna = [r for r in rows if r["Reason"] == "Did not attend"]
    assert len(dna) == 1 and dna[0]["Amount"] == "50.00"
    assert dna[0]["Partnership"].startswith("Walsall")

    attended = Booking.objects.filter(attendance=Attendance.ATTENDED)
    assert attended.count() >= 3
    assert not attended.filter(attendance_agency__isnull=True).exists()
    frontline = attended.filter(learner__role_group=RoleGroup.FRONTLINE).count()
    (coverage,) = [c for c in coverage_dashboard(scope=SYSTEM_SCOPE) if c.kpi.name == WORKSHOP_KPI]
    assert coverage.total.trained == frontline > 0

    certificates = Certificate.objects.filter(kind=CertificateKind.ATTENDANCE)
    assert certificates.count() == attended.count()
    assert all(c.course_title == "Multi-agency neglect workshop" for c in certificates)

    _seed(home_page)
    assert Certificate.objects.filter(kind=CertificateKind.ATTENDANCE).count() == attended.count()
