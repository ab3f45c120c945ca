"""What managers got stuck on in the coverage dashboard: a visible export, a GOV.UK date
input with UK dates, one date format in the CSV, a named XLSX sheet with column widths,
and drill-downs that tell two learners with the same name apart."""

from __future__ import annotations

import csv
import io
import re

import pytest
from bs4 import BeautifulSoup
from openpyxl import load_workbook

from django.urls import reverse

from learning.people.roles import Role
from tests.factories import UserFactory

from .builders import AS_OF, hand_built_partnership, staff

pytestmark = pytest.mark.django_db

URL = "/admin/reports/training-coverage/"


@pytest.fixture
def manager_client(client, home_page):
    partnership = hand_built_partnership(home_page)
    client.force_login(staff(partnership.police, Role.PARTNERSHIP_MANAGER, "Manager"))
    client.partnership = partnership
    return client


def test_exports_are_visible_buttons_that_keep_the_filters(manager_client):
    p = manager_client.partnership
    html = manager_client.get(URL, {"kpi": p.percent_kpi.pk}).content.decode()
    soup = BeautifulSoup(html, "html.parser")
    results = soup.find(id="listing-results") or soup
    buttons = {a.get_text(strip=True): a["href"] for a in results.select("a.button")}
    assert f"kpi={p.percent_kpi.pk}" in buttons["Download CSV"]
    assert "export=csv" in buttons["Download CSV"]
    assert "export=xlsx" in buttons["Download Excel spreadsheet"]


def test_figures_as_at_is_a_govuk_date_input_in_uk_dates(manager_client):
    response = manager_client.get(
        URL, {"as_of_day": "31", "as_of_month": "3", "as_of_year": "2026"}
    )
    html = response.content.decode()
    soup = BeautifulSoup(html, "html.parser")
    assert soup.find("input", attrs={"type": "date"}) is None
    fieldset = soup.find("fieldset", class_="govuk-fieldset")
    assert fieldset.legend.get_text(strip=True) == "Figures as at"
    assert "For example, 31 3 2026" in fieldset.get_text()
    assert [i["name"] for i in fieldset.find_all("input")] == [
        "as_of_day",
        "as_of_month",
        "as_of_year",
    ]
    assert fieldset.find("input", attrs={"name": "as_of_day"})["value"] == "31"
    assert "Figures as at 31 March 2026" in html
    assert "2026-03-31" not in soup.find("details").get_text()

    html = manager_client.get(
        URL, {"as_of_day": "31", "as_of_month": "2", "as_of_year": "2026"}
    ).content.decode()
    assert "Figures as at must be a real date" in html


def test_csv_writes_every_date_one_way(manager_client):
    response = manager_client.get(URL, {"as_of": AS_OF.isoformat(), "export": "csv"})
    text = b"".join(response.streaming_content).decode()
    assert not re.search(r"\d{2}/\d{2}/\d{4}", text), text
    rows = list(csv.DictReader(io.StringIO(text)))
    assert rows[0]["Figures as at"] == AS_OF.isoformat()
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", rows[0]["Period start"])
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", rows[0]["Period end"])


def test_xlsx_sheet_is_named_and_its_columns_are_wide_enough(manager_client):
    response = manager_client.get(URL, {"as_of": AS_OF.isoformat(), "export": "xlsx"})
    workbook = load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    sheet = workbook.active
    assert sheet.title == "Training coverage"
    kpi_names = [row[0] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert sheet.column_dimensions["A"].width >= max(len(name) for name in kpi_names)
    assert sheet["E1"].value == "Agency"
    assert sheet.column_dimensions["E"].width >= len("Partnership total")


def test_drill_down_tells_two_learners_with_the_same_name_apart(manager_client):
    p = manager_client.partnership
    UserFactory(
        agency=p.health,
        first_name="Sam",
        last_name="Jones",
        job_title="Health visitor",
        email="sam.jones@nhs.example",
    )
    UserFactory(
        agency=p.health,
        first_name="Sam",
        last_name="Jones",
        job_title="School nurse",
        email="sjones@gmail.example",
    )
    url = reverse("learning_coverage:learners", args=[p.percent_kpi.pk, p.health.pk])
    soup = BeautifulSoup(manager_client.get(url).content.decode(), "html.parser")
    table = soup.find("table", attrs={"data-learners": str(p.health.pk)})
    headings = [th.get_text(strip=True) for th in table.thead.find_all("th")]
    assert {"Agency", "Job title", "Email domain"} <= set(headings)
    sams = [
        [cell.get_text(strip=True) for cell in tr.find_all(["th", "td"])]
        for tr in table.tbody.find_all("tr")
        if tr.th and tr.th.get_text(strip=True) == "Sam Jones"
    ]
    assert len(sams) == 2
    domain = headings.index("Email domain")
    assert {row[domain] for row in sams} == {"nhs.example", "gmail.example"}
    assert {row[headings.index("Agency")] for row in sams} == {p.health.name}

    response = manager_client.get(url, {"export": "csv"})
    exported = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert {r["Email domain"] for r in exported if r["Name"] == "Sam Jones"} == {
        "nhs.example",
        "gmail.example",
    }
