"""Reads for charges: the invoice lines of a month, in a person's scope (`scope_for`: a
partnership's managers see the charges of events their partnership runs)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from dateutil.relativedelta import relativedelta

from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet
from django.utils import timezone

from learning.people.models import User
from learning.people.scope import Scope, scope_for
from learning.training.models import Attendance, Booking, ChargePolicy

REASON_FEE = "Fee for an agency outside the partnership"
REASON_DNA = "Did not attend"
REASON_LATE = "Late cancellation"


@dataclass
class ChargeLine:
    """One line of the invoice run."""

    booking: Booking
    partnership: str
    agency: str
    person: str
    email: str
    session: str
    session_date: dt.date
    reason: str
    amount: Decimal
    waived: str = ""

    @property
    def booking_id(self) -> int:
        return self.booking.pk


def charges_scope_for(user: User) -> Scope:
    """Charges are for the partnership's managers (and administrators): 403 for others."""
    scope = scope_for(user)
    if not scope.is_partnership_wide:
        raise PermissionDenied("Only partnership managers can see training charges.")
    return scope


def month_bounds(month: dt.date) -> tuple[dt.datetime, dt.datetime]:
    """The start of `month` (its first day) and of the next, in local time."""
    first = month.replace(day=1)
    start = timezone.make_aware(dt.datetime.combine(first, dt.time.min))
    end = timezone.make_aware(dt.datetime.combine(first + relativedelta(months=1), dt.time.min))
    return start, end


def last_month(today: dt.date | None = None) -> dt.date:
    today = today or timezone.localdate()
    return (today.replace(day=1) - dt.timedelta(days=1)).replace(day=1)


def chargeable_bookings(
    *, scope: Scope, month: dt.date, partnership_id: int | None = None
) -> QuerySet[Booking]:
    """Bookings on the month's sessions with an outcome that may carry a charge."""
    start, end = month_bounds(month)
    bookings = Booking.objects.filter(
        session__starts_at__gte=start,
        session__starts_at__lt=end,
        attendance__in=[
            Attendance.ATTENDED,
            Attendance.PARTIAL,
            Attendance.DID_NOT_ATTEND,
            Attendance.CANCELLED_LATE,
        ],
    ).select_related(
        "learner__agency__partnership",
        "attendance_agency__partnership",
        "session__event__partnership",
        "waiver",
    )
    if partnership_id:
        bookings = bookings.filter(session__event__partnership_id=partnership_id)
    return scope.filter_partnership(bookings, path="session__event__partnership").order_by(
        "session__event__partnership__name", "session__starts_at", "learner__last_name", "pk"
    )


def _charge(booking: Booking, policy: ChargePolicy) -> tuple[str, Decimal]:
    agency = booking.attendance_agency or booking.learner.agency
    if booking.attendance == Attendance.DID_NOT_ATTEND:
        return REASON_DNA, policy.did_not_attend_charge
    if booking.attendance == Attendance.CANCELLED_LATE:
        return REASON_LATE, policy.late_cancellation_charge
    outside = agency is None or agency.partnership_id != booking.session.event.partnership_id
    return (REASON_FEE, policy.non_partner_fee) if outside else ("", Decimal("0"))


def charge_lines(
    *, scope: Scope, month: dt.date, partnership_id: int | None = None
) -> list[ChargeLine]:
    """The month's invoice lines: agency, person, session, reason and amount (two queries)."""
    bookings = list(chargeable_bookings(scope=scope, month=month, partnership_id=partnership_id))
    policies = {
        p.partnership_id: p
        for p in ChargePolicy.objects.filter(
            partnership_id__in={b.session.event.partnership_id for b in bookings}
        )
    }
    lines = []
    for booking in bookings:
        event = booking.session.event
        policy = policies.get(event.partnership_id)
        if policy is None:
            continue
        reason, amount = _charge(booking, policy)
        if not reason or not amount:
            continue
        waiver = getattr(booking, "waiver", None)
        agency = booking.attendance_agency or booking.learner.agency
        lines.append(
            ChargeLine(
                booking=booking,
                partnership=event.partnership.name,
                agency=agency.name if agency else "No agency",
                person=booking.learner.get_full_name(),
                email=booking.learner.email,
                session=f"{event.title}, {timezone.localtime(booking.session.starts_at):%-d %B %Y}",
                session_date=timezone.localdate(booking.session.starts_at),
                reason=reason,
                amount=Decimal("0.00") if waiver else amount,
                waived=waiver.reason if waiver else "",
            )
        )
    return lines


def charge_line_for(*, scope: Scope, booking_id: int) -> ChargeLine | None:
    """The charge on one booking, if it has one and is in scope (for the waiver page)."""
    booking = (
        scope.filter_partnership(Booking.objects.all(), path="session__event__partnership")
        .select_related("session")
        .filter(pk=booking_id)
        .first()
    )
    if booking is None:
        return None
    month = timezone.localdate(booking.session.starts_at)
    for line in charge_lines(
        scope=scope, month=month, partnership_id=booking.session.event.partnership_id
    ):
        if line.booking.pk == booking_id:
            return line
    return None
