"""Practice indicator returns: the CSV import (all rows or none, every error by its line)
and its scope."""

from __future__ import annotations

import datetime as dt

import pytest
from bs4 import BeautifulSoup

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from learning.indicators.models import IndicatorReturn, PracticeIndicator
from learning.people.roles import Role
from tests.coverage.builders import staff
from tests.factories import AgencyFactory

pytestmark = pytest.mark.django_db
HEADER = "indicator,agency,quarter_start,value\n"


def upload(client, text: str):
    return client.post(
        reverse("learning_indicators:import"),
        {"file": SimpleUploadedFile("returns.csv", text.encode(), content_type="text/csv")},
    )


def errors(response) -> list[str]:
    soup = BeautifulSoup(response.content, "html.parser")
    return [li.get_text(strip=True) for li in soup.select("[data-import-errors] li")]


@pytest.fixture
def world(home_page):
    health = AgencyFactory(name="Health Trust")
    police = AgencyFactory(name="Police", partnership=health.partnership)
    outside = AgencyFactory(name="Outside")
    gcp2 = PracticeIndicator.objects.create(
        partnership=health.partnership, name="GCP2 assessments completed"
    )
    PracticeIndicator.objects.create(partnership=outside.partnership, name="Outside indicator")
    return health, police, outside, gcp2


def test_good_file_saves_every_row_and_twice_changes_nothing(client, world):
    health, police, _outside, gcp2 = world
    client.force_login(staff(health, Role.PARTNERSHIP_MANAGER))
    text = (
        HEADER + "GCP2 assessments completed,Health Trust,2026-04-01,31\n"
        "gcp2 assessments completed,police,2026-04-01,7\n"
        "GCP2 assessments completed,Health Trust,2026-07-01,40\n"
    )
    response = upload(client, text)
    assert response.status_code == 200
    assert "3 returns imported" in response.content.decode()
    assert set(IndicatorReturn.objects.values_list("agency__name", "quarter_start", "value")) == {
        ("Health Trust", dt.date(2026, 4, 1), 31),
        ("Police", dt.date(2026, 4, 1), 7),
        ("Health Trust", dt.date(2026, 7, 1), 40),
    }
    upload(client, text)
    assert IndicatorReturn.objects.count() == 3
    # A corrected value replaces the one returned before.
    upload(client, HEADER + "GCP2 assessments completed,Police,2026-04-01,9\n")
    assert IndicatorReturn.objects.get(agency=police).value == 9


def test_every_error_is_listed_by_line_and_nothing_is_saved(client, world):
    health, *_ = world
    client.force_login(staff(health, Role.PARTNERSHIP_MANAGER))
    response = upload(
        client,
        HEADER + "GCP2 assessments completed,Health Trust,2026-04-01,31\n"  # line 2: good
        "GCP2 assessments completed,Nowhere,2026-04-01,3\n"  # line 3
        "Unknown indicator,Police,2026-04-01,3\n"  # line 4
        "GCP2 assessments completed,Police,2026-05-01,3\n"  # line 5: not a quarter start
        "GCP2 assessments completed,Police,2026-04-01,-2\n"  # line 6
        "GCP2 assessments completed,Police,2026-04-01,2000000\n"  # line 7
        "GCP2 assessments completed,Health Trust,2026-04-01,30\n",  # line 8: repeats 2
    )
    assert response.status_code == 400
    assert errors(response) == [
        "Line 3: agency 'Nowhere' is not one you manage.",
        f"Line 4: indicator 'Unknown indicator' is not one of {health.partnership.name}'s "
        "practice indicators.",
        "Line 5: quarter_start '2026-05-01' must be the first day of a quarter as "
        "YYYY-MM-DD (1 January, 1 April, 1 July or 1 October).",
        "Line 6: value '-2' must be a whole number, 0 or more.",
        "Line 7: value '2000000' is more than 1,000,000; check the number.",
        "Line 8: repeats line 2 for the same indicator, agency and quarter.",
    ]
    assert not IndicatorReturn.objects.exists()


def test_missing_columns_and_empty_files_are_refused(client, world):
    health, *_ = world
    client.force_login(staff(health, Role.PARTNERSHIP_MANAGER))
    response = upload(client, "indicator,agency,value\nx,y,1\n")
    assert errors(response) == [
        "Line 1: the header must name the columns indicator, agency, quarter_start, value "
        "(missing: quarter_start)."
    ]
    assert errors(upload(client, HEADER)) == ["Line 2: the file has no rows."]
    assert not IndicatorReturn.objects.exists()


def test_agency_out_of_scope_is_refused_by_line(client, world):
    health, police, outside, _gcp2 = world
    client.force_login(staff(health, Role.AGENCY_LEAD))
    response = upload(
        client,
        HEADER + "GCP2 assessments completed,Health Trust,2026-04-01,5\n"
        "GCP2 assessments completed,Police,2026-04-01,5\n"
        "Outside indicator,Outside,2026-04-01,5\n",
    )
    assert errors(response) == [
        "Line 3: agency 'Police' is not one you manage.",
        "Line 4: agency 'Outside' is not one you manage.",
    ]
    assert not IndicatorReturn.objects.exists()
    # The lead's own agency alone is accepted.
    assert (
        upload(
            client, HEADER + "GCP2 assessments completed,Health Trust,2026-04-01,5\n"
        ).status_code
        == 200
    )
    assert IndicatorReturn.objects.get().agency == health


def test_trainers_cannot_import(client, world):
    health, *_ = world
    client.force_login(staff(health, Role.TRAINER))
    assert client.get(reverse("learning_indicators:import")).status_code == 403
