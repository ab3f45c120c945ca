"""The licence register at /admin/reports/licences/ is scoped like coverage (a manager
sees their partnership, a lead their own agency, learners and trainers are refused), with
filters, safe CSV/XLSX exports and a drill-down; `manage.py licence_register` prints it.
My learning shows a learner's licences and the lead's people page shows who is licensed."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest
from openpyxl import load_workbook

from django.core.management import call_command
from django.utils import timezone

from learning.people.roles import Role
from tests.coverage.builders import with_mfa
from tests.factories import AgencyFactory, PartnershipFactory, UserFactory

from .conftest import licence

pytestmark = pytest.mark.django_db

URL = "/admin/reports/licences/"


@pytest.fixture
def register(early_help, health, gcp2):
    today = timezone.localdate()
    people = {
        "eve": UserFactory(agency=early_help, first_name="Eve", last_name="Early"),
        "hal": UserFactory(agency=health, first_name="Hal", last_name="Health"),
        "sly": UserFactory(agency=early_help, first_name="=HYPERLINK(1)", last_name="Sly"),
    }
    licence(gcp2, people["eve"], licensed_on=today - dt.timedelta(days=30),
            renew_by=today + dt.timedelta(days=1000), is_champion=True)  # fmt: skip
    licence(gcp2, people["hal"], licensed_on=today - dt.timedelta(days=1000),
            renew_by=today + dt.timedelta(days=20))  # fmt: skip
    licence(gcp2, people["sly"], licensed_on=today - dt.timedelta(days=1200),
            renew_by=today - dt.timedelta(days=5))  # fmt: skip
    elsewhere = AgencyFactory(partnership=PartnershipFactory(slug="croydon"), name="Croydon CSC")
    licence(gcp2, UserFactory(agency=elsewhere, first_name="Cy", last_name="Croydon"),
            licensed_on=today)  # fmt: skip
    return people


def _names(html: str) -> set[str]:
    return {n for n in ("Eve Early", "Hal Health", "Cy Croydon", "Sly") if n in html}


def test_a_manager_sees_their_partnerships_register(client, manager, register):
    client.force_login(manager)
    response = client.get(URL)
    html = response.content.decode()
    assert response.status_code == 200
    assert _names(html) == {"Eve Early", "Hal Health", "Sly"}
    assert "Grant a licence" in html


def test_a_lead_sees_only_their_own_agency(client, lead, register):
    client.force_login(lead)
    html = client.get(URL).content.decode()
    assert _names(html) == {"Eve Early", "Sly"}
    assert "Grant a licence" not in html
    hal = register["hal"].licences.get()
    assert client.get(f"{URL}{hal.pk}/").status_code == 404


def test_learners_and_trainers_are_refused(client, early_help, register):
    trainer = with_mfa(UserFactory(agency=early_help, roles={Role.TRAINER}))
    client.force_login(trainer)
    assert client.get(URL).status_code == 403
    learner = UserFactory(agency=early_help)
    client.force_login(learner)
    assert client.get(URL).status_code == 302  # not an admin user: sent away


def test_filters_by_status_agency_and_champions(client, manager, register, health):
    client.force_login(manager)
    assert _names(client.get(URL, {"status": "expiring"}).content.decode()) == {"Hal Health"}
    assert _names(client.get(URL, {"status": "lapsed"}).content.decode()) == {"Sly"}
    assert _names(client.get(URL, {"status": "active"}).content.decode()) == {"Eve Early"}
    assert _names(client.get(URL, {"agency": health.pk}).content.decode()) == {"Hal Health"}
    assert _names(client.get(URL, {"champions": "on"}).content.decode()) == {"Eve Early"}


def test_the_drill_down_shows_the_evidence(client, manager, register):
    eve = register["eve"].licences.get()
    client.force_login(manager)
    html = client.get(f"{URL}{eve.pk}/").content.decode()
    assert "Eve Early" in html
    assert "Active" in html
    assert "Mark as a champion" not in html  # already one
    assert "Remove from the champions network" in html


def test_csv_and_xlsx_exports_are_safe_to_open(client, manager, register):
    client.force_login(manager)
    response = client.get(URL, {"export": "csv"})
    rows = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))
    by_email = {r["Email"]: r for r in rows}
    assert len(rows) == 3
    eve = by_email[register["eve"].email]
    assert (eve["Licence"], eve["Status"], eve["Champion"]) == ("GCP2", "Active", "Yes")
    sly = by_email[register["sly"].email]
    assert sly["Person"].startswith("'=HYPERLINK")
    assert sly["Status"] == "Lapsed"

    response = client.get(URL, {"export": "xlsx"})
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    values = [cell.value for row in sheet.iter_rows() for cell in row]
    assert "Eve Early" in values
    assert not any(isinstance(v, str) and v.startswith("=") for v in values)


def test_licence_register_command_prints_every_licence(register):
    out = io.StringIO()
    call_command("licence_register", format="csv", stdout=out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert {r["Person"] for r in rows} == {
        "Eve Early",
        "Hal Health",
        "'=HYPERLINK(1) Sly",
        "Cy Croydon",
    }
    out = io.StringIO()
    call_command("licence_register", format="csv", status="lapsed", stdout=out)
    assert [r["Email"] for r in csv.DictReader(io.StringIO(out.getvalue()))] == [
        register["sly"].email
    ]


def test_my_learning_shows_the_learners_licences(client, register):
    client.force_login(register["hal"])
    html = client.get("/my-learning/").content.decode()
    assert "Your licences" in html
    renew_by = register["hal"].licences.get().renew_by
    assert f"{renew_by:%-d %B %Y}" in html
    assert "Renew soon" in html
    assert "/resources/gcp2/" in html


def test_the_leads_people_page_shows_who_is_licensed(client, lead, register):
    client.force_login(lead)
    html = client.get("/agency/people/").content.decode()
    assert "Licences" in html
    assert "GCP2 (renew by" in html
    assert "champion" in html
