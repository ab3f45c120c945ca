"""Roles, navigation and the one scope selector behind agency leads and managers."""

from __future__ import annotations

import pytest
from allauth.mfa.models import Authenticator

from django.urls import reverse

from learning.people.roles import Role
from learning.people.selectors import learners_in_scope
from tests.factories import AgencyFactory, UserFactory

pytestmark = pytest.mark.django_db


def with_mfa(user):
    """Staff roles must have MFA; give them an authenticator so pages are reachable."""
    Authenticator.objects.create(user=user, type=Authenticator.Type.TOTP, data={"secret": "x"})
    return user


def test_scope_of_each_role(home_page):
    health = AgencyFactory()
    police = AgencyFactory(partnership=health.partnership)
    elsewhere = AgencyFactory()
    learner = UserFactory(agency=health)
    other = UserFactory(agency=police)
    outsider = UserFactory(agency=elsewhere)
    lead = UserFactory(agency=health, roles={Role.AGENCY_LEAD})
    manager = UserFactory(agency=police, roles={Role.PARTNERSHIP_MANAGER})
    trainer = UserFactory(agency=health, roles={Role.TRAINER})
    admin = UserFactory(agency=None, is_superuser=True)

    assert set(learners_in_scope(user=lead)) == {learner, lead, trainer}
    assert set(learners_in_scope(user=manager)) == {learner, other, lead, manager, trainer}
    assert outsider not in learners_in_scope(user=manager)
    assert list(learners_in_scope(user=learner)) == []
    assert list(learners_in_scope(user=trainer)) == []
    assert outsider in learners_in_scope(user=admin)


def test_lead_confirms_a_pending_member_of_their_agency(client, home_page):
    agency = AgencyFactory()
    lead = with_mfa(UserFactory(agency=agency, roles={Role.AGENCY_LEAD}))
    pending = UserFactory(agency=agency, agency_confirmed_at=None, first_name="Pat")
    client.force_login(lead)
    response = client.get(reverse("learning:agency_people"))
    assert "Pat" in response.content.decode()
    response = client.post(reverse("learning:agency_person_confirm", args=[pending.pk]))
    assert response.status_code == 302
    pending.refresh_from_db()
    assert pending.agency_confirmed_at is not None
    assert pending.agency_confirmed_by == lead


def test_lead_cannot_see_or_confirm_another_agencys_people(client, home_page):
    lead = with_mfa(UserFactory(roles={Role.AGENCY_LEAD}))
    stranger = UserFactory(agency_confirmed_at=None, first_name="Zebedee")
    client.force_login(lead)
    assert "Zebedee" not in client.get(reverse("learning:agency_people")).content.decode()
    response = client.post(reverse("learning:agency_person_confirm", args=[stranger.pk]))
    assert response.status_code == 404
    stranger.refresh_from_db()
    assert stranger.agency_confirmed_at is None


def test_learner_cannot_see_people_page(client, home_page):
    client.force_login(UserFactory())
    assert client.get(reverse("learning:agency_people")).status_code == 403


@pytest.mark.parametrize(
    ("roles", "expected", "absent"),
    [
        (set(), ["My learning"], ["People", "Manage content"]),
        ({Role.TRAINER}, ["My learning", "Manage content"], ["People"]),
        ({Role.AGENCY_LEAD}, ["My learning", "People"], ["Manage content"]),
        ({Role.PARTNERSHIP_MANAGER}, ["My learning", "People", "Manage content"], []),
    ],
)
def test_navigation_matches_role(client, home_page, roles, expected, absent):
    user = with_mfa(UserFactory(roles=roles))
    client.force_login(user)
    html = client.get(reverse("learning:my_learning")).content.decode()
    nav = html.split('id="navigation"', 1)[1].split("</ul>", 1)[0]
    for label in expected:
        assert f">{label}<" in nav or f">{label}</strong>" in nav, label
    for label in absent:
        assert f">{label}<" not in nav, label


def test_seed_demo_is_idempotent_and_creates_every_role(db):
    from django.core.management import call_command

    from learning.people.models import User

    call_command("seed_demo")
    call_command("seed_demo")
    emails = set(User.objects.values_list("email", flat=True))
    assert {
        "learner@example.org",
        "trainer@example.org",
        "lead@example.org",
        "manager@example.org",
        "admin@example.org",
    } <= emails
    assert User.objects.filter(email="admin@example.org").count() == 1
    lead = User.objects.get(email="lead@example.org")
    assert lead.agency.sector == "health"
    assert lead.groups.filter(name=Role.AGENCY_LEAD.value).exists()
    assert User.objects.get(email="admin@example.org").is_superuser


def test_sync_roles_gives_each_role_its_feature_permissions(home_page):
    from django.contrib.auth.models import Group
    from django.core.management import call_command

    Group.objects.all().delete()
    call_command("sync_roles", verbosity=0)

    def codenames(role):
        return set(
            Group.objects.get(name=role.value).permissions.values_list("codename", flat=True)
        )

    assert {"add_trainingkpi", "change_headcount", "add_h5pactivity"} <= codenames(
        Role.PARTNERSHIP_MANAGER
    )
    assert {"add_headcount", "view_headcount"} <= codenames(Role.AGENCY_LEAD)
    assert "add_trainingkpi" not in codenames(Role.AGENCY_LEAD)
    assert "add_h5pactivity" in codenames(Role.TRAINER)
    assert "add_trainingkpi" not in codenames(Role.TRAINER)
