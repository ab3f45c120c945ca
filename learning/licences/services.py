"""Writes about licences: granting on attendance (after the prerequisite e-learning),
granting and revoking by a manager with a reason, the champion flag, and renewal
reminders. Every grant, renewal, revocation and change is written to the audit log in the
same transaction; certificates hear of grants and revocations after commit.

Safe to repeat: one current licence per person per tool is a unique constraint, so
marking the register twice (or a race) grants once; reminders are claimed by inserting
their unique row in the transaction that sends them.
"""

from __future__ import annotations

import datetime as dt
import logging

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.utils import dateformat, timezone

from learning.audit.services import audit_record
from learning.exceptions import LicenceRejected
from learning.licences.models import Licence, LicenceReminder, LicenceType
from learning.licences.selectors import in_force_on
from learning.licences.signals import licence_granted, licence_revoked
from learning.people.models import User
from learning.people.scope import scope_for
from learning.progress.models import CourseCompletion
from learning.training.models import Attendance, Booking

logger = logging.getLogger(__name__)

REASON_MIN = 10
REASON_MAX = 1000


def _announce_grant(licence: Licence) -> None:
    transaction.on_commit(lambda: licence_granted.send(sender=Licence, licence=licence))


def _prerequisite_evidence(
    *, licence_type: LicenceType, learner: User, by: dt.datetime
) -> tuple[bool, CourseCompletion | None]:
    """Has the learner completed every prerequisite e-learning by `by`? With the latest
    such completion as the evidence (None when the type names no e-learning)."""
    required = [c.pk for c in licence_type.prerequisite_courses.all()]
    if not required:
        return True, None
    completions = CourseCompletion.objects.filter(
        learner=learner, course_id__in=required, completed_at__lte=by
    ).order_by("completed_at")
    latest: dict[int, CourseCompletion] = {c.course_id: c for c in completions}
    if set(required) - set(latest):
        return False, None
    return True, max(latest.values(), key=lambda c: c.completed_at)


def licence_grant_for_attendance(*, booking: Booking) -> list[Licence]:
    """Grant (or renew) every licence that attending this session in full earns.

    A licence type whose events include the session's event grants its licence when the
    learner had completed its prerequisite e-learning by the end of the session. If the
    learner already holds the licence, a later attendance renews it (when the type says
    refresher attendance renews); otherwise nothing changes. Returns the licences granted
    or renewed.
    """
    booking = Booking.objects.select_related(
        "learner__agency", "attendance_agency", "session__event"
    ).get(pk=booking.pk)
    if booking.attendance != Attendance.ATTENDED:
        return []
    session = booking.session
    attended_on = timezone.localtime(session.starts_at).date()
    changed: list[Licence] = []
    for licence_type in LicenceType.objects.filter(granting_events=session.event_id):
        met, completion = _prerequisite_evidence(
            licence_type=licence_type, learner=booking.learner, by=session.ends_at
        )
        if not met:
            continue
        licence = _grant_or_renew(
            licence_type=licence_type, booking=booking, completion=completion, day=attended_on
        )
        if licence is not None:
            changed.append(licence)
    return changed


def _grant_or_renew(
    *, licence_type: LicenceType, booking: Booking, completion, day: dt.date
) -> Licence | None:
    learner = booking.learner
    with transaction.atomic():
        current = (
            Licence.objects.select_for_update()
            .filter(licence_type=licence_type, person=learner, revoked_at__isnull=True)
            .first()
        )
        if current is None:
            try:
                with transaction.atomic():
                    licence = Licence.objects.create(
                        licence_type=licence_type,
                        person=learner,
                        agency=booking.attendance_agency or learner.agency,
                        licensed_on=day,
                        renew_by=licence_type.renew_by_from(day),
                        booking=booking,
                        completion=completion,
                    )
            except IntegrityError:
                return None  # granted by a concurrent call: it announced it
            action = "licence.grant"
        else:
            if current.booking_id == booking.pk:
                return None  # this attendance is already the evidence
            since = current.last_renewed_on or current.licensed_on
            if not licence_type.refresher_renews or day <= since:
                return None
            current.last_renewed_on = day
            current.renew_by = licence_type.renew_by_from(day)
            current.booking = booking
            current.save(update_fields=["last_renewed_on", "renew_by", "booking"])
            licence = current
            action = "licence.renew"
        audit_record(
            actor=None,
            action=action,
            subject=learner,
            agency=licence.agency,
            obj=licence,
            detail={
                "licence_type": licence_type.slug,
                "booking": booking.pk,
                "session": booking.session_id,
                "completion": completion.pk if completion else None,
                "renew_by": licence.renew_by.isoformat() if licence.renew_by else None,
            },
        )
        _announce_grant(licence)
    return licence


def _clean_reason(reason: str, *, what: str) -> str:
    reason = (reason or "").strip()
    if len(reason) < REASON_MIN:
        raise LicenceRejected(
            f"Enter the reason for {what}, in at least {REASON_MIN} characters", field="reason"
        )
    if len(reason) > REASON_MAX:
        raise LicenceRejected(f"Reason must be {REASON_MAX} characters or fewer", field="reason")
    return reason


def _check_manager(*, by: User, licence_type: LicenceType, agency_id: int | None) -> None:
    """Only a partnership manager (or an administrator) whose scope holds both the tool
    and the person's agency may grant or revoke by hand."""
    scope = scope_for(by)
    if (
        not scope.is_partnership_wide
        or not scope.sees_partnership(licence_type.partnership_id)
        or not scope.includes_agency(agency_id)
    ):
        raise LicenceRejected(
            "Only the partnership's managers can grant or revoke licences for people in their "
            "partnership."
        )


def licence_grant(
    *,
    person: User,
    licence_type: LicenceType,
    by: User,
    reason: str,
    licensed_on: dt.date | None = None,
    is_champion: bool = False,
) -> Licence:
    """Grant a licence by hand (for example, licensed training taken elsewhere), with the
    reason. A lapsed licence is renewed from `licensed_on`; one in force is refused."""
    _check_manager(by=by, licence_type=licence_type, agency_id=person.agency_id)
    reason = _clean_reason(reason, what="granting the licence")
    day = licensed_on or timezone.localdate()
    if day > timezone.localdate():
        raise LicenceRejected("The licence date cannot be in the future", field="licensed_on")
    with transaction.atomic():
        current = (
            Licence.objects.select_for_update()
            .filter(licence_type=licence_type, person=person, revoked_at__isnull=True)
            .first()
        )
        if (
            current is not None
            and Licence.objects.filter(in_force_on(timezone.localdate()), pk=current.pk).exists()
        ):
            raise LicenceRejected(
                f"{person.get_full_name()} already holds a {licence_type} licence.",
                field="person",
            )
        if current is None:
            licence = Licence.objects.create(
                licence_type=licence_type,
                person=person,
                agency=person.agency,
                licensed_on=day,
                renew_by=licence_type.renew_by_from(day),
                granted_by=by,
                grant_reason=reason,
                is_champion=is_champion,
            )
            action = "licence.grant"
        else:
            current.last_renewed_on = day
            current.renew_by = licence_type.renew_by_from(day)
            current.granted_by = by
            current.grant_reason = reason
            current.is_champion = current.is_champion or is_champion
            current.save()
            licence = current
            action = "licence.renew"
        audit_record(
            actor=by,
            action=action,
            subject=person,
            agency=licence.agency,
            obj=licence,
            detail={"licence_type": licence_type.slug, "reason": reason, "manual": True},
        )
        _announce_grant(licence)
    return licence


def licence_revoke(*, licence: Licence, by: User, reason: str) -> Licence:
    """Revoke a licence with the reason: the person may no longer use the tool or its
    resources, and the licence certificate is revoked too."""
    _check_manager(by=by, licence_type=licence.licence_type, agency_id=licence.agency_id)
    reason = _clean_reason(reason, what="revoking the licence")
    return _revoke(licence=licence, by=by, reason=reason)


ATTENDANCE_CORRECTED = "attendance corrected"


def licence_withdraw_for_unattended(*, booking: Booking, by: User | None) -> list[Licence]:
    """A register correction took "attended" away: revoke the licences that attendance
    alone granted (never renewed, not granted by hand), so no one relies on them. The
    rule that authorised the correction (who may take the register) authorises this."""
    withdrawn = []
    for licence in Licence.objects.filter(
        booking=booking,
        revoked_at__isnull=True,
        granted_by__isnull=True,
        last_renewed_on__isnull=True,
    ).select_related("licence_type", "person"):
        withdrawn.append(_revoke(licence=licence, by=by, reason=ATTENDANCE_CORRECTED))
    return withdrawn


def _revoke(*, licence: Licence, by: User | None, reason: str) -> Licence:
    with transaction.atomic():
        locked = Licence.objects.select_for_update().get(pk=licence.pk)
        if locked.revoked_at:
            raise LicenceRejected("This licence has already been revoked.")
        locked.revoked_at = timezone.now()
        locked.revoked_by = by
        locked.revocation_reason = reason
        locked.save(update_fields=["revoked_at", "revoked_by", "revocation_reason"])
        audit_record(
            actor=by,
            action="licence.revoke",
            subject=locked.person,
            agency=locked.agency,
            obj=locked,
            detail={"licence_type": locked.licence_type.slug, "reason": reason},
        )
        transaction.on_commit(lambda: licence_revoked.send(sender=Licence, licence=locked, by=by))
    return locked


def licences_grant_owed() -> int:
    """Grant every licence owed by an attendance already recorded: the sweeper behind the
    `session_attended` receiver (and the demo seed, whose registers are written directly).
    Safe to run again: an attendance that is already the evidence changes nothing."""
    granted = 0
    bookings = (
        Booking.objects.filter(
            attendance=Attendance.ATTENDED,
            session__event__licence_types__isnull=False,
        )
        .exclude(licences__isnull=False)
        .distinct()
        .order_by("session__starts_at", "pk")
    )
    for booking in bookings:
        granted += len(licence_grant_for_attendance(booking=booking))
    return granted


def licence_champion_set(*, licence: Licence, by: User, is_champion: bool) -> Licence:
    """Mark (or unmark) a licence holder as one of the partnership's champions."""
    _check_manager(by=by, licence_type=licence.licence_type, agency_id=licence.agency_id)
    if licence.revoked_at:
        raise LicenceRejected("A revoked licence cannot be changed.")
    with transaction.atomic():
        updated = Licence.objects.filter(pk=licence.pk).exclude(is_champion=is_champion)
        if updated.update(is_champion=is_champion):
            audit_record(
                actor=by,
                action="licence.champion",
                subject=licence.person,
                agency=licence.agency,
                obj=licence,
                detail={"licence_type": licence.licence_type.slug, "champion": is_champion},
            )
    licence.refresh_from_db()
    return licence


# --- Renewal reminders ---------------------------------------------------------------------


def _threshold(days_left: int) -> int | None:
    """The most urgent threshold reached (14 beats 60), as certificates' reminders do."""
    reached = [d for d in settings.REFRESHER_REMINDER_DAYS if days_left <= d]
    return min(reached) if reached else None


def licence_reminders_send(*, today: dt.date | None = None) -> int:
    """Email holders whose licence must be renewed soon: once at 60 days, once at 14.

    Each reminder is claimed by inserting its unique row (licence, renew-by date,
    threshold) in the transaction that sends the email, so a second run sends nothing; a
    renewal moves the date on, so the next cycle is reminded again.
    """
    today = today or timezone.localdate()
    horizon = today + dt.timedelta(days=max(settings.REFRESHER_REMINDER_DAYS))
    due = (
        Licence.objects.filter(
            revoked_at__isnull=True,
            renew_by__gte=today,
            renew_by__lte=horizon,
            person__is_active=True,
        )
        .select_related("person", "licence_type__partnership")
        .order_by("renew_by", "pk")
    )
    sent = 0
    for licence in due:
        days_left = (licence.renew_by - today).days
        threshold = _threshold(days_left)
        if threshold is None:
            continue
        try:
            with transaction.atomic():
                LicenceReminder.objects.create(
                    licence=licence, renew_by=licence.renew_by, days_before=threshold
                )
                _send_reminder(licence=licence, days_left=days_left)
        except IntegrityError:
            continue
        sent += 1
    return sent


def _send_reminder(*, licence: Licence, days_left: int) -> None:
    base = settings.CERTIFICATES_BASE_URL.rstrip("/")
    context = {
        "licence": licence,
        "person": licence.person,
        "days_left": days_left,
        "resources_url": base + licence.licence_type.get_absolute_url(),
        "my_learning_url": base + "/my-learning/",
    }
    subject = (
        f"Renew your {licence.licence_type} licence by "
        f"{dateformat.format(licence.renew_by, 'j F Y')}"
    )
    message = EmailMultiAlternatives(
        subject=subject,
        body=render_to_string("learning/licences/email/renewal_reminder.txt", context),
        to=[licence.person.email],
    )
    message.attach_alternative(
        render_to_string("learning/licences/email/renewal_reminder.html", context), "text/html"
    )
    message.send()
