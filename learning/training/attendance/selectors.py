"""Reads for the register: whose registers a person may take (decided here, once, from
`scope_for` and the trainer role) and who is on a session's register."""

from __future__ import annotations

import datetime as dt

from django.db.models import Q, QuerySet
from django.utils import timezone

from learning.people.models import User
from learning.people.roles import Role, user_roles
from learning.people.scope import scope_for
from learning.training.models import Attendance, Booking, BookingStatus, TrainingSession


def register_sessions_for(*, user: User) -> QuerySet[TrainingSession]:
    """Sessions whose register `user` may take: every session of the partnership(s) in a
    manager's or administrator's scope, and for a trainer, the sessions of their own
    partnership's events. Agency leads and learners take no register."""
    sessions = TrainingSession.objects.select_related("event__partnership")
    scope = scope_for(user)
    if scope.is_partnership_wide:
        return scope.filter_partnership(sessions, path="event__partnership")
    agency = getattr(user, "agency", None)
    if Role.TRAINER in user_roles(user) and agency is not None:
        return sessions.filter(event__partnership_id=agency.partnership_id)
    return sessions.none()


def may_take_registers(*, user: User) -> bool:
    scope = scope_for(user)
    return scope.is_partnership_wide or (
        Role.TRAINER in user_roles(user) and getattr(user, "agency", None) is not None
    )


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
