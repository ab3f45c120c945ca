"""The public listing at /training/ with its filters, and an event page with its dates."""

from __future__ import annotations

from datetime import timedelta

import pytest

from django.utils import timezone

from learning.people.models import RoleGroup
from learning.training.models import TrainingFormat
from learning.training.services import booking_create
from tests.factories import TrainingEventPageFactory, TrainingSessionFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def catalogue(training_index, partnership, agency):
    workshop = TrainingEventPageFactory(
        parent=training_index,
        title="Neglect workshop",
        topic="Neglect",
        partnership=partnership,
        audience_role_group=RoleGroup.FRONTLINE,
    )
    briefing = TrainingEventPageFactory(
        parent=training_index,
        title="Online audit briefing",
        topic="Audit",
        partnership=partnership,
        audience_role_group=RoleGroup.MANAGER,
    )
    soon = TrainingSessionFactory(event=workshop, capacity=1)
    later = TrainingSessionFactory(
        event=briefing,
        format=TrainingFormat.ONLINE,
        venue="",
        starts_at=timezone.now() + timedelta(days=40),
        ends_at=timezone.now() + timedelta(days=40, hours=1),
        capacity=30,
    )
    TrainingSessionFactory(  # past: never listed
        event=briefing,
        starts_at=timezone.now() - timedelta(days=3),
        ends_at=timezone.now() - timedelta(days=3) + timedelta(hours=1),
    )
    booking_create(session_id=soon.pk, learner=UserFactory(agency=agency))
    return {"workshop": workshop, "briefing": briefing, "soon": soon, "later": later}


def _titles(client, query=""):
    body = client.get(f"/training/{query}").content.decode()
    return [t for t in ("Neglect workshop", "Online audit briefing") if t in body], body


def test_listing_is_open_to_all_and_shows_places(client, catalogue, django_assert_max_num_queries):
    with django_assert_max_num_queries(25):
        titles, body = _titles(client)
    assert titles == ["Neglect workshop", "Online audit briefing"]
    assert "Full — join the waiting list" in body
    assert "30 places left" in body


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("?topic=Audit", ["Online audit briefing"]),
        ("?format=in_person", ["Neglect workshop"]),
        ("?format=online", ["Online audit briefing"]),
        ("?audience=role:manager", ["Online audit briefing"]),
        (
            "?date_from=" + (timezone.localdate() + timedelta(days=20)).isoformat(),
            ["Online audit briefing"],
        ),
    ],
)
def test_listing_filters(client, catalogue, query, expected):
    assert _titles(client, query)[0] == expected


def test_a_bad_date_is_reported_not_guessed(client, catalogue):
    response = client.get("/training/?date_from=31/12/2026")
    body = response.content.decode()
    assert "There is a problem" in body
    assert "Enter a date in the format 2026-12-31" in body


def test_event_page_lists_upcoming_sessions_only(client, catalogue):
    body = client.get(catalogue["briefing"].url).content.decode()
    assert "Online audit briefing" in body
    assert "30 places left" in body
    assert body.count("/training/sessions/") == 1
