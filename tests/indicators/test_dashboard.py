"""The coverage dashboard shows the practice indicators beside the training figures of
the same agency and period."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest
from bs4 import BeautifulSoup

from learning.indicators.models import IndicatorReturn, PracticeIndicator
from learning.people.roles import Role
from tests.coverage.builders import hand_built_partnership, staff

pytestmark = pytest.mark.django_db
URL = "/admin/reports/training-coverage/"


@pytest.fixture
def built(home_page):
    p = hand_built_partnership(home_page)  # KPIs for 1 April 2025 to 31 March 2026
    gcp2 = PracticeIndicator.objects.create(
        partnership=p.partnership, name="GCP2 assessments completed"
    )
    for agency, quarter, value in (
        (p.health, "2025-04-01", 10),
        (p.health, "2025-07-01", 15),
        (p.health, "2026-04-01", 99),  # after the period: never counted
        (p.police, "2025-10-01", 4),
        (p.outside, "2025-04-01", 500),  # another partnership's agency
    ):
        IndicatorReturn.objects.create(
            indicator=gcp2, agency=agency, quarter_start=dt.date.fromisoformat(quarter), value=value
        )
    return p


def kpi_rows(response, kpi) -> dict[str, list[str]]:
    soup = BeautifulSoup(response.content, "html.parser")
    table = soup.select_one(f"table[data-kpi-table='{kpi.pk}']")
    heads = [th.get_text(" ", strip=True) for th in table.thead.find_all("th")]
    assert heads[-1] == "GCP2 assessments completed (practice indicator)"
    return {
        tr.th.get_text(" ", strip=True).split(" (")[0]: [
            td.get_text(strip=True) for td in tr.select("td[data-figure='indicator']")
        ]
        for tr in table.tbody.find_all("tr")
    }


def test_indicators_beside_training_for_the_same_agency_and_period(client, built):
    client.force_login(staff(built.health, Role.PARTNERSHIP_MANAGER))
    response = client.get(URL, {"as_of": "2026-03-31", "kpi": built.percent_kpi.pk})
    rows = kpi_rows(response, built.percent_kpi)
    assert rows == {
        "Health": ["25"],
        "Police": ["4"],
        "CSC": ["Not returned"],
        "Partnership total": ["29"],
    }
    # Earlier in the period only the quarters started by then count.
    response = client.get(URL, {"as_of": "2025-08-15", "kpi": built.percent_kpi.pk})
    assert kpi_rows(response, built.percent_kpi)["Health"] == ["25"]
    response = client.get(URL, {"as_of": "2025-06-30", "kpi": built.percent_kpi.pk})
    assert kpi_rows(response, built.percent_kpi)["Partnership total"] == ["10"]


def test_indicators_are_in_the_download(client, built):
    client.force_login(staff(built.health, Role.PARTNERSHIP_MANAGER))
    response = client.get(
        URL, {"as_of": "2026-03-31", "kpi": built.percent_kpi.pk, "export": "csv"}
    )
    rows = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))
    by_agency = {row["Agency"]: row["Practice indicators (period to date)"] for row in rows}
    assert by_agency["Health"] == "GCP2 assessments completed: 25"
    assert by_agency["CSC"] == "GCP2 assessments completed: not returned"


def test_lead_sees_their_agencys_indicators_and_the_total(client, built):
    client.force_login(staff(built.police, Role.AGENCY_LEAD))
    response = client.get(URL, {"as_of": "2026-03-31", "kpi": built.percent_kpi.pk})
    assert kpi_rows(response, built.percent_kpi) == {
        "Police": ["4"],
        "Partnership total": ["29"],
    }
