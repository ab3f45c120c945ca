"""What training holds about a person, and how it forgets it (registered with the
`register_personal_data` hook in this feature's wagtail_hooks).

Kept on erasure, linked only to the anonymised account: bookings with their session,
status and attendance (coverage and the charges run count them). Cleared: the line
manager's email and the approval link's nonce. Places still held or queued for are
cancelled, so they go to other people.
"""

from __future__ import annotations

from typing import Any

from django.utils import timezone

from learning.people.models import User
from learning.training.models import ACTIVE_STATUSES, Booking, BookingStatus


def training_export(person: User) -> dict[str, Any]:
    return {
        "bookings": [
            {
                "event": b.session.event.title,
                "session_starts_at": b.session.starts_at,
                "status": b.get_status_display(),
                "booked_at": b.created_at,
                "booked_by": str(b.booked_by) if b.booked_by else None,
                "manager_email": b.manager_email or None,
                "attendance": b.get_attendance_display() or None,
            }
            for b in Booking.objects.filter(learner=person).select_related(
                "session__event", "booked_by"
            )
        ]
    }


def training_erase(person: User, **_context) -> dict[str, int]:
    bookings = Booking.objects.filter(learner=person)
    cancelled = bookings.filter(status__in=ACTIVE_STATUSES).update(
        status=BookingStatus.CANCELLED, cancelled_at=timezone.now()
    )
    cleared = bookings.exclude(manager_email="", approval_nonce="").update(
        manager_email="", approval_nonce=""
    )
    return {"bookings_cancelled": cancelled, "manager_emails_cleared": cleared}
