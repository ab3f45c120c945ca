"""A person's licences are in their personal-data export; erasing the account revokes any
licence still current (no erased account holds one) and clears typed reasons, while the
register row stays for the figures of its time."""

from __future__ import annotations

import datetime as dt

import pytest

from django.utils import timezone

from learning.licences.models import LicenceStatus
from learning.privacy.services import personal_data_erase, personal_data_export
from tests.factories import UserFactory

from .conftest import licence

pytestmark = pytest.mark.django_db


def test_export_lists_licences_and_erasure_revokes_them(early_help, gcp2, manager):
    person = UserFactory(agency=early_help)
    held = licence(
        gcp2,
        person,
        licensed_on=timezone.localdate() - dt.timedelta(days=10),
        renew_by=timezone.localdate() + dt.timedelta(days=900),
        granted_by=manager,
        grant_reason="Trained with Birmingham in May",
    )
    data = personal_data_export(person=person, actor=manager, via="test")
    assert data["licences"]["licences"][0]["licence"] == "GCP2"
    assert data["licences"]["licences"][0]["status"] == "Active"

    erasure = personal_data_erase(person=person, actor=manager, via="test")
    held.refresh_from_db()
    assert held.status == LicenceStatus.REVOKED
    assert held.revocation_reason == "account erased"
    assert held.grant_reason == ""
    assert erasure.removed["licences: licences_revoked"] == 1
