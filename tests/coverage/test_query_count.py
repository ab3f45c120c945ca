"""The dashboard's query count does not grow with agencies, learners or months."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from learning.coverage.models import Headcount, KPIMeasure, TrainingKPI
from learning.coverage.services import coverage_rebuild
from learning.people.models import User
from learning.people.roles import Role
from learning.progress.models import CourseCompletion
from tests.factories import AgencyFactory, PartnershipFactory

from .builders import course, staff

pytestmark = pytest.mark.django_db

URL = "/admin/reports/training-coverage/"
MAX_QUERIES = 26  # session, user, roles, MFA and the admin menu, then coverage's own
# (two of them the practice indicators and their returns, shown beside the training figures;
# one the partnership whose name titles the admin; two the running counts, whatever the
# number of KPIs, and what they were built for)


def build(home, *, agencies: int, learners: int, months: int, tag: str):
    partnership = PartnershipFactory(slug=f"size-{tag}")
    gcp2 = course(home, slug=f"gcp2-{tag}", validity_months=12)
    start = dt.date(2024, 4, 1)
    made = [AgencyFactory(partnership=partnership) for _ in range(agencies)]
    users = User.objects.bulk_create(
        User(
            email=f"{tag}-{i}@example.org",
            first_name="L",
            last_name=str(i),
            agency=made[i % agencies],
        )
        for i in range(learners)
    )
    CourseCompletion.objects.bulk_create(
        CourseCompletion(
            learner=u,
            course=gcp2,
            completed_at=dt.datetime(2024, 4, 2, tzinfo=dt.UTC) + dt.timedelta(days=(i * 7) % 700),
            agency=u.agency,
        )
        for i, u in enumerate(users)
    )
    Headcount.objects.bulk_create(
        Headcount(agency=a, headcount=100, counted_on=start) for a in made
    )
    for name in ("Percent", "Count"):
        kpi = TrainingKPI.objects.create(
            partnership=partnership,
            name=name,
            measure=KPIMeasure.PERCENT if name == "Percent" else KPIMeasure.COUNT,
            target=Decimal("80"),
            period_start=start,
            period_end=start + dt.timedelta(days=31 * months - 5),
        )
        kpi.courses.add(gcp2)
        kpi.save()
    coverage_rebuild()  # the rows above were made in bulk, without the running counts' signals
    return made[0]


def count_queries(client, home, **size) -> int:
    agency = build(home, **size)
    client.force_login(staff(agency, Role.PARTNERSHIP_MANAGER))
    with CaptureQueriesContext(connection) as queries:
        response = client.get(URL, {"as_of": "2026-03-31"})
    assert response.status_code == 200
    return len(queries)


def test_dashboard_queries_do_not_grow_with_size(client, home_page, django_assert_max_num_queries):
    small = count_queries(client, home_page, agencies=2, learners=10, months=3, tag="s")
    client.logout()
    TrainingKPI.objects.all().delete()
    large = count_queries(client, home_page, agencies=12, learners=400, months=24, tag="l")
    assert large == small
    with django_assert_max_num_queries(MAX_QUERIES):
        client.get(URL, {"as_of": "2026-03-31"})


@pytest.mark.parametrize(
    ("agencies", "learners", "months"), [(2, 10, 3), (15, 300, 24)], ids=["small", "large"]
)
def test_dashboard_stays_under_its_query_budget(
    client, home_page, django_assert_max_num_queries, agencies, learners, months
):
    agency = build(home_page, agencies=agencies, learners=learners, months=months, tag="p")
    client.force_login(staff(agency, Role.PARTNERSHIP_MANAGER))
    with django_assert_max_num_queries(MAX_QUERIES):
        response = client.get(URL, {"as_of": "2026-03-31"})
    assert "Percent" in response.content.decode()
