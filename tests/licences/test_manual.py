"""A partnership manager grants a licence by hand with a reason, and revokes one with a
reason, through the admin; both are audited. Leads, learners and other partnerships'
managers cannot."""

from __future__ import annotations

import datetime as dt

import pytest

from django.utils import timezone

from learning.audit.models import AuditEvent
from learning.licences.models import Licence, LicenceStatus
from learning.people.roles import Role
from tests.coverage.builders import with_mfa
from tests.factories import AgencyFactory, PartnershipFactory, UserFactory

from .conftest import licence

pytestmark = pytest.mark.django_db

GRANT = "/admin/reports/licences/grant/"


@pytest.fixture
def person(health):
    return UserFactory(agency=health, email="pat@example.org", first_name="Pat", last_name="Park")


def _grant(client, gcp2, **data):
    return client.post(
        GRANT,
        {
            "email": "pat@example.org",
            "licence_type": gcp2.pk,
            "licensed_on": "",
            "reason": "Licensed training taken with Birmingham in May",
            **data,
        },
    )


def test_a_manager_grants_a_licence_by_hand_with_the_reason(client, manager, person, gcp2):
    client.force_login(manager)
    assert client.get(GRANT).status_code == 200
    response = _grant(client, gcp2, is_champion="on")
    held = Licence.objects.get(person=person)
    assert response.status_code == 302
    assert response["Location"] == f"/admin/reports/licences/{held.pk}/"
    assert held.granted_by == manager
    assert held.grant_reason == "Licensed training taken with Birmingham in May"
    assert held.is_champion
    assert held.licensed_on == timezone.localdate()
    assert held.status == LicenceStatus.ACTIVE
    event = AuditEvent.objects.get(action="licence.grant")
    assert event.actor == manager
    assert event.detail["reason"] == "Licensed training taken with Birmingham in May"
    detail = client.get(response["Location"]).content.decode()
    assert "Licensed training taken with Birmingham in May" in detail


def test_a_grant_needs_a_reason(client, manager, person, gcp2):
    client.force_login(manager)
    response = _grant(client, gcp2, reason="because")
    assert response.status_code == 400
    assert "Enter the reason for granting the licence" in response.content.decode()
    assert not Licence.objects.exists()
    assert not AuditEvent.objects.filter(action__startswith="licence.").exists()


def test_a_licence_in_force_is_not_granted_twice(client, manager, person, gcp2):
    licence(gcp2, person, licensed_on=timezone.localdate() - dt.timedelta(days=10))
    client.force_login(manager)
    response = _grant(client, gcp2)
    assert response.status_code == 400
    assert "already holds a GCP2 licence" in response.content.decode()
    assert Licence.objects.count() == 1


def test_another_partnerships_person_cannot_be_granted(client, manager, gcp2):
    elsewhere = AgencyFactory(partnership=PartnershipFactory(slug="merton"))
    UserFactory(agency=elsewhere, email="pat@example.org")
    client.force_login(manager)
    response = _grant(client, gcp2)
    assert response.status_code == 400
    assert "No one with that email address is in your partnership" in response.content.decode()
    assert not Licence.objects.exists()


def test_leads_and_learners_cannot_grant_or_revoke(client, lead, person, gcp2):
    held = licence(gcp2, person, licensed_on=timezone.localdate())
    learner = UserFactory(agency=person.agency)
    # The lead reaches the admin and is refused (403); a learner never reaches the admin.
    for user, refused in ((lead, 403), (learner, 302)):
        client.force_login(user)
        assert _grant(client, gcp2).status_code == refused
        revoke = client.post(
            f"/admin/reports/licences/{held.pk}/revoke/", {"reason": "No longer in post here"}
        )
        assert revoke.status_code == refused
    held.refresh_from_db()
    assert held.revoked_at is None
    assert Licence.objects.count() == 1


def test_a_manager_revokes_a_licence_with_the_reason(client, manager, person, gcp2):
    held = licence(gcp2, person, licensed_on=timezone.localdate() - dt.timedelta(days=30))
    client.force_login(manager)
    url = f"/admin/reports/licences/{held.pk}/revoke/"
    refused = client.post(url, {"reason": "no"})
    assert refused.status_code == 400
    assert "Enter the reason for revoking the licence" in refused.content.decode()
    response = client.post(url, {"reason": "Used the tool outside the licence terms"})
    assert response.status_code == 302
    held.refresh_from_db()
    assert held.status == LicenceStatus.REVOKED
    assert held.revoked_by == manager
    assert held.revocation_reason == "Used the tool outside the licence terms"
    event = AuditEvent.objects.get(action="licence.revoke")
    assert event.actor == manager
    assert event.detail["reason"] == "Used the tool outside the licence terms"
    again = client.post(url, {"reason": "Used the tool outside the licence terms"})
    assert again.status_code == 400
    assert "already been revoked" in again.content.decode()


def test_another_partnerships_manager_cannot_see_or_revoke(client, person, gcp2):
    held = licence(gcp2, person, licensed_on=timezone.localdate())
    elsewhere = AgencyFactory(partnership=PartnershipFactory(slug="croydon"))
    other = with_mfa(UserFactory(agency=elsewhere, roles={Role.PARTNERSHIP_MANAGER}))
    client.force_login(other)
    assert client.get(f"/admin/reports/licences/{held.pk}/").status_code == 404
    assert (
        client.post(
            f"/admin/reports/licences/{held.pk}/revoke/", {"reason": "Not theirs to revoke"}
        ).status_code
        == 404
    )
    held.refresh_from_db()
    assert held.revoked_at is None


def test_a_manager_marks_a_champion_with_an_audit_record(client, manager, person, gcp2):
    held = licence(gcp2, person, licensed_on=timezone.localdate())
    client.force_login(manager)
    response = client.post(f"/admin/reports/licences/{held.pk}/", {"champion": "1"})
    assert response.status_code == 302
    held.refresh_from_db()
    assert held.is_champion
    assert AuditEvent.objects.get(action="licence.champion").detail["champion"] is True
