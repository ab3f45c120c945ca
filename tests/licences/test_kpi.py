"""A KPI can count licences in force (per agency, with the headcount %), checked against
a hand-built example at 31 March 2026; the seeded "trained to use GCP2" KPI counts
licences, and the e-learning KPI is named for what it is."""

from __future__ import annotations

import csv
import datetime as dt
import io
from decimal import Decimal

import pytest
from bs4 import BeautifulSoup

from django.core.management import call_command
from django.urls import reverse

from learning.coverage.models import Headcount, KPILearning, KPIMeasure, TrainingKPI
from learning.coverage.seed import GCP2_LICENCE_KPI, demo_kpis, seed_licence_kpi
from learning.people.models import RoleGroup
from learning.people.roles import Role
from tests.coverage.builders import at, complete, staff
from tests.coverage.test_dashboard import agency_rows
from tests.factories import AgencyFactory, PartnershipFactory, UserFactory

from .conftest import licence

pytestmark = pytest.mark.django_db

URL = "/admin/reports/training-coverage/"
AS_OF = dt.date(2026, 3, 31)
D = dt.date.fromisoformat


@pytest.fixture
def example(partnership, early_help, health, gcp2, elearning):
    """Early Help (headcount 10) and Health (headcount 4) with these GCP2 licences:

    - e1 (frontline) licensed June 2025, renew by 2028: counts
    - e2 licensed 2024, renew by 31 March 2026 (the day itself): counts
    - e3 licensed 2023, renew by 1 January 2026: lapsed, does not count
    - e4 licensed May 2025, revoked 1 February 2026: does not count
    - e5 licensed 10 April 2026 (after the date): does not count
    - e6 only did the e-learning: does not count
    - h1 licensed September 2025: counts
    - someone in another partnership, licensed: not in these figures
    So Early Help 2 of 10 (20.0%), Health 1 of 4 (25.0%), total 3 of 14 (21.4%).
    """
    people = {}
    for name, agency in [("e1", early_help), ("e2", early_help), ("e3", early_help),
                         ("e4", early_help), ("e5", early_help), ("e6", early_help),
                         ("h1", health)]:  # fmt: skip
        people[name] = UserFactory(
            agency=agency,
            first_name=name,
            last_name="Tester",
            role_group=RoleGroup.FRONTLINE if name == "e1" else "",
        )
    licence(gcp2, people["e1"], licensed_on=D("2025-06-01"), renew_by=D("2028-06-01"))
    licence(gcp2, people["e2"], licensed_on=D("2024-01-01"), renew_by=D("2026-03-31"))
    licence(gcp2, people["e3"], licensed_on=D("2023-01-01"), renew_by=D("2026-01-01"))
    licence(gcp2, people["e4"], licensed_on=D("2025-05-01"), renew_by=D("2028-05-01"),
            revoked_at=at("2026-02-01"), revocation_reason="Left GCP2 work")  # fmt: skip
    licence(gcp2, people["e5"], licensed_on=D("2026-04-10"), renew_by=D("2029-04-10"))
    complete(people["e6"], elearning, "2025-10-01")
    licence(gcp2, people["h1"], licensed_on=D("2025-09-01"), renew_by=D("2028-09-01"))
    outside = UserFactory(agency=AgencyFactory(partnership=PartnershipFactory(slug="merton")))
    licence(gcp2, outside, licensed_on=D("2025-06-01"))
    Headcount.objects.create(agency=early_help, headcount=10, counted_on=D("2025-04-01"))
    Headcount.objects.create(agency=health, headcount=4, counted_on=D("2025-04-01"))

    def kpi(name, **fields):
        return TrainingKPI.objects.create(
            partnership=partnership,
            name=name,
            learning=KPILearning.LICENCES,
            licence_type=gcp2,
            target=fields.pop("target", Decimal("80")),
            period_start=D("2025-04-01"),
            period_end=D("2026-03-31"),
            **fields,
        )

    return {
        "people": people,
        "percent": kpi("GCP2 licensed: 80% of staff", measure=KPIMeasure.PERCENT),
        "count": kpi("GCP2 licensed practitioners", measure=KPIMeasure.COUNT, target=Decimal("4")),
        "frontline": kpi(
            "GCP2 licensed frontline", measure=KPIMeasure.COUNT, role_group=RoleGroup.FRONTLINE
        ),
    }


def test_licence_kpi_figures_per_agency_with_headcount_percent(client, example, early_help):
    client.force_login(staff(early_help, Role.PARTNERSHIP_MANAGER, "Manager"))
    html = client.get(URL, {"as_of": AS_OF.isoformat()}).content.decode()
    rows = agency_rows(html, example["percent"].pk)
    assert rows["Walsall Early Help"] == {
        "trained": "2", "headcount": "10", "percent": "20.0%", "rag": "Red",
    }  # fmt: skip
    assert rows["Walsall Healthcare"]["trained"] == "1"
    assert rows["Walsall Healthcare"]["percent"] == "25.0%"
    assert rows["total"]["trained"] == "3"
    assert rows["total"]["headcount"] == "14"
    assert rows["total"]["percent"] == "21.4%"
    count = agency_rows(html, example["count"].pk)
    assert count["total"]["trained"] == "3"
    frontline = agency_rows(html, example["frontline"].pk)
    assert frontline["total"]["trained"] == "1"  # e1 is the only frontline holder


def test_the_trend_counts_licences_in_force_at_each_month_end(client, example, early_help):
    client.force_login(staff(early_help, Role.PARTNERSHIP_MANAGER, "Manager"))
    html = client.get(URL, {"as_of": AS_OF.isoformat()}).content.decode()
    soup = BeautifulSoup(html, "html.parser")
    table = soup.find("table", attrs={"data-kpi-trend": str(example["count"].pk)})
    trend = {
        tr.find_all(["th", "td"])[0].get_text(strip=True): tr.find_all(["th", "td"])[1].get_text(
            strip=True
        )
        for tr in table.find("tbody").find_all("tr")
    }
    # December 2025: e1, e2, e3 (not yet lapsed), e4 (not yet revoked), h1.
    assert trend["31 Dec 2025"] == "5"
    # January 2026: e3 lapsed on 2 January.
    assert trend["31 Jan 2026"] == "4"
    assert trend["31 Mar 2026"] == "3"


def test_the_drill_down_lists_who_is_licensed(client, example, early_help):
    client.force_login(staff(early_help, Role.PARTNERSHIP_MANAGER, "Manager"))
    url = reverse("learning_coverage:learners", args=[example["percent"].pk, early_help.pk])
    response = client.get(url, {"as_of": AS_OF.isoformat(), "export": "csv"})
    rows = {
        r["Name"]: (r["Status"], r["Completed on"], r["Expires on"])
        for r in csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode()))
    }
    assert rows["e1 Tester"] == ("Licensed", "2025-06-01", "2028-06-01")
    assert rows["e2 Tester"][0] == "Licensed"
    for name in ("e3 Tester", "e4 Tester", "e5 Tester", "e6 Tester"):
        assert rows[name][0] == "Not licensed"


def test_coverage_report_command_counts_licences(example):
    out = io.StringIO()
    call_command(
        "coverage_report", kpi=example["percent"].pk, format="csv", as_of="2026-03-31", stdout=out
    )
    figures = {r["Agency"]: r["Trained"] for r in csv.DictReader(io.StringIO(out.getvalue()))}
    assert figures == {
        "Walsall Early Help": "2",
        "Walsall Healthcare": "1",
        "Partnership total": "3",
    }


def test_a_licence_kpi_must_name_its_licence(partnership):
    from django.core.exceptions import ValidationError

    kpi = TrainingKPI(
        partnership=partnership,
        name="Licensed",
        learning=KPILearning.LICENCES,
        target=Decimal("10"),
        period_start=D("2025-04-01"),
        period_end=D("2026-03-31"),
    )
    with pytest.raises(ValidationError) as raised:
        kpi.clean()
    assert "licence_type" in raised.value.message_dict


def test_the_seeded_gcp2_kpi_counts_licences_and_the_elearning_kpi_is_named_for_it(
    partnership, gcp2, elearning
):
    kpis = demo_kpis(partnership, dt.date(2026, 6, 1))
    elearning_kpi = next(k for k in kpis if k.name == "GCP2 introduction e-learning completed")
    assert elearning_kpi.learning == KPILearning.COURSES
    assert list(elearning_kpi.courses.all()) == [elearning]
    seeded = seed_licence_kpi()
    assert seeded.name == GCP2_LICENCE_KPI
    assert seeded.learning == KPILearning.LICENCES
    assert seeded.licence_type == gcp2
    assert seeded.courses.count() == 0
    assert seed_licence_kpi().pk == seeded.pk  # safe to run again
