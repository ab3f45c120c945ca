"""The emails a booking sends (plain text and HTML), queued after the transaction commits
and sent by a Celery task that retries when the mail server is away.

Each kind has `learning/training/email/<kind>.txt` and `.html`; a confirmation carries the
session's iCalendar invite, and an organiser's cancellation carries the cancelled invite.
"""

from __future__ import annotations

from celery import shared_task

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from learning.people.selectors import learner_site_url
from learning.training.ics import session_calendar
from learning.training.models import Booking, TrainingFormat
from learning.training.tokens import approval_token

SUBJECTS = {
    "confirmation": "Your place is booked: {title}",
    "waiting": "You are on the waiting list: {title}",
    "offer": "A place is free for you: {title}",
    "requested": "Waiting for your manager to approve: {title}",
    "approval_request": "Please approve a training booking: {title}",
    "declined": "Your manager declined your booking: {title}",
    "lapsed": "Your place has lapsed: {title}",
    "reminder": "Reminder: {title} on {date}",
    "cancelled": "Your booking is cancelled: {title}",
    "session_cancelled": "Cancelled by the organiser: {title} on {date}",
}
#: Kinds that carry the calendar invite.
WITH_INVITE = {"confirmation": "REQUEST", "session_cancelled": "CANCEL"}


def booking_email_context(booking: Booking, kind: str) -> dict:
    session = booking.session
    event = session.event

    context = {
        "booking": booking,
        "learner": booking.learner,
        "session": session,
        "event": event,
        "starts_at": timezone.localtime(session.starts_at),
        "ends_at": timezone.localtime(session.ends_at),
        "is_online": session.format == TrainingFormat.ONLINE,
        "session_url": learner_site_url(learner=booking.learner, url=session.get_absolute_url()),
        "my_learning_url": learner_site_url(
            learner=booking.learner, url=reverse("learning:my_learning")
        ),
        # The joining link is only ever in emails to someone with a place.
        "show_joining_link": kind in {"confirmation", "reminder"},
    }
    if booking.offer_expires_at:
        context["offer_expires_at"] = timezone.localtime(booking.offer_expires_at)
    if kind == "approval_request":
        context["approve_url"] = learner_site_url(
            learner=booking.learner,
            url=reverse(
                "learning_training:approval",
                args=[approval_token(booking=booking, decision="approve")],
            ),
        )
        context["decline_url"] = learner_site_url(
            learner=booking.learner,
            url=reverse(
                "learning_training:approval",
                args=[approval_token(booking=booking, decision="decline")],
            ),
        )
        context["expiry_days"] = settings.TRAINING_APPROVAL_EXPIRY_DAYS
    return context


def booking_email_send(*, kind: str, booking_id: int) -> bool:
    """Render and send one email about a booking; False if the booking has gone."""
    booking = (
        Booking.objects.select_related("learner", "session__event__partnership")
        .filter(pk=booking_id)
        .first()
    )
    if booking is None:
        return False
    context = booking_email_context(booking, kind)
    to = booking.manager_email if kind == "approval_request" else booking.learner.email
    subject = SUBJECTS[kind].format(
        title=booking.session.event.title, date=f"{context['starts_at']:%-d %B %Y}"
    )
    message = EmailMultiAlternatives(
        subject=subject,
        body=render_to_string(f"learning/training/email/{kind}.txt", context),
        to=[to],
    )
    message.attach_alternative(
        render_to_string(f"learning/training/email/{kind}.html", context), "text/html"
    )
    if kind in WITH_INVITE:
        invite = session_calendar(
            session=booking.session,
            include_joining_link=kind == "confirmation",
            method=WITH_INVITE[kind],
            attendee=booking.learner.email,
        )
        message.attach("invite.ics", invite, f"text/calendar; method={WITH_INVITE[kind]}")
    message.send()
    return True


@shared_task(
    name="learning.training.emails.training_email_send",
    autoretry_for=(OSError,),
    retry_backoff=60,
    retry_kwargs={"max_retries": 5},
)
def training_email_send(kind: str, booking_id: int) -> bool:
    return booking_email_send(kind=kind, booking_id=booking_id)


def booking_email_queue(kind: str, booking: Booking) -> None:
    """Send once the booking's transaction commits (never for a rolled-back change)."""
    if kind not in SUBJECTS:
        raise ValueError(kind)
    booking_id = booking.pk
    transaction.on_commit(lambda: training_email_send.delay(kind, booking_id))
