"""Celery tasks for licences: take ids, load, call a service; safe to run twice."""

from __future__ import annotations

from celery import shared_task

from learning.licences import services
from learning.training.models import Booking


@shared_task(autoretry_for=(Exception,), retry_backoff=5, retry_backoff_max=600, max_retries=8)
def grant_licences_for_booking(booking_id: int) -> list[int]:
    """Grant (or renew) the licences an attended booking earns; returns their ids."""
    booking = Booking.objects.filter(pk=booking_id).first()
    if booking is None:
        return []
    return [licence.pk for licence in services.licence_grant_for_attendance(booking=booking)]


@shared_task
def grant_owed_licences() -> int:
    """Daily: grant whatever the signal path missed (a broker or worker that was down)."""
    return services.licences_grant_owed()


@shared_task(autoretry_for=(OSError,), retry_backoff=30, retry_backoff_max=1800, max_retries=5)
def send_licence_reminders() -> int:
    """Daily: renewal reminders at 60 and 14 days before the renew-by date (each once)."""
    return services.licence_reminders_send()
