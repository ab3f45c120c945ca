"""The coverage dashboard and its exports, figure by figure, on a hand-built partnership."""

from __future__ import annotations

import csv
import io
from decimal import Decimal

import pytest
from bs4 import BeautifulSoup
from openpyxl import load_workbook

from django.core.management import call_command
from django.urls import reverse

from learning.coverage.selectors import coverage_dashboard, coverage_system_scope
from learning.people.roles import Role

from .builders import AS_OF, hand_built_partnership, staff

pytestmark = pytest.mark.django_db

URL = "/admin/reports/training-coverage/"


def agency_rows(html: str, kpi_pk: int) -> dict[str, dict[str, str]]:
    """{agency name or 'total': {trained, headcount, percent, rag}} from the KPI's table."""
    soup = BeautifulSoup(html, "html.parser")
    table = soup.find("table", attrs={"data-kpi-table": str(kpi_pk)})
    rows = {}
    for tr in table.find("tbody").find_all("tr", attrs={"data-agency": True}):
        name = "total" if tr["data-agency"] == "total" else tr.find("th").get_text(strip=True)
        rows[name] = {
            td["data-figure"]: td.get_text(strip=True)
            for td in tr.find_all("td")
            if td.has_attr("data-figure")
        }
    return rows


def trend_rows(html: str, kpi_pk: int) -> list[list[str]]:
    soup = BeautifulSoup(html, "html.parser")
    table = soup.find("table", attrs={"data-kpi-trend": str(kpi_pk)})
    return [
        [cell.get_text(strip=True) for cell in tr.find_all(["th", "td"])]
        for tr in table.find("tbody").find_all("tr")
    ]


def test_dashboard_figures_for_each_agency_total_and_rag(client, home_page):
    p = hand_built_partnership(home_page)
    manager = staff(p.police, Role.PARTNERSHIP_MANAGER, "Manager")
    client.force_login(manager)
    response = client.get(URL, {"as_of": AS_OF.isoformat()})
    assert response.status_code == 200
    html = response.content.decode()

    rows = agency_rows(html, p.percent_kpi.pk)
    # Health: a1, a3, a4 (refreshed) and a6 (trained here, moved since); a2 expired; the
    # headcount of the time is 8 (it was 10 until 1 October 2025).
    assert rows["Health"] == {"trained": "4", "headcount": "8", "percent": "50.0%", "rag": "Red"}
    # Police: b1, b2, b3; b4 completed after 31 March; a6 counts in Health, not here.
    assert rows["Police"] == {"trained": "3", "headcount": "5", "percent": "60.0%", "rag": "Amber"}
    assert rows["CSC"] == {"trained": "4", "headcount": "4", "percent": "100.0%", "rag": "Green"}
    # 11 of 17; the outside agency's completion and headcount are not in the partnership.
    assert rows["total"] == {"trained": "11", "headcount": "17", "percent": "64.7%", "rag": "Amber"}
    assert "Outside agency" not in html

    # Count KPI: certificates need not be in date, so a2 counts; 12 against a target of 15.
    count_rows = agency_rows(html, p.count_kpi.pk)
    assert count_rows["Health"]["trained"] == "5"
    assert count_rows["Police"]["trained"] == "3"
    assert count_rows["CSC"]["trained"] == "4"
    assert count_rows["total"]["trained"] == "12"
    assert count_rows["total"]["rag"] == "Amber"


def test_trend_uses_expiry_and_headcount_of_each_month(client, home_page):
    p = hand_built_partnership(home_page)
    client.force_login(staff(p.police, Role.PARTNERSHIP_MANAGER))
    html = client.get(URL, {"as_of": AS_OF.isoformat()}).content.decode()
    trend = {row[0]: row[1:] for row in trend_rows(html, p.percent_kpi.pk)}
    assert len(trend) == 12
    assert trend["30 Apr 2025"] == ["3", "19", "15.8%"]  # a2, a4 (run 1), b3
    assert trend["30 Sep 2025"] == ["9", "19", "47.4%"]
    assert trend["31 Oct 2025"] == ["10", "17", "58.8%"]  # Health down to 8 staff
    assert trend["31 Dec 2025"] == ["10", "17", "58.8%"]  # a2 expired, b2 trained
    assert trend["31 Jan 2026"] == ["11", "17", "64.7%"]
    assert trend["31 Mar 2026"] == ["11", "17", "64.7%"]
    # The chart draws the same twelve points, labelled in words and figures.
    soup = BeautifulSoup(html, "html.parser")
    svg = soup.find(
        "svg",
        attrs={"aria-labelledby": f"chart-{p.percent_kpi.pk}-title chart-{p.percent_kpi.pk}-desc"},
    )
    assert svg["role"] == "img"
    assert len(svg.find_all("circle")) == 12
    assert "Target 80%" in svg.get_text()


def test_csv_and_xlsx_exports_carry_the_same_figures(client, home_page):
    p = hand_built_partnership(home_page)
    client.force_login(staff(p.police, Role.PARTNERSHIP_MANAGER))
    response = client.get(URL, {"as_of": AS_OF.isoformat(), "export": "csv"})
    assert response["Content-Type"] == "text/csv"
    text = b"".join(response.streaming_content).decode()
    rows = list(csv.DictReader(io.StringIO(text)))
    figures = {
        (r["KPI"], r["Agency"]): (r["Trained"], r["Headcount"], r["% of headcount"], r["RAG"])
        for r in rows
    }
    kpi = p.percent_kpi.name
    assert figures[(kpi, "Health")] == ("4", "8", "50.0", "Red")
    assert figures[(kpi, "Police")] == ("3", "5", "60.0", "Amber")
    assert figures[(kpi, "CSC")] == ("4", "4", "100.0", "Green")
    assert figures[(kpi, "Partnership total")] == ("11", "17", "64.7", "Amber")
    assert figures[(p.count_kpi.name, "Partnership total")][0] == "12"
    assert len(rows) == 8

    response = client.get(URL, {"as_of": AS_OF.isoformat(), "export": "xlsx"})
    workbook = load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    sheet = [list(r) for r in workbook.active.iter_rows(values_only=True)]
    assert sheet[0][:5] == ["KPI", "Period start", "Period end", "Figures as at", "Agency"]
    health = next(r for r in sheet if r[0] == kpi and r[4] == "Health")
    assert health[6:11] == [4, 8, 50, "80%", "Red"]


def test_filters_narrow_agencies_but_keep_the_partnership_total(client, home_page):
    p = hand_built_partnership(home_page)
    client.force_login(staff(p.police, Role.PARTNERSHIP_MANAGER))
    html = client.get(
        URL, {"as_of": AS_OF.isoformat(), "sector": "police", "kpi": p.percent_kpi.pk}
    ).content.decode()
    rows = agency_rows(html, p.percent_kpi.pk)
    assert set(rows) == {"Police", "total"}
    assert rows["total"]["trained"] == "11"
    assert f'data-kpi-table="{p.count_kpi.pk}"' not in html


def test_drill_down_lists_each_learner_with_status_and_expiry(client, home_page):
    p = hand_built_partnership(home_page)
    client.force_login(staff(p.police, Role.PARTNERSHIP_MANAGER))
    url = reverse("learning_coverage:learners", args=[p.percent_kpi.pk, p.health.pk])
    html = client.get(url, {"as_of": AS_OF.isoformat()}).content.decode()
    soup = BeautifulSoup(html, "html.parser")
    table = soup.find("table", attrs={"data-learners": str(p.health.pk)})
    rows = {
        tr.find("th").get_text(strip=True): [td.get_text(strip=True) for td in tr.find_all("td")]
        for tr in table.find("tbody").find_all("tr")
    }
    # Columns: agency, email domain, job title, role group, then these.
    assert rows["a1 Tester"][4:] == ["Trained", "10 May 2025", "10 May 2026"]
    assert rows["a2 Tester"][4:] == ["Expired", "1 Dec 2024", "1 Dec 2025"]
    assert rows["a4 Tester"][4:] == ["Trained", "1 Feb 2026", "1 Feb 2027"]
    assert rows["a5 Tester"][4:] == ["Not trained", "–", "–"]
    assert rows["a6 Tester"][4] == "Trained"  # moved to Police, trained in Health
    assert sum(1 for r in rows.values() if r[4] == "Trained") == 4  # as on the dashboard

    response = client.get(url, {"as_of": AS_OF.isoformat(), "export": "csv"})
    exported = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))
    a2 = next(r for r in exported if r["Name"] == "a2 Tester")
    assert (a2["Status"], a2["Completed on"], a2["Expires on"]) == (
        "Expired",
        "2024-12-01",
        "2025-12-01",
    )


def test_coverage_report_command_prints_the_dashboard_figures(home_page, capsys):
    p = hand_built_partnership(home_page)
    call_command("coverage_report", kpi=p.percent_kpi.pk, format="csv", as_of=AS_OF.isoformat())
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    figures = {
        r["Agency"]: (r["Trained"], r["Headcount"], r["% of headcount"], r["RAG"]) for r in rows
    }
    assert figures == {
        "Health": ("4", "8", "50.0", "Red"),
        "Police": ("3", "5", "60.0", "Amber"),
        "CSC": ("4", "4", "100.0", "Green"),
        "Partnership total": ("11", "17", "64.7", "Amber"),
    }


def test_snapshots_keep_history_after_people_change(home_page):
    """A nightly snapshot keeps the figures of its day even if records change later."""
    import datetime as dt

    from learning.coverage.models import CoverageSnapshot
    from learning.coverage.tasks import coverage_snapshot_nightly
    from learning.progress.models import CourseCompletion

    p = hand_built_partnership(home_page)
    day = dt.date(2025, 9, 30)
    stored = coverage_snapshot_nightly(on=day.isoformat())
    assert stored == 6  # two KPIs, three agencies
    coverage_snapshot_nightly(on=day.isoformat())  # safe to run twice
    assert CoverageSnapshot.objects.filter(taken_on=day).count() == 6
    CourseCompletion.objects.filter(learner=p.people["c1"]).delete()
    dashboard = coverage_dashboard(
        scope=coverage_system_scope(), as_of=AS_OF, kpi_id=p.percent_kpi.pk
    )
    point = next(pt for pt in dashboard[0].trend if pt.on == day)
    assert (point.trained, point.from_snapshot) == (9, True)
    assert dashboard[0].total.trained == 10  # today's figure is live
    assert dashboard[0].total.percent == Decimal("58.8")
