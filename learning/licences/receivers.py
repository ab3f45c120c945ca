"""Grant licences when training says a session was attended in full, and withdraw the
ones attendance alone granted when the register is corrected. Both signals come after
commit; the grant is queued as a task, and the daily sweeper (`grant_owed_licences`)
grants whatever a lost task missed."""

from __future__ import annotations

import logging

from learning.licences.services import licence_withdraw_for_unattended
from learning.licences.tasks import grant_licences_for_booking

logger = logging.getLogger(__name__)

PUBLISH_RETRY = {"max_retries": 2, "interval_start": 0, "interval_step": 0.5, "interval_max": 1}


def queue_licence_grant(sender, booking, **kwargs) -> None:
    try:
        grant_licences_for_booking.apply_async(args=[booking.pk], retry_policy=PUBLISH_RETRY)
    except Exception:
        logger.warning(
            "Could not queue the licence grant for booking %s; the sweeper will grant it",
            booking.pk,
            exc_info=True,
        )


def withdraw_licences(sender, booking, by=None, **kwargs) -> None:
    licence_withdraw_for_unattended(booking=booking, by=by)
