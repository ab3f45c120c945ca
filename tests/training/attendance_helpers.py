"""Builders for the attendance and charges tests: a session that ran today, people with a
place on it, and staff of a partnership (with the second factor staff pages need)."""

from __future__ import annotations

from datetime import timedelta

from django.utils import timezone

from learning.people.roles import Role
from learning.training.models import Booking, BookingStatus, TrainingSession
from tests.coverage.builders import with_mfa
from tests.factories import TrainingSessionFactory, UserFactory


def session_today(event, **fields) -> TrainingSession:
    """A session that started an hour ago, or at midnight if that was sooner: its register
    is open, and it started today (in UTC and in local time) whenever the test runs."""
    now = timezone.now()
    midnight = max(
        now.replace(hour=0, minute=0, second=0, microsecond=0),
        timezone.localtime(now).replace(hour=0, minute=0, second=0, microsecond=0),
    )
    starts = max(now - timedelta(hours=1), midnight).replace(second=0, microsecond=0)
    return TrainingSessionFactory(
        event=event, starts_at=starts, ends_at=starts + timedelta(hours=3), **fields
    )


def booked(session, learner, **fields) -> Booking:
    return Booking.objects.create(
        session=session, learner=learner, status=BookingStatus.BOOKED, **fields
    )


def staff(agency, role: Role, **fields):
    return with_mfa(UserFactory(agency=agency, roles={role}, **fields))


def register_url(session) -> str:
    return f"/training/sessions/{session.pk}/register/"


def sheet_url(session) -> str:
    return f"/training/sessions/{session.pk}/register/sign-in-sheet/"
