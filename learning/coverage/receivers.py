"""Keep the running counts of training coverage up to date as records change.

Each receiver runs inside the transaction that saved or deleted the record, so the counts
change with it or not at all. Bulk writes (`bulk_create`, `QuerySet.update`) send no
signals: seeding calls `coverage_rebuild`, and privacy erasure (which revokes licences with
an update) is caught by its own record, `PersonalDataErasure`, saved in the same
transaction after every provider has run.
"""

from __future__ import annotations

import logging

from django.db import transaction

from learning.coverage.models import CoverageSpan
from learning.coverage.services import coverage_learner_refresh
from learning.coverage.tasks import coverage_rebuild_kpi
from learning.training.models import Attendance, Booking

logger = logging.getLogger(__name__)

PUBLISH_RETRY = {"max_retries": 2, "interval_start": 0, "interval_step": 0.5, "interval_max": 1}


def refresh_learner(sender, instance, **kwargs) -> None:
    """A completion, briefing read or licence was saved or deleted."""
    coverage_learner_refresh(learner_id=instance.learner_id)


def refresh_licence_holder(sender, instance, **kwargs) -> None:
    coverage_learner_refresh(learner_id=instance.person_id)


def refresh_attendee(sender, instance: Booking, created=False, **kwargs) -> None:
    """Only attendance in full counts: refresh when it is, or when a booking that may have
    counted before changed (nothing to take back if the person counts nowhere)."""
    if instance.attendance == Attendance.ATTENDED or (
        not created and CoverageSpan.objects.filter(learner_id=instance.learner_id).exists()
    ):
        coverage_learner_refresh(learner_id=instance.learner_id)


def refresh_attendee_deleted(sender, instance: Booking, **kwargs) -> None:
    if instance.attendance == Attendance.ATTENDED:
        coverage_learner_refresh(learner_id=instance.learner_id)


def refresh_session_attendees(sender, instance, update_fields=None, **kwargs) -> None:
    """A session moved: its attendees are trained from its new date."""
    if kwargs.get("created") or (update_fields is not None and "starts_at" not in update_fields):
        return
    for learner_id in (
        Booking.objects.filter(session=instance, attendance=Attendance.ATTENDED)
        .values_list("learner_id", flat=True)
        .distinct()
    ):
        coverage_learner_refresh(learner_id=learner_id)


def note_role_group_change(sender, instance, update_fields=None, **kwargs) -> None:
    """Before a person is saved: remember whether their role group changes (KPIs for one
    role group count people by today's group)."""
    instance._coverage_role_changed = False
    if instance.pk is None or (update_fields is not None and "role_group" not in update_fields):
        return
    before = sender.objects.filter(pk=instance.pk).values_list("role_group", flat=True).first()
    instance._coverage_role_changed = before is not None and before != instance.role_group


def refresh_person(sender, instance, **kwargs) -> None:
    if getattr(instance, "_coverage_role_changed", False):
        coverage_learner_refresh(learner_id=instance.pk)


def forget_person(sender, instance, **kwargs) -> None:
    """An account was deleted (its records went first): take back what it still adds."""
    coverage_learner_refresh(learner_id=instance.pk)


def refresh_erased(sender, instance, created=False, **kwargs) -> None:
    """Erasure revoked the person's licences with a bulk update: count them no more."""
    if created:
        coverage_learner_refresh(learner_id=instance.person_id)


def queue_kpi_rebuild(sender, instance, **kwargs) -> None:
    """A KPI was saved (perhaps with other courses or events, committed after this signal):
    rebuild its running counts once the transaction commits. Until then the dashboard
    counts it from the records, as the stored fingerprint no longer matches."""
    kpi_id = instance.pk

    def queue() -> None:
        try:
            coverage_rebuild_kpi.apply_async(args=[kpi_id], retry_policy=PUBLISH_RETRY)
        except Exception:
            logger.warning(
                "Could not queue the coverage rebuild of KPI %s; the nightly task will",
                kpi_id,
                exc_info=True,
            )

    transaction.on_commit(queue)
