"""Celery tasks: take ids, load, call a service; safe to run twice."""

from __future__ import annotations

import logging

from celery import shared_task

from django.core.cache import cache

from certificates import services
from certificates.models import Certificate, CertificateExport
from learning.licences.models import Licence
from learning.progress.models import CourseCompletion
from learning.training.models import Booking

logger = logging.getLogger(__name__)

# Rendering can fail for passing reasons (storage briefly unavailable, a worker killed
# mid-write); back off exponentially up to ten minutes between tries.
RETRY = {
    "autoretry_for": (Exception,),
    "retry_backoff": 5,
    "retry_backoff_max": 600,
    "retry_jitter": True,
    "max_retries": 8,
}


@shared_task(**RETRY)
def issue_certificate(completion_id: int) -> int | None:
    """Issue the certificate owed for a completion; returns its id."""
    completion = CourseCompletion.objects.filter(pk=completion_id).first()
    if completion is None:
        logger.warning("Completion %s no longer exists; no certificate issued", completion_id)
        return None
    certificate = services.certificate_issue(completion=completion)
    # None: a required evaluation holds it back; sending the evaluation queues this again.
    return certificate.pk if certificate is not None else None


@shared_task(**RETRY)
def issue_attendance_certificate(booking_id: int) -> int | None:
    """Issue the certificate of attendance owed for a booking marked attended."""
    booking = Booking.objects.filter(pk=booking_id).first()
    if booking is None:
        logger.warning("Booking %s no longer exists; no certificate issued", booking_id)
        return None
    certificate = services.attendance_certificate_issue(booking=booking)
    return certificate.pk if certificate is not None else None


@shared_task(**RETRY)
def issue_licence_certificate(licence_id: int) -> int | None:
    """Issue the licence certificate owed for a licence granted or renewed."""
    licence = Licence.objects.filter(pk=licence_id).first()
    if licence is None:
        logger.warning("Licence %s no longer exists; no certificate issued", licence_id)
        return None
    certificate = services.licence_certificate_issue(licence=licence)
    return certificate.pk if certificate is not None else None


@shared_task(**RETRY)
def render_certificate_pdf(certificate_id: int) -> None:
    certificate = Certificate.objects.filter(pk=certificate_id).first()
    if certificate is not None:
        services.certificate_pdf_render(certificate=certificate)


SWEEP_LOCK = "certificates:sweeper"
SWEEP_BATCH = 200


@shared_task
def issue_missing_certificates() -> int:
    """The beat sweeper: whatever the signal path missed, this issues, a batch at a time.

    A cache lock keeps two sweeps from rendering the same certificates side by side (the
    database would still keep one, but the work would be wasted).
    """
    if not cache.add(SWEEP_LOCK, "1", timeout=30 * 60):
        logger.info("A certificate sweep is already running; skipping this one")
        return 0
    try:
        return services.certificates_issue_missing(limit=SWEEP_BATCH)
    finally:
        cache.delete(SWEEP_LOCK)


@shared_task(bind=True, max_retries=3, retry_backoff=True)
def build_certificate_export(self, export_id: int) -> None:
    export = CertificateExport.objects.filter(pk=export_id).first()
    if export is None:
        return
    try:
        services.certificate_export_build(export=export)
    except Exception as exc:
        if self.request.retries >= self.max_retries:
            CertificateExport.objects.filter(pk=export_id).update(
                state=CertificateExport.State.FAILED,
                error="The download could not be built. Try again, or ask an administrator.",
            )
            raise
        raise self.retry(exc=exc, countdown=2**self.request.retries * 10) from exc


@shared_task(autoretry_for=(OSError,), retry_backoff=30, retry_backoff_max=1800, max_retries=5)
def send_refresher_reminders() -> int:
    """Daily: email reminders at 60 and 14 days before expiry (each once)."""
    return services.refresher_reminders_send()


@shared_task
def expire_certificate_exports() -> int:
    """Hourly: delete the ZIP of every export past CERTIFICATE_EXPORT_RETENTION_DAYS."""
    return services.certificate_exports_expire()
