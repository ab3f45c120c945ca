"""The public and learner pages of training: a session's page (open to all; booking
needs sign-in), booking, cancelling, accepting a waiting-list place, the calendar file
for people with a place, and the line manager's approve/decline page (no account)."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_http_methods, require_POST

from learning.exceptions import TrainingRejected
from learning.training.forms import BookingForm
from learning.training.ics import session_calendar
from learning.training.models import Booking, BookingStatus, TrainingFormat, TrainingSession
from learning.training.selectors import (
    booking_eligibility_problem,
    cancellation_cutoff,
    session_summary,
    waiting_position,
)
from learning.training.services import (
    booking_approval_decide,
    booking_approval_pending,
    booking_cancel,
    booking_create,
    booking_offer_accept,
)


def _public_session(session_id: int) -> TrainingSession:
    """A session of a live, public event (drafts and private pages are not found)."""
    session = get_object_or_404(
        TrainingSession.objects.select_related("event__partnership"), pk=session_id
    )
    event = session.event
    if not event.live or event.get_view_restrictions().exists():
        raise Http404
    return session


def _session_context(request: HttpRequest, session: TrainingSession, form=None) -> dict:
    user = request.user
    summary = session_summary(session=session, user=user)
    booking = summary.booking
    context = {
        "session": session,
        "event": session.event,
        "summary": summary,
        "booking": booking,
        "is_online": session.format == TrainingFormat.ONLINE,
        "has_place": booking is not None and booking.status == BookingStatus.BOOKED,
    }
    if user.is_authenticated and booking is None:
        context["problem"] = booking_eligibility_problem(learner=user, event=session.event)
        context["form"] = form or BookingForm(needs_approval=session.event.needs_manager_approval)
    elif form is not None:
        context["form"] = form  # a refused post: its error summary is shown
    if booking is not None and booking.status == BookingStatus.WAITING:
        context["position"] = waiting_position(booking=booking)
    if booking is not None:
        context["cutoff"] = timezone.localtime(cancellation_cutoff(session=session))
    return context


def session_detail(request: HttpRequest, session_id: int) -> HttpResponse:
    session = _public_session(session_id)
    return render(request, "learning/training/session.html", _session_context(request, session))


@login_required
@require_POST
def session_book(request: HttpRequest, session_id: int) -> HttpResponse:
    session = _public_session(session_id)
    form = BookingForm(request.POST, needs_approval=session.event.needs_manager_approval)
    if form.is_valid():
        try:
            booking = booking_create(
                session_id=session.pk,
                learner=request.user,
                manager_email=form.cleaned_data.get("manager_email", ""),
            )
        except TrainingRejected as rejected:
            form.add_error(
                rejected.field if rejected.field in form.fields else None, rejected.message
            )
        else:
            messages.success(request, _booked_message(booking))
            return redirect(session.get_absolute_url())
    return render(
        request,
        "learning/training/session.html",
        _session_context(request, session, form=form),
        status=400,
    )


def _booked_message(booking: Booking) -> str:
    if booking.status == BookingStatus.BOOKED:
        return "Your place is booked. We have emailed you the details and a calendar invite."
    if booking.status == BookingStatus.REQUESTED:
        return (
            "We have asked your line manager to approve your booking. Your place is held "
            "until they answer."
        )
    return "The session is full, so you are on the waiting list. We will email you if a "
    "place comes free."


def _own_booking(request: HttpRequest, booking_id: int) -> Booking:
    booking = get_object_or_404(
        Booking.objects.select_related("session__event__partnership"), pk=booking_id
    )
    if booking.learner_id != request.user.pk:
        raise Http404  # someone else's booking is not found, not forbidden
    return booking


@login_required
@require_http_methods(["GET", "POST"])
def booking_cancel_view(request: HttpRequest, booking_id: int) -> HttpResponse:
    booking = _own_booking(request, booking_id)
    error = ""
    if request.method == "POST":
        try:
            booking_cancel(booking=booking, by=request.user)
        except TrainingRejected as rejected:
            error = rejected.message
        else:
            messages.success(
                request, f"Your booking for “{booking.session.event.title}” is cancelled."
            )
            return redirect(reverse("learning:my_learning") + "#training")
    return render(
        request,
        "learning/training/cancel.html",
        {
            "booking": booking,
            "session": booking.session,
            "error": error,
            "cutoff": timezone.localtime(cancellation_cutoff(session=booking.session)),
        },
        status=400 if error else 200,
    )


@login_required
@require_POST
def booking_accept_view(request: HttpRequest, booking_id: int) -> HttpResponse:
    booking = _own_booking(request, booking_id)
    try:
        booking = booking_offer_accept(booking=booking, learner=request.user)
    except TrainingRejected as rejected:
        messages.error(request, rejected.message)
    else:
        messages.success(request, _booked_message(booking))
    return redirect(booking.session.get_absolute_url())


@login_required
def session_calendar_view(request: HttpRequest, session_id: int) -> HttpResponse:
    """The session's invite, for people with a place only (it carries the joining link)."""
    session = _public_session(session_id)
    if not Booking.objects.filter(
        session=session, learner=request.user, status=BookingStatus.BOOKED
    ).exists():
        raise PermissionDenied("Only people with a place on this session can download it.")
    response = HttpResponse(
        session_calendar(session=session, include_joining_link=True),
        content_type="text/calendar; charset=utf-8",
    )
    response["Content-Disposition"] = f'attachment; filename="training-session-{session.pk}.ics"'
    response["Cache-Control"] = "private, no-store"
    return response


@require_http_methods(["GET", "POST"])
def approval_view(request: HttpRequest, token: str) -> HttpResponse:
    """The line manager's page from their email: GET shows the request and one button;
    POST carries out the decision named in the signed link."""
    template = "learning/training/approval.html"
    try:
        if request.method == "POST":
            booking = booking_approval_decide(token=token)
            return render(request, template, {"done": booking})
        booking, decision = booking_approval_pending(token=token)
    except TrainingRejected as rejected:
        return render(request, template, {"error": rejected.message}, status=400)
    return render(request, template, {"booking": booking, "decision": decision})
