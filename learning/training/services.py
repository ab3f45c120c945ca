"""Writes for training sessions: booking, waiting list, approval, cancellation, moving,
closing, reminders and the organiser's cancellation.

Every change to a session's places runs in `transaction.atomic()` with the session row
locked (`select_for_update`), so two people can never take the last place at once: the
second waits for the first to commit, counts again, and joins the waiting list. A place is
held by a booking that is booked, awaiting approval, or offered from the waiting list.
Times come in as `now` so tests (and the reminder task) can simulate any day.
"""

from __future__ import annotations

import datetime as dt
import secrets
from datetime import timedelta

from django.conf import settings
from django.core import signing
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone

from learning.exceptions import TrainingRejected
from learning.people.models import User
from learning.training.emails import booking_email_queue
from learning.training.models import (
    ACTIVE_STATUSES,
    PLACE_STATUSES,
    Attendance,
    Booking,
    BookingReminder,
    BookingStatus,
    TrainingSession,
)
from learning.training.policy import TrainingOrganiser
from learning.training.selectors import (
    booking_eligibility_problem,
    cancellation_cutoff,
    places_taken,
)
from learning.training.tokens import approval_claim


def _locked_session(session_id: int) -> TrainingSession:
    """The session row, locked until the transaction ends (PostgreSQL; SQLite serialises
    writers anyway)."""
    session = (
        TrainingSession.objects.select_for_update()
        .filter(pk=session_id)
        .select_related("event__partnership")
        .first()
    )
    if session is None:
        raise TrainingRejected("This session no longer exists.")
    return session


def _has_free_place(session: TrainingSession) -> bool:
    return places_taken(session=session) < session.capacity


def booking_create(
    *,
    session_id: int,
    learner: User,
    booked_by: User | None = None,
    manager_email: str = "",
    now: dt.datetime | None = None,
) -> Booking:
    """Book `learner` onto a session, or put them on its waiting list when it is full.

    `booked_by` is a trainer, lead or manager booking on the learner's behalf (their scope
    is checked by the view): they stand in for the line manager, so no approval is asked.
    Refusals (closed, not eligible, missing e-learning, already booked) change nothing.
    """
    now = now or timezone.now()
    manager_email = manager_email.strip()
    with transaction.atomic():
        session = _locked_session(session_id)
        event = session.event
        if session.is_cancelled:
            raise TrainingRejected("This session has been cancelled.")
        if session.starts_at <= now:
            raise TrainingRejected("This session has already started, so it cannot be booked.")
        if booked_by is None and not session.is_open_for_booking(now):
            raise TrainingRejected(_closed_reason(session, now))
        existing = Booking.objects.filter(
            session=session, learner=learner, status__in=ACTIVE_STATUSES
        ).first()
        if existing is not None:
            who = "You already have" if booked_by is None else f"{learner} already has"
            raise TrainingRejected(
                f"{who} a booking on this session ({existing.get_status_display().lower()})."
            )
        problem = booking_eligibility_problem(learner=learner, event=event)
        if problem:
            raise TrainingRejected(problem)
        needs_approval = event.needs_manager_approval and booked_by is None
        if needs_approval:
            if not manager_email:
                raise TrainingRejected(
                    "Enter your line manager's email address: they need to approve this booking.",
                    field="manager_email",
                )
            if manager_email.lower() == learner.email.lower():
                raise TrainingRejected(
                    "Enter your line manager's email address, not your own.",
                    field="manager_email",
                )
        booking = Booking(
            session=session,
            learner=learner,
            booked_by=booked_by,
            manager_email=manager_email if needs_approval else "",
            created_at=now,
        )
        if _has_free_place(session):
            if needs_approval:
                _ask_for_approval(booking, now)
                kinds = ["requested", "approval_request"]
            else:
                booking.status = BookingStatus.BOOKED
                kinds = ["confirmation"]
        else:
            booking.status = BookingStatus.WAITING
            booking.waiting_since = now
            kinds = ["waiting"]
        try:
            with transaction.atomic():
                booking.save()
        except IntegrityError as error:  # the same learner, twice at once
            raise TrainingRejected("You already have a booking on this session.") from error
        for kind in kinds:
            booking_email_queue(kind, booking)
    return booking


def _closed_reason(session: TrainingSession, now: dt.datetime) -> str:
    if session.booking_opens_at and now < session.booking_opens_at:
        opens = timezone.localtime(session.booking_opens_at)
        return f"Booking for this session opens on {opens:%-d %B %Y at %H:%M}."
    return "Booking for this session has closed."


def _ask_for_approval(booking: Booking, now: dt.datetime) -> None:
    booking.status = BookingStatus.REQUESTED
    booking.approval_nonce = secrets.token_hex(8)
    booking.approval_expires_at = now + timedelta(days=settings.TRAINING_APPROVAL_EXPIRY_DAYS)


def _confirm_or_ask(booking: Booking, now: dt.datetime) -> str:
    """A place has come to a learner: booked, or awaiting approval where the event needs it
    and no one has approved yet. Returns the email kind to send."""
    event = booking.session.event
    if event.needs_manager_approval and booking.booked_by_id is None and not booking.decided_at:
        _ask_for_approval(booking, now)
        return "approval_request"
    booking.status = BookingStatus.BOOKED
    return "confirmation"


def _promote_waiting(session: TrainingSession, now: dt.datetime) -> list[Booking]:
    """Offer free places to the waiting list in the order people joined it. The session
    must be locked by the caller."""
    offered = []
    if session.is_cancelled or session.starts_at <= now:
        return offered
    while _has_free_place(session):
        waiting = (
            Booking.objects.filter(session=session, status=BookingStatus.WAITING)
            .order_by("waiting_since", "pk")
            .first()
        )
        if waiting is None:
            break
        waiting.status = BookingStatus.OFFERED
        waiting.offer_expires_at = min(
            now + timedelta(hours=settings.TRAINING_OFFER_HOURS), session.starts_at
        )
        waiting.save(update_fields=["status", "offer_expires_at", "updated_at"])
        booking_email_queue("offer", waiting)
        offered.append(waiting)
    return offered


def booking_cancel(
    *, booking: Booking, by: User, staff: bool = False, now: dt.datetime | None = None
) -> Booking:
    """Cancel a booking or leave the waiting list, and offer the freed place to the next
    person waiting.

    A learner may cancel their own place up to the partnership's cut-off; later, only the
    organiser can (a staff cancellation after the cut-off is recorded as a late
    cancellation for the charges run).
    """
    now = now or timezone.now()
    with transaction.atomic():
        session = _locked_session(booking.session_id)
        booking = Booking.objects.select_for_update().get(pk=booking.pk)
        if booking.status not in ACTIVE_STATUSES:
            raise TrainingRejected("This booking is already cancelled.")
        if session.starts_at <= now:
            raise TrainingRejected("This session has already started, so it cannot be cancelled.")
        held_place = booking.status in PLACE_STATUSES
        cutoff = cancellation_cutoff(session=session)
        is_late = booking.status == BookingStatus.BOOKED and now > cutoff
        if is_late and not staff:
            raise TrainingRejected(
                f"You can no longer cancel online: the cut-off was "
                f"{timezone.localtime(cutoff):%-d %B %Y at %H:%M}. Contact the organiser, "
                f"{session.event.partnership.name}."
            )
        booking.status = BookingStatus.CANCELLED
        booking.cancelled_at = now
        booking.cancelled_by = by
        if is_late:
            booking.attendance = Attendance.CANCELLED_LATE
        booking.save()
        booking_email_queue("cancelled", booking)
        if held_place:
            _promote_waiting(session, now)
    return booking


def booking_offer_accept(
    *, booking: Booking, learner: User, now: dt.datetime | None = None
) -> Booking:
    """Take up a place offered from the waiting list, before the offer runs out."""
    now = now or timezone.now()
    with transaction.atomic():
        _locked_session(booking.session_id)
        booking = (
            Booking.objects.select_for_update().select_related("session__event").get(pk=booking.pk)
        )
        if booking.learner_id != learner.pk:
            raise TrainingRejected("This place was not offered to you.")
        if booking.status != BookingStatus.OFFERED:
            raise TrainingRejected("There is no place waiting for you to accept on this session.")
        if booking.offer_expires_at and booking.offer_expires_at <= now:
            raise TrainingRejected("Sorry, the time to accept this place has passed.")
        kind = _confirm_or_ask(booking, now)
        booking.offer_expires_at = None
        booking.save()
        booking_email_queue(kind, booking)
        if kind == "approval_request":
            booking_email_queue("requested", booking)
    return booking


def _approval_problem(booking: Booking | None, nonce: str, now: dt.datetime) -> str:
    if booking is None:
        return "This booking no longer exists."
    if booking.status != BookingStatus.REQUESTED or booking.approval_nonce != nonce:
        decided = booking.decided_at or booking.updated_at
        return (
            "This request has already been dealt with "
            f"({booking.get_status_display().lower()}, "
            f"{timezone.localtime(decided):%-d %B %Y}). Nothing has changed."
        )
    if booking.approval_expires_at and booking.approval_expires_at <= now:
        return "This approval link has expired. The learner can book again to send a new one."
    return ""


def _approval_claim(token: str):
    try:
        return approval_claim(token)
    except signing.SignatureExpired as error:
        raise TrainingRejected(
            "This approval link has expired. The learner can book again to send a new one."
        ) from error
    except signing.BadSignature as error:
        raise TrainingRejected(
            "This approval link is not valid. Check you copied the whole link from the email."
        ) from error


def booking_approval_pending(*, token: str, now: dt.datetime | None = None):
    """The booking and decision a manager's link is for, if it can still be used (the page
    they land on changes nothing, so mail scanners that follow links do no harm)."""
    now = now or timezone.now()
    claim = _approval_claim(token)
    booking = (
        Booking.objects.select_related("learner__agency", "session__event")
        .filter(pk=claim.booking_id)
        .first()
    )
    problem = _approval_problem(booking, claim.nonce, now)
    if problem:
        raise TrainingRejected(problem)
    return booking, claim.decision


def booking_approval_decide(*, token: str, now: dt.datetime | None = None) -> Booking:
    """Carry out the line manager's decision named in their signed link. A tampered,
    expired or already used link changes nothing."""
    now = now or timezone.now()
    claim = _approval_claim(token)
    with transaction.atomic():
        booking = Booking.objects.filter(pk=claim.booking_id).first()
        if booking is None:
            raise TrainingRejected("This booking no longer exists.")
        session = _locked_session(booking.session_id)
        booking = Booking.objects.select_for_update().get(pk=booking.pk)
        problem = _approval_problem(booking, claim.nonce, now)
        if problem:
            raise TrainingRejected(problem)
        booking.decided_at = now
        if claim.decision == "approve":
            booking.status = BookingStatus.BOOKED
            booking.save()
            booking_email_queue("confirmation", booking)
        else:
            booking.status = BookingStatus.DECLINED
            booking.save()
            booking_email_queue("declined", booking)
            _promote_waiting(session, now)
    return booking


def booking_move(
    *, booking: Booking, to_session: TrainingSession, by: User, now: dt.datetime | None = None
) -> Booking:
    """Move a learner's place to another session of the same event (organisers only), then
    offer the place they left to the next person waiting."""
    now = now or timezone.now()
    with transaction.atomic():
        first, second = sorted([booking.session_id, to_session.pk])
        locked = {first: _locked_session(first), second: _locked_session(second)}
        source, target = locked[booking.session_id], locked[to_session.pk]
        booking = Booking.objects.select_for_update().get(pk=booking.pk)
        if booking.status not in ACTIVE_STATUSES:
            raise TrainingRejected("Only an active booking can be moved.")
        if target.pk == source.pk:
            raise TrainingRejected("Choose a different session.", field="to_session")
        if target.event_id != source.event_id:
            raise TrainingRejected(
                "A booking can only move to another session of the same event.",
                field="to_session",
            )
        if target.is_cancelled or target.starts_at <= now:
            raise TrainingRejected("That session is cancelled or has started.", field="to_session")
        if Booking.objects.filter(
            session=target, learner_id=booking.learner_id, status__in=ACTIVE_STATUSES
        ).exists():
            raise TrainingRejected(
                f"{booking.learner} already has a booking on that session.", field="to_session"
            )
        if not _has_free_place(target):
            raise TrainingRejected("That session is full.", field="to_session")
        held_place = booking.status in PLACE_STATUSES
        booking.session = target
        booking.status = BookingStatus.BOOKED
        booking.waiting_since = None
        booking.offer_expires_at = None
        booking.booked_by = by
        booking.save()
        booking_email_queue("confirmation", booking)
        if held_place:
            _promote_waiting(source, now)
    return booking


def booking_create_on_behalf(
    *, session: TrainingSession, learner: User, by: User, organiser: TrainingOrganiser, now=None
) -> Booking:
    """A trainer, lead or manager books someone they may book for (`training_organiser`)."""
    if not organiser.may_book_for(learner):
        raise TrainingRejected("Choose someone in your agency or partnership.", field="learner")
    return booking_create(session_id=session.pk, learner=learner, booked_by=by, now=now)


def session_booking_close(*, session: TrainingSession, closed: bool = True) -> TrainingSession:
    """Close (or reopen) booking early; the session stays listed."""
    with transaction.atomic():
        session = _locked_session(session.pk)
        session.is_booking_closed = closed
        session.save()
    return session


def session_cancel(
    *, session: TrainingSession, reason: str, now: dt.datetime | None = None
) -> TrainingSession:
    """The organiser cancels a session: every active booking is cancelled and told, with
    the cancelled calendar invite so it leaves their calendars."""
    now = now or timezone.now()
    reason = reason.strip()
    if not reason:
        raise TrainingRejected("Say why the session is cancelled.", field="reason")
    with transaction.atomic():
        session = _locked_session(session.pk)
        if session.is_cancelled:
            raise TrainingRejected("This session is already cancelled.")
        session.cancelled_at = now
        session.cancellation_reason = reason
        session.save()
        bookings = list(Booking.objects.filter(session=session, status__in=ACTIVE_STATUSES))
        for booking in bookings:
            booking.status = BookingStatus.CANCELLED
            booking.cancelled_at = now
            booking.save(update_fields=["status", "cancelled_at", "updated_at"])
            booking_email_queue("session_cancelled", booking)
    return session


def training_offers_expire(*, now: dt.datetime | None = None) -> int:
    """Lapse offers not accepted in time and approval requests not decided in time, and
    offer each freed place to the next person waiting. Safe to run twice."""
    now = now or timezone.now()
    lapsed = 0
    session_ids = set(
        Booking.objects.filter(
            Q(status=BookingStatus.OFFERED, offer_expires_at__lte=now)
            | Q(status=BookingStatus.REQUESTED, approval_expires_at__lte=now)
        ).values_list("session_id", flat=True)
    )
    for session_id in sorted(session_ids):
        with transaction.atomic():
            session = _locked_session(session_id)
            expired = list(
                Booking.objects.select_for_update().filter(
                    session=session, status=BookingStatus.OFFERED, offer_expires_at__lte=now
                )
            ) + list(
                Booking.objects.select_for_update().filter(
                    session=session, status=BookingStatus.REQUESTED, approval_expires_at__lte=now
                )
            )
            for booking in expired:
                booking.status = BookingStatus.CANCELLED
                booking.cancelled_at = now
                booking.save(update_fields=["status", "cancelled_at", "updated_at"])
                booking_email_queue("lapsed", booking)
                lapsed += 1
            _promote_waiting(session, now)
    return lapsed


def training_reminders_send(*, now: dt.datetime | None = None) -> int:
    """Remind people with a place N days before their session (each N in
    TRAINING_REMINDER_DAYS), once each.

    A reminder is due from its day onwards, for a booking made before that day; if several
    are due at once (the task did not run for a while) only the nearest is sent and the
    others are recorded as covered. `BookingReminder`'s constraint makes a second run send
    nothing.
    """
    now = now or timezone.now()
    today = timezone.localdate(now)
    days = sorted(settings.TRAINING_REMINDER_DAYS)
    horizon = now + timedelta(days=max(days) + 1)
    bookings = (
        Booking.objects.filter(
            status=BookingStatus.BOOKED,
            session__cancelled_at__isnull=True,
            session__starts_at__gt=now,
            session__starts_at__lte=horizon,
        )
        .select_related("session")
        .prefetch_related("reminders")
    )
    sent = 0
    for booking in bookings:
        start_day = timezone.localdate(booking.session.starts_at)
        remaining = (start_day - today).days
        booked_day = timezone.localdate(booking.created_at)
        done = {reminder.days_before for reminder in booking.reminders.all()}
        due = [
            d
            for d in days
            if remaining <= d and booked_day < start_day - timedelta(days=d) and d not in done
        ]
        if not due:
            continue
        try:
            with transaction.atomic():
                for d in due:
                    BookingReminder.objects.create(booking=booking, days_before=d, sent_at=now)
                booking_email_queue("reminder", booking)
        except IntegrityError:
            continue  # another run got there first
        sent += 1
    return sent
