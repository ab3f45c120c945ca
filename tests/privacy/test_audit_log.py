"""The audit log report: leads, managers and administrators see the events about records
in their scope (filtered by action and date, downloadable as CSV and XLSX made safe for
spreadsheets); learners and trainers are refused; another partnership sees none."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest
from openpyxl import load_workbook

from django.urls import reverse

from learning.audit.models import AuditEvent
from learning.audit.services import audit_record
from learning.people.roles import Role
from tests.coverage.builders import staff
from tests.factories import AgencyFactory, UserFactory

pytestmark = pytest.mark.django_db

URL = "/admin/reports/audit-log/"


@pytest.fixture
def events(home_page):
    health = AgencyFactory(name="Health")
    police = AgencyFactory(name="Police", partnership=health.partnership)
    elsewhere = AgencyFactory(name="Elsewhere")
    manager = staff(police, Role.PARTNERSHIP_MANAGER, "Manager")
    learner = UserFactory(agency=health, first_name='=HYPERLINK("http://x","y")', last_name="")
    police_learner = UserFactory(agency=police, first_name="Pat", last_name="Police")
    outsider = UserFactory(agency=elsewhere, first_name="Olly", last_name="Outsider")
    revoke = audit_record(
        actor=manager,
        action="certificate.revoke",
        subject=learner,
        obj="Certificate ABCD",
        detail={"reason": "@SUM(A1) wrong course"},
    )
    export = audit_record(actor=manager, action="personal_data.export", subject=police_learner)
    AuditEvent.objects.filter(pk=export.pk).update(at=dt.datetime(2025, 1, 10, 9, tzinfo=dt.UTC))
    audit_record(actor=None, action="certificate.revoke", subject=outsider)
    return {
        "health": health,
        "police": police,
        "elsewhere": elsewhere,
        "manager": manager,
        "learner": learner,
        "revoke": revoke,
    }


def _subjects(response) -> list[str]:
    html = response.content.decode()
    return [name for name in ("HYPERLINK", "Pat Police", "Olly Outsider") if name in html]


def test_manager_sees_their_partnerships_events_only(client, events):
    client.force_login(events["manager"])
    response = client.get(URL)
    assert response.status_code == 200
    assert _subjects(response) == ["HYPERLINK", "Pat Police"]


def test_manager_of_another_partnership_sees_none_of_them(client, events):
    client.force_login(staff(events["elsewhere"], Role.PARTNERSHIP_MANAGER, "Other"))
    response = client.get(URL)
    assert response.status_code == 200
    assert _subjects(response) == ["Olly Outsider"]


def test_agency_lead_sees_their_agencys_events_only(client, events):
    client.force_login(staff(events["health"], Role.AGENCY_LEAD, "Lead"))
    assert _subjects(client.get(URL)) == ["HYPERLINK"]


@pytest.mark.parametrize("role", [Role.TRAINER, None])
def test_learners_and_trainers_are_refused_with_403(client, events, role):
    user = staff(events["health"], role, "Trainer") if role else events["learner"]
    client.force_login(user)
    for params in ({}, {"export": "csv"}, {"export": "xlsx"}):
        response = client.get(URL, params)
        # Trainers reach the admin and are refused; learners cannot enter the admin at all.
        assert response.status_code == (403 if role else 302)
        assert b"HYPERLINK" not in response.content


def test_filters_by_action_and_by_date(client, events):
    client.force_login(events["manager"])
    assert _subjects(client.get(URL, {"action": "personal_data.export"})) == ["Pat Police"]
    assert _subjects(client.get(URL, {"action": "certificate.revoke"})) == ["HYPERLINK"]
    response = client.get(URL, {"at_from": "2025-01-01", "at_to": "2025-01-31"})
    assert _subjects(response) == ["Pat Police"]


def test_csv_and_xlsx_exports_are_scoped_and_neutralise_formulas(client, events):
    client.force_login(events["manager"])
    response = client.get(URL, {"export": "csv"})
    rows = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert {r["Whose record"] for r in rows} == {"""'=HYPERLINK("http://x","y")""", "Pat Police"}
    revoke = next(r for r in rows if r["Action"] == "certificate.revoke")
    assert revoke["Who"] == events["manager"].email
    assert "@SUM(A1) wrong course" in revoke["Detail"]
    assert not any(v.startswith(("=", "+", "-", "@")) for r in rows for v in r.values())

    response = client.get(URL, {"export": "xlsx"})
    sheet = list(
        load_workbook(io.BytesIO(b"".join(response.streaming_content))).active.iter_rows(
            values_only=True
        )
    )
    assert sheet[0] == ("When", "Who", "Action", "Whose record", "Agency", "Record", "Detail")
    assert """'=HYPERLINK("http://x","y")""" in {row[3] for row in sheet[1:]}
    assert "Olly Outsider" not in {row[3] for row in sheet[1:]}


def test_the_report_is_in_the_reports_menu_for_managers(client, events):
    client.force_login(events["manager"])
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert URL in html
