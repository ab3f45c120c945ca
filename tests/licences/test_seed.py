"""The demo seed gives licensed@example.org (Walsall Early Help) a GCP2 licence in force
from a seeded past session with attendance recorded, and licences across Walsall's
agencies so the KPI shows real figures; running it again changes nothing."""

from __future__ import annotations

import csv
import io

import pytest

from django.core.management import call_command
from django.utils import timezone

from learning.coverage.models import KPILearning, TrainingKPI
from learning.licences.models import Licence, LicenceStatus
from learning.training.models import Attendance

pytestmark = pytest.mark.django_db


def test_seed_demo_licenses_the_demo_account_and_learners_across_agencies(capsys):
    call_command("seed_demo")
    licences = Licence.objects.count()
    call_command("seed_demo")
    assert Licence.objects.count() == licences  # safe to run again

    held = Licence.objects.select_related("booking__session", "agency").get(
        person__email="licensed@example.org", licence_type__slug="gcp2"
    )
    assert held.status == LicenceStatus.ACTIVE
    assert held.agency.name == "Walsall Early Help"
    assert held.booking.attendance == Attendance.ATTENDED
    assert held.booking.session.ends_at < timezone.now()
    assert held.person.emailaddress_set.get().verified

    in_force = [lic for lic in Licence.objects.all() if lic.is_in_force]
    assert len(in_force) >= 10
    assert len({lic.agency_id for lic in in_force}) >= 5
    assert not Licence.objects.filter(person__email="learner@example.org").exists()

    kpi = TrainingKPI.objects.get(name="Number of practitioners trained to use GCP2")
    assert kpi.learning == KPILearning.LICENCES
    assert TrainingKPI.objects.filter(name="GCP2 introduction e-learning completed").exists()

    capsys.readouterr()
    call_command("licence_register", format="csv")
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert len(rows) == licences
    assert "licensed@example.org" in {r["Email"] for r in rows}
