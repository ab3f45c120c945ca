"""Knowledge gaps: per course, topic and agency, the share of first-attempt answers that
were wrong (the hand-built course of builders.py)."""

from __future__ import annotations

import csv
import io

import pytest
from bs4 import BeautifulSoup

from django.urls import reverse

from learning.people.roles import Role
from tests.coverage.builders import staff

from .builders import hand_built_course

pytestmark = pytest.mark.django_db
URL = "/admin/reports/knowledge-gaps/"


@pytest.fixture
def built(home_page):
    return hand_built_course(home_page)


def gaps(client, **query) -> list[tuple[str, str, str, str, str]]:
    response = client.get(URL, query)
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    return [
        (
            tr.th.get_text(strip=True),
            *(
                tr.select_one(f"[data-figure='{name}']").get_text(strip=True)
                for name in ("agency", "answered", "wrong", "percent_wrong")
            ),
        )
        for tr in soup.select("tr[data-gap]")
    ]


def test_gaps_by_topic_and_agency_on_first_attempts(client, built):
    assert reverse("learning_knowledge_gaps:index") == URL
    client.force_login(staff(built.health, Role.PARTNERSHIP_MANAGER))
    # Lesson 2 (q3, q4): Health h1 WW + h2 RR = 2 of 4 wrong; Police p1 WR = 1 of 2.
    # Lesson 1 (q1, q2): Police p1 WR = 1 of 2; Health RR RR = 0 of 4. h1's second
    # attempt and o1 (another partnership) never count.
    assert gaps(client) == [
        ("Signs in teenagers", "Police", "2", "1", "50.0%"),
        ("Talking with young people", "Health", "4", "2", "50.0%"),
        ("Talking with young people", "Police", "2", "1", "50.0%"),
        ("Signs in teenagers", "Health", "4", "0", "0.0%"),
    ]


def test_filters_by_agency_and_course(client, built):
    client.force_login(staff(built.health, Role.PARTNERSHIP_MANAGER))
    assert gaps(client, agency=built.police.pk) == [
        ("Signs in teenagers", "Police", "2", "1", "50.0%"),
        ("Talking with young people", "Police", "2", "1", "50.0%"),
    ]
    assert len(gaps(client, course=built.course.pk)) == 4


def test_lead_sees_their_own_agency_and_trainer_their_partnership(client, built):
    client.force_login(staff(built.health, Role.AGENCY_LEAD))
    assert {row[1] for row in gaps(client)} == {"Health"}
    client.force_login(staff(built.other, Role.TRAINER, name="Other trainer"))
    assert gaps(client) == [
        ("Signs in teenagers", "Other", "2", "2", "100.0%"),
        ("Talking with young people", "Other", "2", "2", "100.0%"),
    ]


def test_learners_are_refused(client, built):
    """Learners have no admin access: Wagtail sends them to its sign-in page."""
    client.force_login(built.people["p1"])
    response = client.get(URL)
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


def test_download_is_formula_safe(client, built):
    built.police.name = "@SUM(1+1)"
    built.police.save()
    client.force_login(staff(built.health, Role.PARTNERSHIP_MANAGER))
    response = client.get(URL, {"export": "csv"})
    rows = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert {row["Agency"] for row in rows} == {"Health", "'@SUM(1+1)"}
    assert {row["% wrong"] for row in rows} == {"50.0", "0.0"}
