"""The demo training data: what `seed_demo` promises, and that running it twice changes
nothing."""

from __future__ import annotations

import pytest

from django.utils import timezone

from learning.people.seed import seed_demo_accounts, seed_organisations
from learning.training.models import (
    Attendance,
    Booking,
    BookingStatus,
    TrainingEventPage,
    TrainingSession,
)
from learning.training.seed import seed_training
from tests.factories import CourseIndexPageFactory, CoursePageFactory

pytestmark = pytest.mark.django_db


def _snapshot() -> tuple:
    return (
        sorted(TrainingEventPage.objects.values_list("slug", "live")),
        sorted(TrainingSession.objects.values_list("event__slug", "starts_at", "capacity")),
        sorted(Booking.objects.values_list("session_id", "learner__email", "status", "attendance")),
    )


def test_seed_training_gives_the_promised_demo_and_is_idempotent(client, home_page):
    seed_organisations()
    seed_demo_accounts()
    gcp2_course = CoursePageFactory(
        parent=CourseIndexPageFactory(parent=home_page), slug="graded-care-profile-2"
    )

    seed_training(home=home_page)
    first = _snapshot()
    seed_training(home=home_page)

    assert _snapshot() == first
    assert len(first[0]) == 3
    gcp2 = TrainingEventPage.objects.get(slug="gcp2-licensed-practitioner-training")
    assert gcp2.needs_manager_approval
    assert list(gcp2.prerequisite_courses.all()) == [gcp2_course]
    mine = Booking.objects.filter(learner__email="learner@example.org")
    upcoming = mine.filter(session__starts_at__gt=timezone.now())
    assert sorted(upcoming.values_list("status", flat=True)) == [
        BookingStatus.BOOKED,
        BookingStatus.WAITING,
    ]
    full = upcoming.get(status=BookingStatus.WAITING).session
    assert full.bookings.filter(status=BookingStatus.BOOKED).count() == full.capacity
    past = TrainingSession.objects.get(starts_at__lt=timezone.now())
    this_month = timezone.localdate().replace(day=1)
    assert timezone.localtime(past.starts_at).date() < this_month
    assert past.bookings.filter(attendance=Attendance.DID_NOT_ATTEND).count() == 1

    listing = client.get("/training/").content.decode()
    assert "Multi-agency neglect workshop" in listing
    assert "Full — join the waiting list" in listing
    assert "GCP2 licensed practitioner training" in listing
