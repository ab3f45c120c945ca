"""Every coverage export is safe to open in a spreadsheet: text that Excel would run as a
formula (a learner named `=HYPERLINK(...)`) is prefixed with a quote (OWASP's rule), while
numbers stay numbers."""

from __future__ import annotations

import csv
import io
from decimal import Decimal

import pytest
from openpyxl import load_workbook

from django.core.management import call_command
from django.urls import reverse

from learning.people.exports import spreadsheet_safe
from learning.people.roles import Role
from tests.factories import AgencyFactory

from .builders import AS_OF, complete, hand_built_partnership, learner, staff

pytestmark = pytest.mark.django_db

URL = "/admin/reports/training-coverage/"
FORMULAS = ['=HYPERLINK("http://x","y")', "+1", "-2", "@SUM(A1)", "\t=1+1", "\r=1+1"]


def _csv(response) -> list[list[str]]:
    return list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))


def _xlsx(response):
    content = b"".join(response.streaming_content)
    return list(load_workbook(io.BytesIO(content)).active.iter_rows())


@pytest.fixture
def formula_people(home_page):
    """The hand-built partnership plus learners (and an agency) named like formulas."""
    p = hand_built_partnership(home_page)
    people = []
    for name in FORMULAS:
        person = learner(p.health, name)
        person.last_name = ""
        person.job_title = name
        person.save()
        complete(person, p.gcp2, "2025-06-01")
        people.append(person)
    formula_agency = AgencyFactory(partnership=p.partnership, name='=HYPERLINK("http://x","y")')
    p.formula_agency = formula_agency
    return p


def test_drill_down_csv_neutralises_learner_names(client, formula_people):
    p = formula_people
    client.force_login(staff(p.police, Role.PARTNERSHIP_MANAGER))
    url = reverse("learning_coverage:learners", args=[p.percent_kpi.pk, p.health.pk])
    rows = _csv(client.get(url, {"as_of": AS_OF.isoformat(), "export": "csv"}))
    assert rows[0][:5] == ["Name", "Agency", "Email", "Email domain", "Job title"]
    names = {row[0] for row in rows[1:]}
    job_titles = {row[4] for row in rows[1:]}
    for formula in FORMULAS:
        # (A full name loses its surrounding whitespace; a job title keeps its tab.)
        assert "'" + formula.strip() in names
        assert "'" + formula in job_titles
        assert formula not in names | job_titles
    assert "a1 Tester" in names  # ordinary names untouched


def test_drill_down_xlsx_neutralises_learner_names(client, formula_people):
    p = formula_people
    client.force_login(staff(p.police, Role.PARTNERSHIP_MANAGER))
    url = reverse("learning_coverage:learners", args=[p.percent_kpi.pk, p.health.pk])
    rows = _xlsx(client.get(url, {"as_of": AS_OF.isoformat(), "export": "xlsx"}))
    names = {row[0].value: row[0].data_type for row in rows[1:]}
    job_titles = {row[4].value for row in rows[1:]}
    for formula in FORMULAS:
        assert names.get("'" + formula.strip()) == "s"
        # (XML stores a carriage return as a line feed.)
        assert "'" + formula.replace("\r", "\n") in job_titles
        assert formula not in names.keys() | job_titles


def test_dashboard_csv_and_xlsx_neutralise_names_and_keep_numbers(client, formula_people):
    p = formula_people
    p.percent_kpi.name = "+44 GCP2 target"
    p.percent_kpi.save()
    client.force_login(staff(p.police, Role.PARTNERSHIP_MANAGER))

    rows = _csv(client.get(URL, {"as_of": AS_OF.isoformat(), "export": "csv"}))
    assert rows[0][0] == "KPI"
    assert {row[0] for row in rows[1:]} >= {"'+44 GCP2 target"}
    agencies = {row[4] for row in rows[1:]}  # after KPI, period start and end, as at
    assert """'=HYPERLINK("http://x","y")""" in agencies
    assert not any(cell.startswith(("=", "+", "-", "@")) for row in rows for cell in row)

    sheet = _xlsx(client.get(URL, {"as_of": AS_OF.isoformat(), "export": "xlsx"}))
    formula_row = next(r for r in sheet if r[4].value == """'=HYPERLINK("http://x","y")""")
    assert formula_row[0].value == "'+44 GCP2 target"
    health = next(r for r in sheet if r[4].value == "Health")
    # Figures stay numbers (not text with a quote in front).
    assert [cell.value for cell in health[6:9]] == [10, 8, 125]
    assert all(cell.data_type == "n" for cell in health[6:9])
    assert not any(
        isinstance(cell.value, str) and cell.value.startswith(("=", "+", "-", "@"))
        for row in sheet
        for cell in row
    )


def test_coverage_report_command_neutralises_names(formula_people, capsys):
    p = formula_people
    p.percent_kpi.name = "@SUM(A1) KPI"
    p.percent_kpi.save()
    call_command("coverage_report", kpi=p.percent_kpi.pk, format="csv", as_of=AS_OF.isoformat())
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert {r["KPI"] for r in rows} == {"'@SUM(A1) KPI"}
    assert """'=HYPERLINK("http://x","y")""" in {r["Agency"] for r in rows}
    health = next(r for r in rows if r["Agency"] == "Health")
    assert (health["Trained"], health["Headcount"]) == ("10", "8")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (-2, -2),
        (Decimal("-1.5"), Decimal("-1.5")),
        (0, 0),
        ("-2", "'-2"),
        ("Sam Smith", "Sam Smith"),
        ("", ""),
        (None, None),
    ],
)
def test_only_text_is_prefixed_so_negative_numbers_stay_numbers(value, expected):
    assert spreadsheet_safe(value) == expected
