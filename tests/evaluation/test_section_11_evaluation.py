"""The Section 11 training return carries the agency's evaluation headlines for the year."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup

from django.utils import timezone

from learning.coverage.section_11.selectors import financial_year_of
from learning.people.roles import Role

from .conftest import staff
from .test_before_after_shift import example  # noqa: F401 (the hand-built fixture)

pytestmark = pytest.mark.django_db
URL = "/admin/reports/training-coverage/section-11/"


def evaluation_lines(response) -> list[tuple[str, str]]:
    table = BeautifulSoup(response.content, "html.parser").select_one(
        "table[data-section=evaluation]"
    )
    return [(tr.th.get_text(strip=True), tr.td.get_text(strip=True)) for tr in table.tbody("tr")]


def test_return_shows_the_years_evaluation_headlines(client, example, world):  # noqa: F811
    """Ann, Bob and Cat of A1 evaluated their course, out of four people asked; Ann and
    Bob answered before and after (shifts of 1.50 and 2.00 on two outcomes each)."""
    client.force_login(staff(world.a1, Role.PARTNERSHIP_MANAGER))
    year = financial_year_of(timezone.localdate())
    response = client.get(URL, {"agency": world.a1.pk, "year": year})
    assert response.status_code == 200
    assert evaluation_lines(response) == [
        ("People asked to evaluate their training", "4"),
        ("Evaluations returned after training", "3"),
        ("Response rate", "75%"),
        ("Mean change in confidence (1 to 5 scale, before and after)", "+1.75"),
    ]
    other = client.get(URL, {"agency": world.a2.pk, "year": year})
    assert "No one was asked to evaluate training in the year." in other.content.decode()
