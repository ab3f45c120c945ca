"""The Section 11 training return: one agency's courses completed, sessions attended,
licences, evaluation headlines and practice indicators for a financial year, by
hand-built example, and its scope."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest
from bs4 import BeautifulSoup

from django.urls import reverse

from learning.coverage.section_11.selectors import SECTION_BUILDERS
from learning.indicators.models import IndicatorReturn, PracticeIndicator
from learning.licences.models import Licence, LicenceType
from learning.people.roles import Role
from learning.training.models import Attendance, Booking, BookingStatus
from tests.factories import (
    AgencyFactory,
    TrainingEventPageFactory,
    TrainingIndexPageFactory,
    TrainingSessionFactory,
)

from .builders import at, complete, course, learner, staff

pytestmark = pytest.mark.django_db
URL = "/admin/reports/training-coverage/section-11/"


@pytest.fixture
def built(home_page):
    health = AgencyFactory(name="Health")
    police = AgencyFactory(name="Police", partnership=health.partnership)
    gcp2 = course(home_page, slug="gcp2")
    action = course(home_page, slug="action")
    a1, a2, a3 = (learner(health, name) for name in ("a1", "a2", "a3"))
    b1 = learner(police, "b1")
    complete(a1, gcp2, "2025-04-01")  # first day of the year
    complete(a2, gcp2, "2026-03-31")  # last day
    complete(a3, gcp2, "2025-03-31")  # the year before: not counted
    complete(a1, action, "2025-09-10")
    complete(b1, gcp2, "2025-06-01")  # another agency
    moved = learner(health, "a4")
    complete(moved, action, "2025-05-01")
    moved.agency = police  # moved on: still Health's, where they trained
    moved.save()

    event = TrainingEventPageFactory(
        parent=TrainingIndexPageFactory(parent=home_page),
        partnership=health.partnership,
        title="Neglect workshop",
    )
    in_year = TrainingSessionFactory(
        event=event, starts_at=at("2025-11-05"), ends_at=at("2025-11-05") + dt.timedelta(hours=3)
    )
    before = TrainingSessionFactory(
        event=event, starts_at=at("2025-02-05"), ends_at=at("2025-02-05") + dt.timedelta(hours=3)
    )
    for person, session, attendance in (
        (a1, in_year, Attendance.ATTENDED),
        (a2, in_year, Attendance.PARTIAL),
        (a3, in_year, Attendance.DID_NOT_ATTEND),
        (a3, before, Attendance.ATTENDED),
        (b1, in_year, Attendance.ATTENDED),
    ):
        Booking.objects.create(
            session=session,
            learner=person,
            status=BookingStatus.BOOKED,
            attendance=attendance,
            attendance_agency=person.agency,
        )
    indicator = PracticeIndicator.objects.create(
        partnership=health.partnership, name="WeCAN assessments"
    )
    for quarter, value in (("2025-04-01", 3), ("2026-01-01", 5), ("2026-04-01", 50)):
        IndicatorReturn.objects.create(
            indicator=indicator,
            agency=health,
            quarter_start=dt.date.fromisoformat(quarter),
            value=value,
        )
    gcp2_licence = LicenceType.objects.create(
        partnership=health.partnership, name="GCP2", slug="gcp2", validity_months=36
    )
    for person, licensed_on, fields in (
        (a1, "2025-05-01", {"is_champion": True}),  # gained in the year, champion
        (a2, "2023-06-01", {"last_renewed_on": dt.date(2025, 6, 1)}),  # renewed in the year
        (a3, "2022-01-01", {"renew_by": dt.date(2025, 1, 1)}),  # lapsed before the year
        (a1, "2025-04-02", {"revoked_at": at("2025-12-01")}),  # gained, then revoked
        (b1, "2025-07-01", {}),  # another agency
    ):
        Licence.objects.create(
            licence_type=gcp2_licence,
            person=person,
            agency=person.agency,
            licensed_on=dt.date.fromisoformat(licensed_on),
            **fields,
        )
    return health, police


def sections(response) -> dict[str, list[tuple[str, str]]]:
    soup = BeautifulSoup(response.content, "html.parser")
    found = {}
    for table in soup.select("table[data-section]"):
        found[table["data-section"]] = [
            (tr.th.get_text(strip=True), tr.td.get_text(strip=True))
            for tr in table.tbody.find_all("tr")
        ]
    return found


def test_return_figures_for_an_agency_and_year(client, built):
    health, _police = built
    client.force_login(staff(health, Role.PARTNERSHIP_MANAGER))
    response = client.get(URL, {"agency": health.pk, "year": 2025})
    assert response.status_code == 200
    assert sections(response) == {
        "courses": [
            ("Action: people who completed it", "2"),
            ("Gcp2: people who completed it", "2"),
            ("All courses: completions", "4"),
        ],
        "sessions": [
            ("Neglect workshop: attended in full", "1"),
            ("Neglect workshop: attended part", "1"),
        ],
        "licences": [
            ("GCP2: licensed or renewed in the year", "3"),
            ("GCP2: licences in force on 31 March 2026", "2"),
            ("GCP2: champions among them", "1"),
        ],
        "indicators": [
            ("WeCAN assessments: the year", "8"),
            ("WeCAN assessments: April to June 2025", "3"),
            ("WeCAN assessments: January to March 2026", "5"),
        ],
    }


def test_return_download_is_formula_safe(client, built):
    health, _police = built
    health.name = "=cmd|' /C calc'!A0"
    health.save()
    client.force_login(staff(health, Role.PARTNERSHIP_MANAGER))
    response = client.get(URL, {"agency": health.pk, "year": 2025, "export": "csv"})
    rows = list(csv.DictReader(io.StringIO(response.content.decode())))
    assert {row["Agency"] for row in rows} == {"'=cmd|' /C calc'!A0"}
    assert ("Training sessions attended", "Neglect workshop: attended in full", "1") in {
        (row["Section"], row["Measure"], row["Figure"]) for row in rows
    }
    assert {row["Financial year"] for row in rows} == {"2025-26"}
    xlsx = client.get(URL, {"agency": health.pk, "year": 2025, "export": "xlsx"})
    assert xlsx["Content-Disposition"].endswith('.xlsx"')


def test_lead_gets_only_their_own_agency(client, built):
    health, police = built
    client.force_login(staff(police, Role.AGENCY_LEAD))
    response = client.get(URL, {"year": 2025})
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.select_one("[data-return-agency]")["data-return-agency"] == str(police.pk)
    assert [o.get_text() for o in soup.select("#id_agency option")] == ["Police"]
    refused = client.get(URL, {"agency": health.pk, "year": 2025})
    assert refused.status_code == 400
    assert "Health" not in refused.content.decode()
    refused = client.get(URL, {"agency": health.pk, "year": 2025, "export": "csv"})
    assert refused.status_code == 400


def test_manager_of_another_partnership_and_trainers_are_refused(client, built):
    health, _police = built
    client.force_login(staff(AgencyFactory(name="Elsewhere"), Role.PARTNERSHIP_MANAGER))
    assert client.get(URL, {"agency": health.pk, "year": 2025}).status_code == 400
    client.force_login(staff(health, Role.TRAINER))
    assert client.get(URL, {"agency": health.pk, "year": 2025}).status_code == 403


def test_sections_are_small_functions_in_order():
    """Each section of the return is one function (see the selectors module)."""
    assert [build.__name__ for build in SECTION_BUILDERS] == [
        "courses_completed_section",
        "sessions_attended_section",
        "licences_section",
        "evaluation_section",
        "indicators_section",
    ]
    assert reverse("learning_coverage:section_11") == URL
