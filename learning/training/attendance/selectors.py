"""Reads for the register: whose registers a person may take (those of the sessions they
run, as `learning.training.policy` decides) and who is on a session's register."""

from __future__ import annotations

import datetime as dt

from django.db.models import Q, QuerySet
from django.utils import timezone

from learning.people.models import User
from learning.training.models import Attendance, Booking, BookingStatus, TrainingSession
from learning.training.policy import training_organiser


def register_sessions_for(*, user: User) -> QuerySet[TrainingSession]:
    """Sessions whose register `user` may take: the sessions they run
    (`learning.training.policy`: managers', trainers' and administrators')."""
    return training_organiser(user).run_sessions()


def may_take_registers(*, user: User) -> bool:
    return training_organiser(user).runs_sessions


def register_opens_on(*, session: TrainingSession) -> dt.date:
    """The register is taken on the day: from the session's (local) date onwards."""
    return timezone.localdate(session.starts_at)


def register_is_open(*, session: TrainingSession, now: dt.datetime | None = None) -> bool:
    now = now or timezone.now()
    return not session.is_cancelled and timezone.localdate(now) >= register_opens_on(
        session=session
    )


def register_bookings(*, session: TrainingSession) -> QuerySet[Booking]:
    """Who is on the register: everyone with a place, and anyone whose booking was
    cancelled late (they stay on it, marked so, for the charges)."""
    return (
        Booking.objects.filter(session=session)
        .filter(
            Q(status=BookingStatus.BOOKED)
            | Q(status=BookingStatus.CANCELLED, attendance=Attendance.CANCELLED_LATE)
        )
        .select_related("learner__agency", "attendance_marked_by")
        .order_by("learner__last_name", "learner__first_name", "pk")
    )


def registers_listed(*, user: User, now: dt.datetime | None = None) -> dict[str, list]:
    """The registers a person may take, for their list page: today's and the recent past
    (the last 60 days), newest first, and the next few upcoming."""
    now = now or timezone.now()
    sessions = register_sessions_for(user=user).filter(cancelled_at__isnull=True)
    today_start = timezone.make_aware(
        dt.datetime.combine(timezone.localdate(now), dt.time.min)
    ) + dt.timedelta(days=1)
    recent = sessions.filter(
        starts_at__lt=today_start, starts_at__gte=now - dt.timedelta(days=60)
    ).order_by("-starts_at")
    upcoming = sessions.filter(starts_at__gte=today_start).order_by("starts_at")[:10]
    return {"recent": list(recent), "upcoming": list(upcoming)}
