"""Writes for the register: marking attendance (from the page or a sign-in sheet CSV).

Marking is idempotent: only bookings whose outcome changes are written, audited and
announced, so saving the same register twice (or importing the same sheet twice) changes
nothing the second time. Input with any error is refused whole, with every error, and
nothing is saved. The first time a booking is marked attended in full, `session_attended`
is sent after commit (certificates issue the certificate of attendance once: a unique
constraint there stops a second). When a booking marked attended is changed to another
outcome, `session_unattended` is sent after commit (certificates revoke the certificate of
attendance; marking attended again later issues a new one).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Mapping
from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone

from learning.audit.services import audit_record
from learning.exceptions import TrainingRejected
from learning.people.models import User
from learning.training.attendance.selectors import (
    register_bookings,
    register_is_open,
    register_opens_on,
)
from learning.training.models import Attendance, Booking, TrainingSession
from learning.training.signals import session_attended, session_unattended

#: What a sign-in sheet may say in its attendance column (case and spaces ignored).
SHEET_VALUES: dict[str, str] = {
    **{value: value for value in Attendance.values},
    **{label.lower(): value for value, label in Attendance.choices},
    "yes": Attendance.ATTENDED,
    "present": Attendance.ATTENDED,
    "part": Attendance.PARTIAL,
    "dna": Attendance.DID_NOT_ATTEND,
    "no": Attendance.DID_NOT_ATTEND,
    "absent": Attendance.DID_NOT_ATTEND,
    "late cancellation": Attendance.CANCELLED_LATE,
}
SHEET_COLUMNS = ("email", "attendance")


@dataclass
class RegisterResult:
    """What a save did: how many outcomes changed, and how many were already so."""

    changed: int
    unchanged: int


def _check_open(session: TrainingSession, now: dt.datetime) -> None:
    if session.is_cancelled:
        raise TrainingRejected("This session was cancelled, so it has no register.")
    if not register_is_open(session=session, now=now):
        opens = register_opens_on(session=session)
        raise TrainingRejected(
            f"The register opens on the day of the session, {opens:%-d %B %Y}.",
        )


def attendance_mark(
    *,
    session: TrainingSession,
    marks: Mapping[int, str],
    by: User,
    source: str = "register",
    now: dt.datetime | None = None,
) -> RegisterResult:
    """Record the outcome of each booking in `marks` (booking id -> Attendance value).

    Every id must be on the session's register and every value an outcome; otherwise
    nothing is saved and every problem is listed. Bookings not in `marks` are left as they
    are, so a trainer can save the register more than once during the day.
    """
    now = now or timezone.now()
    _check_open(session, now)
    errors = []
    for booking_id, value in marks.items():
        if value not in Attendance.values:
            errors.append(f"Choose an outcome for booking {booking_id}.")
    with transaction.atomic():
        on_register = {
            b.pk: b for b in register_bookings(session=session).select_for_update(of=("self",))
        }
        for booking_id in marks:
            if booking_id not in on_register:
                errors.append(f"Booking {booking_id} is not on this session's register.")
        if errors:
            raise TrainingRejected(errors=errors)
        changed = 0
        attended: list[Booking] = []
        unattended: list[Booking] = []
        for booking_id, value in marks.items():
            booking = on_register[booking_id]
            if booking.attendance == value:
                continue
            previous = booking.attendance
            booking.attendance = value
            booking.attendance_marked_at = now
            booking.attendance_marked_by = by
            if booking.attendance_agency_id is None:
                booking.attendance_agency_id = booking.learner.agency_id
            booking.save(
                update_fields=[
                    "attendance",
                    "attendance_marked_at",
                    "attendance_marked_by",
                    "attendance_agency",
                    "updated_at",
                ]
            )
            audit_record(
                actor=by,
                action="training.attendance_mark",
                subject=booking.learner,
                agency=booking.attendance_agency,
                obj=booking,
                detail={
                    "session": session.pk,
                    "booking": booking.pk,
                    "from": previous,
                    "to": value,
                    "source": source,
                },
            )
            changed += 1
            if value == Attendance.ATTENDED:
                attended.append(booking)
            elif previous == Attendance.ATTENDED:
                unattended.append(booking)
        for booking in attended:
            transaction.on_commit(
                lambda booking=booking: session_attended.send(sender=Booking, booking=booking)
            )
        for booking in unattended:
            transaction.on_commit(
                lambda booking=booking: session_unattended.send(
                    sender=Booking, booking=booking, by=by
                )
            )
    return RegisterResult(changed=changed, unchanged=len(marks) - changed)


def _shown(text: str) -> str:
    """A value quoted in an error message, cut short so a huge field stays readable."""
    return text if len(text) <= 40 else text[:40] + "…"


def attendance_sheet_parse(*, session: TrainingSession, csv_text: str) -> dict[int, str]:
    """The marks a sign-in sheet CSV (columns email and attendance) gives, by booking id.

    Every line is checked: an email not on the register (unknown, or not booked on this
    session), an outcome we do not know, or a person listed twice is an error naming its
    line. Any error refuses the whole file.
    """
    reader = csv.DictReader(io.StringIO(csv_text.lstrip("\ufeff")))
    try:
        fieldnames = reader.fieldnames
    except csv.Error as error:
        raise TrainingRejected(
            errors=[f"Line 1: the file cannot be read as CSV ({error})."]
        ) from error
    header = [(h or "").strip().lower() for h in (fieldnames or [])]
    missing = [c for c in SHEET_COLUMNS if c not in header]
    if missing:
        raise TrainingRejected(
            errors=[
                f"Line 1: the header must name the columns {', '.join(SHEET_COLUMNS)} "
                f"(missing: {', '.join(missing)})."
            ]
        )
    reader.fieldnames = header
    by_email = {b.learner.email.lower(): b for b in register_bookings(session=session)}
    errors: list[str] = []
    marks: dict[int, str] = {}
    seen: dict[str, int] = {}
    while True:
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as error:
            line = reader.reader.line_num
            errors.append(f"Line {line}: the file cannot be read as CSV ({error}).")
            break
        line = reader.line_num
        row = {k: (v or "").strip() for k, v in row.items() if k}
        if not any(row.values()):
            continue
        email = row.get("email", "").lower()
        outcome_text = " ".join(row.get("attendance", "").lower().replace("_", " ").split())
        booking = by_email.get(email)
        if not email:
            errors.append(f"Line {line}: enter the person's email address.")
        elif booking is None:
            errors.append(f"Line {line}: '{_shown(row['email'])}' is not booked on this session.")
        elif email in seen:
            first = seen[email]
            errors.append(f"Line {line}: '{_shown(row['email'])}' is already on line {first}.")
        value = SHEET_VALUES.get(outcome_text) or SHEET_VALUES.get(outcome_text.replace(" ", "_"))
        if value is None:
            errors.append(
                f"Line {line}: attendance '{_shown(row.get('attendance', ''))}' is not one of: "
                "attended, partial, did not attend, cancelled late."
            )
        if booking is not None and value is not None and email not in seen:
            marks[booking.pk] = value
        if email:
            seen.setdefault(email, line)
    if errors:
        raise TrainingRejected(errors=errors)
    if not marks:
        raise TrainingRejected(errors=["The file has no one in it: add a line for each person."])
    return marks


def attendance_import(
    *, session: TrainingSession, csv_text: str, by: User, now: dt.datetime | None = None
) -> RegisterResult:
    """Mark the register from a sign-in sheet: all or nothing (see `attendance_sheet_parse`)."""
    _check_open(session, now or timezone.now())
    marks = attendance_sheet_parse(session=session, csv_text=csv_text)
    return attendance_mark(session=session, marks=marks, by=by, source="sign-in sheet", now=now)
