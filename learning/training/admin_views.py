"""Organisers' admin pages: a session's bookings, where leads and managers book someone
on their behalf, move people between sessions, cancel a booking, close booking, or cancel
the session. Who sees which bookings is decided by `scope_for`, once, in the selectors."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.views.defaults import permission_denied

from learning.exceptions import TrainingRejected
from learning.people.roles import Role, user_roles
from learning.people.scope import Scope, scope_for
from learning.training.forms import MoveForm, OnBehalfForm, SessionCancelForm, sessions_to_move_to
from learning.training.models import ACTIVE_STATUSES, TrainingSession
from learning.training.selectors import (
    session_bookings_in_scope,
    session_summary,
    sessions_in_scope,
)
from learning.training.services import (
    booking_cancel,
    booking_create_on_behalf,
    booking_move,
    session_booking_close,
    session_cancel,
)

ORGANISER_ROLES = {Role.AGENCY_LEAD, Role.PARTNERSHIP_MANAGER, Role.ADMIN}


def organiser_scope(user) -> Scope:
    """Leads, managers and administrators with a scope; anyone else is refused."""
    scope = scope_for(user)
    if not (user_roles(user) & ORGANISER_ROLES) or scope.is_empty:
        raise PermissionDenied
    return scope


def _runs_session(scope: Scope, session: TrainingSession) -> bool:
    """Closing, moving and cancelling the session are for the owning partnership's
    managers (and administrators); leads book and cancel for their own agency."""
    return scope.is_partnership_wide and scope.sees_partnership(session.event.partnership_id)


def session_bookings(request: HttpRequest, session_id: int) -> HttpResponse:
    try:
        scope = organiser_scope(request.user)
    except PermissionDenied as denied:
        return permission_denied(request, denied)
    session = get_object_or_404(sessions_in_scope(scope=scope), pk=session_id)
    runs = _runs_session(scope, session)
    bookings = session_bookings_in_scope(session=session, scope=scope)
    on_behalf = OnBehalfForm(learners=scope.learners(), prefix="behalf")
    move = MoveForm(sessions=sessions_to_move_to(session), prefix="move")
    cancel = SessionCancelForm(prefix="cancel")
    status = 200
    if request.method == "POST":
        action = request.POST.get("action", "")
        try:
            if action == "book":
                on_behalf = OnBehalfForm(request.POST, learners=scope.learners(), prefix="behalf")
                if on_behalf.is_valid():
                    booking = booking_create_on_behalf(
                        session=session,
                        learner=on_behalf.cleaned_data["learner"],
                        by=request.user,
                        scope=scope,
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
                return permission_denied(request, PermissionDenied())
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


def sessions_list(request: HttpRequest) -> HttpResponse:
    try:
        scope = organiser_scope(request.user)
    except PermissionDenied as denied:
        return permission_denied(request, denied)
    sessions = sessions_in_scope(scope=scope).order_by("-starts_at")[:200]
    return TemplateResponse(
        request,
        "learning/training/admin/sessions.html",
        {"sessions": sessions, "page_title": "Training bookings"},
    )


def can_organise(user) -> bool:
    try:
        organiser_scope(user)
    except PermissionDenied:
        return False
    return True


training_admin_urls = [
    path("", sessions_list, name="sessions"),
    path("<int:session_id>/", session_bookings, name="session_bookings"),
]


def bookings_url(session: TrainingSession) -> str:
    return reverse("training_admin:session_bookings", args=[session.pk])
