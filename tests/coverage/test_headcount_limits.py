"""Absurd headcounts and oversized CSV fields get a clear message, never a server error,
and save nothing."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from learning.coverage.models import Headcount
from learning.people.roles import Role
from tests.factories import AgencyFactory

from .builders import staff

pytestmark = pytest.mark.django_db

HEADER = "agency,role_group,headcount,counted_on\n"


def upload(client, text: str):
    return client.post(
        reverse("learning_coverage:headcount_import"),
        {"file": SimpleUploadedFile("headcounts.csv", text.encode(), content_type="text/csv")},
    )


def import_errors(response) -> list[str]:
    soup = BeautifulSoup(response.content, "html.parser")
    return [li.get_text(strip=True) for li in soup.select("[data-import-errors] li")]


@pytest.fixture
def manager(home_page, client):
    police = AgencyFactory(name="Police")
    client.force_login(staff(police, Role.PARTNERSHIP_MANAGER))
    return police


def test_admin_form_refuses_a_headcount_of_ten_to_the_thirty(client, manager):
    response = client.post(
        reverse("wagtailsnippets_learning_headcount:add"),
        {
            "agency": manager.pk,
            "role_group": "",
            "headcount": str(10**30),
            "counted_on": "2025-04-01",
        },
    )
    assert response.status_code == 200
    assert "A headcount cannot be more than 1,000,000." in response.content.decode()
    assert not Headcount.objects.exists()


def test_csv_import_refuses_a_headcount_of_ten_to_the_thirty(client, manager):
    response = upload(client, HEADER + f"Police,,{10**30},2025-04-01\n")
    assert response.status_code == 400
    errors = import_errors(response)
    assert len(errors) == 1
    assert errors[0].startswith("Line 2: headcount '1000000000")
    assert errors[0].endswith("is more than 1,000,000; check the number.")
    assert not Headcount.objects.exists()


def test_a_field_longer_than_the_csv_limit_rejects_the_file_naming_its_line(client, manager):
    huge = "x" * 131_073
    response = upload(client, HEADER + "Police,,10,2025-04-01\n" + f"Police,{huge},12,2025-05-01\n")
    assert response.status_code == 400
    assert import_errors(response) == [
        "Line 3: a value is longer than 131,072 characters; check the file is a headcount CSV."
    ]
    assert not Headcount.objects.exists()  # line 2 was fine, and still nothing is saved


def test_an_oversized_header_is_rejected_on_line_one(client, manager):
    response = upload(client, "x" * 131_073 + ",headcount\nPolice,1\n")
    assert response.status_code == 400
    assert import_errors(response)[0].startswith("Line 1: a value is longer than")
