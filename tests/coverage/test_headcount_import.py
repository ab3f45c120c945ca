"""Headcount CSV import: all rows or none, every error listed by its line."""

from __future__ import annotations

import datetime as dt

import pytest
from bs4 import BeautifulSoup

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from learning.coverage.models import Headcount
from learning.people.roles import Role
from tests.factories import AgencyFactory

from .builders import staff

pytestmark = pytest.mark.django_db


def upload(client, text: str):
    return client.post(
        reverse("learning_coverage:headcount_import"),
        {"file": SimpleUploadedFile("headcounts.csv", text.encode(), content_type="text/csv")},
    )


@pytest.fixture
def agencies(home_page):
    health = AgencyFactory(name="Health Trust")
    police = AgencyFactory(name="Police", partnership=health.partnership)
    return health, police


def test_good_file_loads_every_row(client, agencies):
    health, police = agencies
    client.force_login(staff(police, Role.PARTNERSHIP_MANAGER))
    response = upload(
        client,
        "agency,role_group,headcount,counted_on\n"
        "Health Trust,,120,2025-04-01\n"
        "Health Trust,Frontline practitioners,90,2025-04-01\n"
        "police,frontline,300,2025-04-01\n",
    )
    assert response.status_code == 200
    assert "3 headcounts imported" in response.content.decode()
    assert set(Headcount.objects.values_list("agency__name", "role_group", "headcount")) == {
        ("Health Trust", "", 120),
        ("Health Trust", "frontline", 90),
        ("Police", "frontline", 300),
    }
    # Loading the same file again changes nothing.
    upload(client, "agency,role_group,headcount,counted_on\nHealth Trust,,120,2025-04-01\n")
    assert Headcount.objects.count() == 3


def test_one_bad_row_loads_nothing_and_names_its_line(client, agencies):
    health, police = agencies
    client.force_login(staff(police, Role.PARTNERSHIP_MANAGER))
    response = upload(
        client,
        "agency,role_group,headcount,counted_on\n"
        "Health Trust,,120,2025-04-01\n"
        "Police,,lots,2025-04-01\n"
        "Health Trust,frontline,90,2025-04-01\n",
    )
    assert response.status_code == 400
    soup = BeautifulSoup(response.content, "html.parser")
    errors = [li.get_text(strip=True) for li in soup.select("[data-import-errors] li")]
    assert errors == ["Line 3: headcount 'lots' must be a whole number, 0 or more."]
    assert Headcount.objects.count() == 0


def test_every_error_is_listed_by_line(client, agencies):
    health, police = agencies
    client.force_login(staff(police, Role.PARTNERSHIP_MANAGER))
    response = upload(
        client,
        "agency,role_group,headcount,counted_on\n"
        "Nowhere,,10,2025-04-01\n"
        "Police,chiefs,10,2025-04-01\n"
        "Police,,-3,31/03/2025\n",
    )
    soup = BeautifulSoup(response.content, "html.parser")
    errors = [li.get_text(strip=True) for li in soup.select("[data-import-errors] li")]
    assert errors[0] == "Line 2: agency 'Nowhere' is not one you manage."
    assert errors[1].startswith("Line 3: role group 'chiefs' is not one of")
    assert errors[2:] == [
        "Line 4: headcount '-3' must be a whole number, 0 or more.",
        "Line 4: counted_on '31/03/2025' must be a date as YYYY-MM-DD.",
    ]
    assert Headcount.objects.count() == 0


def test_agency_lead_cannot_import_for_another_agency(client, agencies):
    health, police = agencies
    client.force_login(staff(health, Role.AGENCY_LEAD))
    response = upload(
        client,
        "agency,role_group,headcount,counted_on\n"
        "Health Trust,,120,2025-04-01\n"
        "Police,,300,2025-04-01\n",
    )
    assert response.status_code == 400
    assert "Line 3: agency &#x27;Police&#x27; is not one you manage." in response.content.decode()
    assert Headcount.objects.count() == 0


def test_headcount_history_is_kept(client, agencies):
    health, police = agencies
    client.force_login(staff(police, Role.PARTNERSHIP_MANAGER))
    upload(client, "agency,role_group,headcount,counted_on\nPolice,,300,2025-04-01\n")
    upload(client, "agency,role_group,headcount,counted_on\nPolice,,280,2025-10-01\n")
    assert list(
        Headcount.objects.order_by("counted_on").values_list("counted_on", "headcount")
    ) == [
        (dt.date(2025, 4, 1), 300),
        (dt.date(2025, 10, 1), 280),
    ]


def test_a_missing_column_is_named(client, agencies):
    health, police = agencies
    client.force_login(staff(police, Role.PARTNERSHIP_MANAGER))
    response = upload(client, "agency,headcount\nPolice,3\n")
    assert response.status_code == 400
    assert "missing: role_group, counted_on" in response.content.decode()
