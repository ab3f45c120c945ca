"""Writes for charges: a manager waives a charge, with the reason, audited."""

from __future__ import annotations

from django.db import IntegrityError, transaction

from learning.audit.services import audit_record
from learning.exceptions import TrainingRejected
from learning.people.models import User
from learning.training.charges.selectors import ChargeLine
from learning.training.models import ChargeWaiver


def charge_waive(*, line: ChargeLine, reason: str, by: User) -> ChargeWaiver:
    """Waive the charge on a booking (the caller found `line` through the manager's scope).
    A charge is waived once; a second waiver is refused and changes nothing."""
    reason = " ".join((reason or "").split())
    if len(reason) < 5:
        raise TrainingRejected("Enter why the charge is waived", field="reason")
    if len(reason) > 1000:
        raise TrainingRejected("The reason must be 1000 characters or fewer", field="reason")
    if line.waived:
        raise TrainingRejected("This charge has already been waived.")
    booking = line.booking
    try:
        with transaction.atomic():
            waiver = ChargeWaiver.objects.create(booking=booking, reason=reason, waived_by=by)
            audit_record(
                actor=by,
                action="training.charge_waive",
                subject=booking.learner,
                agency=booking.attendance_agency or booking.learner.agency,
                obj=booking,
                detail={
                    "booking": booking.pk,
                    "charge": line.reason,
                    "amount": str(line.amount),
                    "reason": reason,
                },
            )
    except IntegrityError as error:
        raise TrainingRejected("This charge has already been waived.") from error
    return waiver
