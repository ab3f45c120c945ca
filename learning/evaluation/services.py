"""Writes for evaluation: a learner's or a line manager's answers, and the follow-ups the
beat task sends some weeks after the training (each once, reminded once)."""

from __future__ import annotations

import datetime as dt
import secrets
from typing import Any

from django.core import signing
from django.db import IntegrityError, transaction
from django.utils import timezone

from learning.evaluation.emails import follow_up_email_queue
from learning.evaluation.models import (
    EvaluationAttachment,
    EvaluationFollowUp,
    EvaluationResponse,
    FollowUpKind,
    ResponseStage,
)
from learning.evaluation.selectors import DUE_DAYS, Owed, attachments, manager_follow_up
from learning.evaluation.signals import evaluation_submitted
from learning.evaluation.tokens import manager_claim
from learning.exceptions import EvaluationRejected
from learning.people.models import User
from learning.progress.models import CourseCompletion
from learning.training.models import Attendance, Booking

#: Days after a follow-up is sent before its one reminder.
REMINDER_DAYS = DUE_DAYS


def _notify_after_commit(response: EvaluationResponse) -> None:
    transaction.on_commit(
        lambda: evaluation_submitted.send(sender=EvaluationResponse, response=response)
    )


def evaluation_response_submit(
    *, owed: Owed, learner: User, answers: dict[str, Any]
) -> EvaluationResponse:
    """Save a learner's answers for what they owe. The database refuses a second response
    for the same stage (a double submit, two tabs): that is reported, never counted twice.
    A response after the training releases a certificate it held back (certificates
    listen to `evaluation_submitted`)."""
    try:
        with transaction.atomic():
            response = EvaluationResponse.objects.create(
                attachment=owed.attachment,
                learner=learner,
                stage=owed.stage,
                cycle=owed.cycle,
                agency=learner.agency,
                answers=answers,
                completion=owed.completion,
                booking=owed.booking,
            )
    except IntegrityError as error:
        raise EvaluationRejected("You have already sent this evaluation.") from error
    _notify_after_commit(response)
    return response


def manager_response_submit(*, token: str, answers: dict[str, Any]) -> EvaluationResponse:
    """Save a line manager's answers from their signed link. A tampered, expired or
    already-used link changes nothing and says so."""
    follow_up = manager_follow_up_for_token(token)
    try:
        with transaction.atomic():
            response = EvaluationResponse.objects.create(
                attachment=follow_up.attachment,
                learner=follow_up.learner,
                stage=ResponseStage.MANAGER,
                cycle=follow_up.cycle,
                agency=follow_up.agency,
                answers=answers,
            )
    except IntegrityError as error:
        raise EvaluationRejected("These answers have already been sent. Thank you.") from error
    return response


def manager_follow_up_for_token(token: str) -> EvaluationFollowUp:
    """The follow-up a manager's link names; EvaluationRejected if the link is not valid."""
    try:
        claim = manager_claim(token)
    except signing.SignatureExpired as error:
        raise EvaluationRejected("This link has expired.") from error
    except signing.BadSignature as error:
        raise EvaluationRejected(
            "This link is not valid. Check you copied the whole link from the email."
        ) from error
    follow_up = manager_follow_up(follow_up_id=claim.follow_up_id, nonce=claim.nonce)
    if follow_up is None:
        raise EvaluationRejected("This link is no longer valid.")
    return follow_up


def _completed(attachment: EvaluationAttachment, until: dt.datetime):
    """(learner, agency, cycle, completed at) for everyone whose training ended by `until`:
    course completions, or attended bookings of the event."""
    if attachment.course_id:
        for completion in CourseCompletion.objects.filter(
            course_id=attachment.course_id, completed_at__lte=until
        ).select_related("learner"):
            yield completion.learner, completion.agency_id, completion.run, completion.completed_at
    elif attachment.event_id:
        for booking in Booking.objects.filter(
            session__event_id=attachment.event_id,
            attendance=Attendance.ATTENDED,
            session__ends_at__lte=until,
        ).select_related("learner", "session"):
            agency_id = booking.attendance_agency_id or booking.learner.agency_id
            yield booking.learner, agency_id, 1, booking.session.ends_at


def _claim(**fields) -> EvaluationFollowUp | None:
    """Create the follow-up row, or None if it exists: the row is what makes "sent once"
    hold when two beat runs overlap."""
    try:
        with transaction.atomic():
            return EvaluationFollowUp.objects.create(**fields)
    except IntegrityError:
        return None


def evaluation_follow_ups_send(*, now: dt.datetime | None = None) -> dict[str, int]:
    """Send each follow-up that has come due (N weeks after the training), to the learner
    and, where they gave one, their line manager; then remind once, after REMINDER_DAYS,
    those who have not answered. Safe to run as often as beat likes."""
    now = now or timezone.now()
    sent = {"learner": 0, "manager": 0, "reminders": 0}
    for attachment in attachments().filter(follow_up_weeks__gt=0, briefing__isnull=True):
        until = now - dt.timedelta(weeks=attachment.follow_up_weeks)
        done = set(
            EvaluationFollowUp.objects.filter(attachment=attachment).values_list(
                "learner_id", "cycle", "kind"
            )
        )
        for learner, agency_id, cycle, completed_at in _completed(attachment, until):
            common = {
                "attachment": attachment,
                "learner": learner,
                "cycle": cycle,
                "agency_id": agency_id,
                "completed_at": completed_at,
                "sent_at": now,
            }
            if (learner.pk, cycle, FollowUpKind.LEARNER) not in done:
                follow_up = _claim(kind=FollowUpKind.LEARNER, **common)
                if follow_up is not None:
                    follow_up_email_queue(follow_up, reminder=False)
                    sent["learner"] += 1
            manager_email = learner.line_manager_email
            asks_manager = len(attachment.form.manager_questions) > 0
            if (
                asks_manager
                and manager_email
                and (learner.pk, cycle, FollowUpKind.MANAGER) not in done
            ):
                follow_up = _claim(
                    kind=FollowUpKind.MANAGER,
                    manager_email=manager_email,
                    nonce=secrets.token_hex(16),
                    **common,
                )
                if follow_up is not None:
                    follow_up_email_queue(follow_up, reminder=False)
                    sent["manager"] += 1
    sent["reminders"] = _follow_up_reminders_send(now=now)
    return sent


def _follow_up_reminders_send(*, now: dt.datetime) -> int:
    due = EvaluationFollowUp.objects.filter(
        reminded_at__isnull=True, sent_at__lte=now - dt.timedelta(days=REMINDER_DAYS)
    )
    reminded = 0
    for follow_up in due:
        stage = (
            ResponseStage.FOLLOW_UP
            if follow_up.kind == FollowUpKind.LEARNER
            else ResponseStage.MANAGER
        )
        answered = EvaluationResponse.objects.filter(
            attachment_id=follow_up.attachment_id,
            learner_id=follow_up.learner_id,
            cycle=follow_up.cycle,
            stage=stage,
        ).exists()
        if answered:
            continue
        with transaction.atomic():
            # Only the run that sets reminded_at sends: a second run updates nothing.
            claimed = EvaluationFollowUp.objects.filter(
                pk=follow_up.pk, reminded_at__isnull=True
            ).update(reminded_at=now)
            if claimed:
                follow_up_email_queue(follow_up, reminder=True)
                reminded += 1
    return reminded
