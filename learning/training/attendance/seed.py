"""Demo data for attendance: the seeded past register (PART 1's `seed_training` marks it)
gets the agency of the time on each outcome, as the register page records it, so the
coverage KPI and the charges run count it where the person worked. Safe to run again."""

from __future__ import annotations

from django.db.models import OuterRef, Subquery

from learning.people.models import User
from learning.training.models import Booking


def seed_attendance_records() -> int:
    """Give every marked booking without one the learner's agency; returns how many."""
    agency = User.objects.filter(pk=OuterRef("learner_id")).values("agency_id")[:1]
    return (
        Booking.objects.exclude(attendance="")
        .filter(attendance_agency__isnull=True)
        .update(attendance_agency_id=Subquery(agency))
    )
