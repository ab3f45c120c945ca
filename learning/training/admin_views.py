"""Organisers' admin pages: a session's bookings, where trainers, managers and leads book
someone on their behalf, and trainers and managers move people between sessions, cancel a
booking, close booking, or cancel the session. Who may do which is decided once, by
`learning.training.policy.training_organiser`."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse

from learning.exceptions import TrainingRejected
from learning.people.policies import forbidden_as_403
from learning.training.forms import MoveForm, OnBehalfForm, SessionCancelForm, sessions_to_move_to
from learning.training.models import ACTIVE_STATUSES, TrainingSession
from learning.training.policy import TrainingOrganiser, training_organiser
from learning.training.selectors import session_summary
from learning.training.services import (
    booking_cancel,
    booking_create_on_behalf,
    booking_move,
    session_booking_close,
    session_cancel,
)


def organiser_for(user) -> TrainingOrganiser:
    """The person's organiser rights; anyone who may organise nothing is refused."""
    organiser = training_organiser(user)
    if not organiser.may_organise:
        raise PermissionDenied
    return organiser


@forbidden_as_403
def session_bookings(request: HttpRequest, session_id: int) -> HttpResponse:
    organiser = organiser_for(request.user)
    session = get_object_or_404(organiser.sessions(), pk=session_id)
    runs = organiser.runs(session)
    bookings = organiser.bookings(session).order_by("status", "waiting_since", "created_at")
    on_behalf = OnBehalfForm(learners=organiser.learners(), prefix="behalf")
    move = MoveForm(sessions=sessions_to_move_to(session), prefix="move")
    cancel = SessionCancelForm(prefix="cancel")
    status = 200
    if request.method == "POST":
        action = request.POST.get("action", "")
        try:
            if action == "book":
                on_behalf = OnBehalfForm(
                    request.POST, learners=organiser.learners(), prefix="behalf"
                )
                if on_behalf.is_valid():
                    booking = booking_create_on_behalf(
                        session=session,
                        learner=on_behalf.cleaned_data["learner"],
                        by=request.user,
                        organiser=organiser,
                    )
                    messages.success(request, f"{booking.learner}: {booking.get_status_display()}.")
                    return redirect(request.path)
            elif action == "cancel_booking":
                booking = get_object_or_404(
                    bookings.filter(status__in=ACTIVE_STATUSES), pk=request.POST.get("booking")
                )
                booking_cancel(booking=booking, by=request.user, staff=True)
                messages.success(request, f"The booking of {booking.learner} is cancelled.")
                return redirect(request.path)
            elif action == "move" and runs:
                move = MoveForm(request.POST, sessions=sessions_to_move_to(session), prefix="move")
                if move.is_valid():
                    booking = get_object_or_404(bookings, pk=move.cleaned_data["booking"])
                    booking_move(
                        booking=booking, to_session=move.cleaned_data["to_session"], by=request.user
                    )
                    messages.success(request, f"{booking.learner} moved.")
                    return redirect(request.path)
            elif action in ("close", "reopen") and runs:
                session_booking_close(session=session, closed=action == "close")
                messages.success(
                    request, "Booking closed." if action == "close" else "Booking reopened."
                )
                return redirect(request.path)
            elif action == "cancel_session" and runs:
                cancel = SessionCancelForm(request.POST, prefix="cancel")
                if cancel.is_valid():
                    session_cancel(session=session, reason=cancel.cleaned_data["reason"])
                    messages.success(
                        request, "The session is cancelled and everyone booked is told."
                    )
                    return redirect(request.path)
            else:
                raise PermissionDenied
        except TrainingRejected as rejected:
            messages.error(request, rejected.message)
        status = 400
    return TemplateResponse(
        request,
        "learning/training/admin/session_bookings.html",
        {
            "session": session,
            "summary": session_summary(session=session),
            "bookings": bookings,
            "runs_session": runs,
            "on_behalf": on_behalf,
            "move": move,
            "cancel": cancel,
            "page_title": f"Bookings: {session}",
        },
        status=status,
    )


@forbidden_as_403
def sessions_list(request: HttpRequest) -> HttpResponse:
    organiser = organiser_for(request.user)
    sessions = organiser.sessions().order_by("-starts_at")[:200]
    return TemplateResponse(
        request,
        "learning/training/admin/sessions.html",
        {"sessions": sessions, "page_title": "Training bookings"},
    )


training_admin_urls = [
    path("", sessions_list, name="sessions"),
    path("<int:session_id>/", session_bookings, name="session_bookings"),
]


def bookings_url(session: TrainingSession) -> str:
    return reverse("training_admin:session_bookings", args=[session.pk])
