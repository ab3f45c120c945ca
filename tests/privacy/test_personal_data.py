"""Personal data: a person's data exported (command and admin), erased by the retention
policy (command and admin) with coverage figures unchanged and no name, email or free
text left anywhere, only by managers in scope, and every time audited."""

from __future__ import annotations

import io
import json

import pytest

from django.contrib.auth import authenticate
from django.core.management import CommandError, call_command
from django.urls import reverse

from certificates.models import Certificate
from learning.audit.models import AuditEvent
from learning.coverage.selectors import coverage_dashboard, coverage_system_scope
from learning.people.models import User
from learning.people.roles import Role
from learning.privacy.models import PersonalDataErasure
from learning.progress.models import CourseCompletion
from tests.coverage.builders import AS_OF, staff
from tests.factories import DEFAULT_PASSWORD, AgencyFactory

from .conftest import EMAIL, NAME, REFLECTION, STATEMENT_TEXT

pytestmark = pytest.mark.django_db


def _export_by_command() -> dict:
    out = io.StringIO()
    call_command("personal_data_export", email=EMAIL.upper(), stdout=out)
    return json.loads(out.getvalue())


def _figures(kpi) -> list[tuple]:
    (coverage,) = coverage_dashboard(scope=coverage_system_scope(), as_of=AS_OF, kpi_id=kpi.pk)
    rows = [(f.name, f.trained, f.headcount, f.percent, f.rag_label) for f in coverage.rows]
    total = coverage.total
    return [*rows, (total.name, total.trained, total.headcount, total.percent, total.rag_label)]


def test_export_command_prints_every_kind_of_record_held(world):
    data = _export_by_command()

    account = data["account"]
    assert (account["email"], account["first_name"], account["last_name"]) == (EMAIL, *NAME)
    assert account["agency"]["name"] == "Health"
    assert account["email_addresses"] == [{"email": EMAIL, "verified": True, "primary": True}]

    progress = data["progress"]
    assert [e["course"] for e in progress["enrolments"]] == [world.partnership.gcp2.title]
    assert progress["lesson_progress"][0]["completed_at"]
    assert progress["knowledge_check_answers"][0]["options_chosen"] == ["opt-a"]
    assert progress["assessment_attempts"][0]["answers"] == {"q-1": ["opt-right"]}
    assert progress["completions"][0]["agency"] == "Health"

    assert data["certificates"][0]["name_on_certificate"] == " ".join(NAME)
    briefings = data["briefings"]
    assert [r["briefing"] for r in briefings["reads"]] == ["Neglect audit"]
    assert briefings["reflections"][0]["answer"] == REFLECTION
    assert briefings["team_uses"][0]["colleagues"] == 6
    assert briefings["digest_subscription"]["is_active"] is True

    xapi = data["xapi"]
    assert xapi["statements"][0]["statement"]["result"]["response"] == STATEMENT_TEXT
    assert xapi["h5p_results"][0]["best_scaled_score"] == 0.9
    assert xapi["activity_state"][0]["state_id"] == "resume"

    assert [e["action"] for e in data["audit_events"]] == ["certificate.revoke"]

    event = AuditEvent.objects.get(action="personal_data.export")
    assert (event.subject, event.actor, event.detail["via"]) == (world.person, None, "command")


def test_manager_downloads_their_data_as_json_from_the_admin_audited(client, world):
    client.force_login(world.manager)
    page = client.get(reverse("learning_privacy:person", args=[world.person.pk]))
    assert page.status_code == 200
    html = page.content.decode()
    assert "Download their data (JSON)" in html and "Erase their personal data" in html

    response = client.post(reverse("learning_privacy:download", args=[world.person.pk]))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert response["Content-Disposition"].startswith(
        f'attachment; filename="personal-data-{world.person.pk}-'
    )
    data = json.loads(response.content)
    assert data["account"]["email"] == EMAIL
    assert data["briefings"]["reflections"][0]["answer"] == REFLECTION
    event = AuditEvent.objects.get(action="personal_data.export")
    assert (event.actor, event.subject, event.detail["via"]) == (
        world.manager,
        world.person,
        "admin",
    )


def test_people_list_shows_only_people_in_the_managers_scope(client, world):
    other = staff(AgencyFactory(name="Elsewhere"), Role.PARTNERSHIP_MANAGER, "Other")
    client.force_login(world.manager)
    html = client.get(reverse("learning_privacy:people"), {"q": "quixotic"}).content.decode()
    assert EMAIL in html
    assert reverse("learning_privacy:person", args=[world.person.pk]) in html
    html = client.get(reverse("learning_privacy:people")).content.decode()
    assert other.email not in html


def test_another_partnerships_manager_is_refused_and_nothing_changes(client, world):
    outsider = staff(AgencyFactory(name="Elsewhere"), Role.PARTNERSHIP_MANAGER, "Outsider")
    client.force_login(outsider)
    pk = world.person.pk
    assert client.get(reverse("learning_privacy:person", args=[pk])).status_code == 404
    assert client.post(reverse("learning_privacy:download", args=[pk])).status_code == 404
    assert client.get(reverse("learning_privacy:erase", args=[pk])).status_code == 404
    assert client.post(reverse("learning_privacy:erase", args=[pk])).status_code == 404
    world.person.refresh_from_db()
    assert world.person.email == EMAIL and world.person.is_active
    assert not AuditEvent.objects.filter(action__startswith="personal_data.").exists()


@pytest.mark.parametrize("role", [Role.AGENCY_LEAD, Role.TRAINER])
def test_leads_and_trainers_get_403(client, world, role):
    client.force_login(staff(world.partnership.health, role, "Not a manager"))
    pk = world.person.pk
    assert client.get(reverse("learning_privacy:people")).status_code == 403
    assert client.get(reverse("learning_privacy:person", args=[pk])).status_code == 403
    assert client.post(reverse("learning_privacy:download", args=[pk])).status_code == 403
    assert client.post(reverse("learning_privacy:erase", args=[pk])).status_code == 403
    assert not PersonalDataErasure.objects.exists()


def test_erase_from_the_admin_asks_first_then_keeps_coverage_and_leaves_no_personal_data(
    client, world
):
    p = world.partnership
    before = {kpi.pk: _figures(kpi) for kpi in (p.percent_kpi, p.count_kpi)}
    client.force_login(world.manager)
    url = reverse("learning_privacy:erase", args=[world.person.pk])

    confirm = client.get(url)
    assert confirm.status_code == 200
    assert "Erase the personal data of Zebedee Quixotic?" in confirm.content.decode()
    assert not PersonalDataErasure.objects.exists()  # asking changes nothing

    response = client.post(url)
    assert response.status_code == 302

    # Coverage figures of the hand-built KPIs are the same before and after.
    assert {kpi.pk: _figures(kpi) for kpi in (p.percent_kpi, p.count_kpi)} == before
    completion = CourseCompletion.objects.get(pk=world.completion.pk)
    assert (completion.agency, completion.completed_at) == (p.health, world.completion.completed_at)

    # The account is anonymised in place and can never sign in.
    person = User.objects.get(pk=world.person.pk)
    assert (person.first_name, person.last_name) == ("Erased", "person")
    assert person.email == f"erased-{person.pk}@erased.invalid"
    assert person.job_title == ""
    assert not person.is_active and not person.has_usable_password()
    assert authenticate(email=EMAIL, password=DEFAULT_PASSWORD) is None

    # Certificates revoked, PDF gone.
    certificate = Certificate.objects.get(pk=world.certificate.pk)
    assert certificate.revoked_at is not None
    assert certificate.revocation_reason == "erased on request"
    assert certificate.revoked_by == world.manager
    assert not certificate.pdf

    # No name, email or free text anywhere in the database.
    dump = io.StringIO()
    call_command("dumpdata", exclude=["contenttypes", "auth.permission"], stdout=dump)
    text = dump.getvalue().lower()
    for needle in (EMAIL, NAME[0], NAME[1], REFLECTION, STATEMENT_TEXT, "zebedee typed"):
        assert needle.lower() not in text, needle

    erasure = AuditEvent.objects.get(action="personal_data.erase")
    assert (erasure.actor, erasure.subject, erasure.agency) == (world.manager, person, p.health)
    assert erasure.detail["reason"] == "erased on request"
    assert erasure.detail["removed"]["briefings: reflections"] == 1
    # The earlier event about them is kept, without their name.
    kept = AuditEvent.objects.get(action="certificate.revoke")
    assert kept.subject == person and kept.object_repr == ""

    page = client.get(reverse("learning_privacy:person", args=[person.pk])).content.decode()
    assert "personal data was erased on" in page


def test_erase_command_erases_once_and_is_audited_as_the_system(world):
    out = io.StringIO()
    call_command("personal_data_erase", email=EMAIL, interactive=False, stdout=out)
    assert "briefings: reflections: 1" in out.getvalue()
    person = User.objects.get(pk=world.person.pk)
    assert not person.is_active and person.email.endswith("@erased.invalid")
    event = AuditEvent.objects.get(action="personal_data.erase")
    assert (event.actor, event.actor_label, event.detail["via"]) == (None, "", "command")

    with pytest.raises(CommandError, match="already been erased"):
        call_command(
            "personal_data_erase", email=person.email, interactive=False, stdout=io.StringIO()
        )
    assert AuditEvent.objects.filter(action="personal_data.erase").count() == 1


def test_a_manager_cannot_erase_their_own_account(client, world):
    client.force_login(world.manager)
    response = client.post(reverse("learning_privacy:erase", args=[world.manager.pk]))
    assert response.status_code == 400
    assert "You cannot erase your own account here" in response.content.decode()
    assert User.objects.get(pk=world.manager.pk).is_active
