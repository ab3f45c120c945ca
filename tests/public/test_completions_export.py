"""The open-course-by-employer report downloads as CSV and XLSX, scoped like the page,
with employer names that look like formulas made plain text."""

from __future__ import annotations

import csv
import io

import pytest
from openpyxl import load_workbook

from learning.people.roles import Role

from .test_employers import REPORT_ADMIN, _completion, _staff

pytestmark = pytest.mark.django_db

FORMULA = '=HYPERLINK("http://x","y")'


@pytest.fixture
def manager(open_course, client):
    from django.utils import timezone

    from learning.people.models import Partnership
    from tests.factories import EmployerFactory

    walsall = Partnership.objects.get(slug="walsall")
    birmingham = Partnership.objects.get(slug="birmingham")
    formula = EmployerFactory(partnership=walsall, name=FORMULA, sector="water")
    EmployerFactory(partnership=walsall, name="@SUM(A1) Gas", sector="gas")
    EmployerFactory(partnership=birmingham, name="-2 Brum Post", sector="postal")
    for _ in range(2):
        _completion(formula, when=timezone.now(), course=open_course.course)
    manager = _staff(Role.PARTNERSHIP_MANAGER, walsall)
    client.force_login(manager)
    return manager


def test_csv_download_neutralises_employer_names_and_keeps_counts(client, manager):
    response = client.get(REPORT_ADMIN, {"export": "csv"})
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv"
    rows = list(csv.DictReader(io.StringIO(response.content.decode())))
    by_name = {row["Employer"]: row for row in rows}
    assert "'" + FORMULA in by_name and FORMULA not in by_name
    assert "'@SUM(A1) Gas" in by_name
    assert (by_name["'" + FORMULA]["This month"], by_name["'" + FORMULA]["Total"]) == ("2", "2")
    assert not any(name.endswith("Brum Post") for name in by_name)  # another partnership's


def test_xlsx_download_neutralises_employer_names_and_keeps_counts(client, manager):
    response = client.get(REPORT_ADMIN, {"export": "xlsx"})
    sheet = list(load_workbook(io.BytesIO(response.content)).active.iter_rows(values_only=True))
    assert sheet[0] == ("Employer", "Sector", "Partnership", "Join code", "This month", "Total")
    row = next(r for r in sheet if r[0] == "'" + FORMULA)
    assert row[4:] == (2, 2)


def test_others_cannot_download_it(client, open_course):
    from learning.people.models import Partnership

    client.force_login(_staff(Role.AGENCY_LEAD, Partnership.objects.get(slug="walsall")))
    response = client.get(REPORT_ADMIN, {"export": "csv"})
    assert response.status_code in (302, 403)
    assert FORMULA not in response.content.decode()
