"""Issue a certificate when `learning` says a course was completed, a training session
attended in full, or a licence granted or renewed (all sent after commit); revoke it when
attendance is corrected or a licence revoked."""

from __future__ import annotations

import logging

from django.db import transaction

from certificates.services import attendance_certificate_withdraw, licence_certificate_withdraw
from certificates.tasks import (
    issue_attendance_certificate,
    issue_certificate,
    issue_licence_certificate,
)

logger = logging.getLogger(__name__)

PUBLISH_RETRY = {"max_retries": 2, "interval_start": 0, "interval_step": 0.5, "interval_max": 1}


def queue_certificate(sender, completion, **kwargs) -> None:
    """Queue the issue task. If the broker is down the completion still stands: the
    sweeper (beat, or `manage.py issue_missing_certificates`) issues it later."""

    def send() -> None:
        try:
            # Give up on the broker quickly: the learner is waiting on this request, and
            # the sweeper catches anything not queued.
            issue_certificate.apply_async(args=[completion.pk], retry_policy=PUBLISH_RETRY)
        except Exception:
            logger.warning(
                "Could not queue the certificate for completion %s; the sweeper will issue it",
                completion.pk,
                exc_info=True,
            )

    transaction.on_commit(send)


def queue_attendance_certificate(sender, booking, **kwargs) -> None:
    """Queue the certificate of attendance for a booking just marked attended. The signal
    comes after commit; if the broker is down, the sweeper issues it later."""
    try:
        issue_attendance_certificate.apply_async(args=[booking.pk], retry_policy=PUBLISH_RETRY)
    except Exception:
        logger.warning(
            "Could not queue the attendance certificate for booking %s; the sweeper will issue it",
            booking.pk,
            exc_info=True,
        )


def withdraw_attendance_certificate(sender, booking, by, **kwargs) -> None:
    """A register correction took "attended" away: revoke the certificate of attendance
    now (the signal comes after commit), so no one can rely on it a moment longer."""
    attendance_certificate_withdraw(booking=booking, by=by)


def queue_certificate_after_evaluation(sender, response, **kwargs) -> None:
    """An evaluation after the training was sent: issue the certificate it may have held
    back (the signal comes after commit; issuing is idempotent, so a certificate already
    issued is simply returned)."""
    if response.completion_id:
        queue_certificate(sender, completion=response.completion)
    elif response.booking_id:
        queue_attendance_certificate(sender, booking=response.booking)


def queue_licence_certificate(sender, licence, **kwargs) -> None:
    """Queue the licence certificate for a licence just granted or renewed (after commit);
    if the broker is down, the sweeper issues it later."""
    try:
        issue_licence_certificate.apply_async(args=[licence.pk], retry_policy=PUBLISH_RETRY)
    except Exception:
        logger.warning(
            "Could not queue the licence certificate for licence %s; the sweeper will issue it",
            licence.pk,
            exc_info=True,
        )


def withdraw_licence_certificate(sender, licence, by=None, **kwargs) -> None:
    """A licence was revoked: revoke its certificate now (the signal comes after commit)."""
    licence_certificate_withdraw(licence=licence, by=by)
