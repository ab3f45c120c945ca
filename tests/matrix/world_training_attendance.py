"""Attendance and charges in the matrix's world: for each partnership, a session running
today with its learner booked (its register is open), and a session last month where its
learner did not attend, charged by the partnership's policy (the report's default month).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from django.utils import timezone

from learning.training.charges.selectors import last_month
from learning.training.models import Attendance, Booking, BookingStatus
from tests.factories import TrainingSessionFactory


def build_training_attendance_world(world) -> None:
    month = last_month()
    past_start = timezone.make_aware(dt.datetime.combine(month.replace(day=15), dt.time(10)))
    today_start = (timezone.now() - dt.timedelta(hours=1)).replace(second=0, microsecond=0)
    for side, learner_name in (("A", "learner_A"), ("B", "learner_B")):
        event = world[f"training_event_{side}"]
        learner = world[learner_name]
        policy = world[f"charge_policy_{side}"]
        policy.did_not_attend_charge = Decimal("30.00")
        policy.save()
        past = TrainingSessionFactory(
            event=event, starts_at=past_start, ends_at=past_start + dt.timedelta(hours=3)
        )
        world[f"charged_booking_{side}"] = Booking.objects.create(
            session=past,
            learner=learner,
            status=BookingStatus.BOOKED,
            attendance=Attendance.DID_NOT_ATTEND,
            attendance_agency=learner.agency,
            attendance_marked_at=past.ends_at,
        )
        today = TrainingSessionFactory(
            event=event, starts_at=today_start, ends_at=today_start + dt.timedelta(hours=3)
        )
        world[f"session_today_{side}"] = today
        world[f"register_booking_{side}"] = Booking.objects.create(
            session=today, learner=learner, status=BookingStatus.BOOKED
        )
