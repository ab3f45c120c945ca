"""Fixtures for training: the /training/ index, an event of partnership A, a session, and
a learner of one of A's agencies. Tests run with real transactions so that the emails,
queued with transaction.on_commit, are sent (eagerly) as in production."""

from __future__ import annotations

import pytest
from icalendar import Calendar

from tests.factories import (
    AgencyFactory,
    PartnershipFactory,
    TrainingEventPageFactory,
    TrainingIndexPageFactory,
    TrainingSessionFactory,
    UserFactory,
)


@pytest.fixture
def partnership():
    return PartnershipFactory(name="Walsall Safeguarding Partnership", slug="walsall")


@pytest.fixture
def agency(partnership):
    return AgencyFactory(partnership=partnership, name="Walsall Healthcare")


@pytest.fixture
def learner(agency):
    return UserFactory(email="learner@example.org", first_name="Lee", agency=agency)


@pytest.fixture
def training_index(home_page):
    return TrainingIndexPageFactory(parent=home_page)


@pytest.fixture
def event(training_index, partnership):
    return TrainingEventPageFactory(
        parent=training_index,
        title="Multi-agency neglect workshop",
        partnership=partnership,
    )


@pytest.fixture
def session(event):
    return TrainingSessionFactory(event=event, capacity=2)


def parse_calendar(data: bytes) -> Calendar:
    return Calendar.from_ical(data)


def vevents(calendar: Calendar) -> list:
    return [c for c in calendar.walk() if c.name == "VEVENT"]


def with_mfa(user):
    """Staff roles must have MFA before they reach any admin page."""
    from allauth.mfa.models import Authenticator

    Authenticator.objects.create(user=user, type=Authenticator.Type.TOTP, data={"secret": "x"})
    return user
