"""Issue a certificate when `learning` says a course was completed (after commit)."""

from __future__ import annotations

import logging

from django.db import transaction

logger = logging.getLogger(__name__)


def queue_certificate(sender, completion, **kwargs) -> None:
    """Queue the issue task. If the broker is down the completion still stands: the
    sweeper (beat, or `manage.py issue_missing_certificates`) issues it later."""
    from .tasks import issue_certificate

    def send() -> None:
        try:
            issue_certificate.delay(completion.pk)
        except Exception:
            logger.warning(
                "Could not queue the certificate for completion %s; the sweeper will issue it",
                completion.pk,
                exc_info=True,
            )

    transaction.on_commit(send)
