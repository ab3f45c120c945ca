"""The register pages: a list of the registers a person may take, a session's register
(phone-sized: one question per person), and the sign-in sheet upload. Who may take which
register is `register_sessions_for`; anyone else gets 403 (no register at all) or 404
(another partnership's session)."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_http_methods, require_POST

from learning.exceptions import TrainingRejected
from learning.training.attendance.forms import SignInSheetForm
from learning.training.attendance.selectors import (
    may_take_registers,
    register_bookings,
    register_is_open,
    register_opens_on,
    register_sessions_for,
    registers_listed,
)
from learning.training.attendance.services import attendance_import, attendance_mark
from learning.training.models import Attendance, TrainingSession

TEMPLATE = "learning/training/attendance/register.html"


def _register_session(request: HttpRequest, session_id: int) -> TrainingSession:
    if not may_take_registers(user=request.user):
        raise PermissionDenied("Only the session's trainers and managers can take its register.")
    return get_object_or_404(register_sessions_for(user=request.user), pk=session_id)


def _saved_message(changed: int, unchanged: int) -> str:
    if changed == 0:
        return "Nothing has changed: the register already said that."
    people = "person" if changed == 1 else "people"
    return f"Register saved: {changed} {people} marked."


def _context(session: TrainingSession, posted: dict[int, str] | None = None, **extra) -> dict:
    bookings = list(register_bookings(session=session))
    for booking in bookings:
        # What the radios show: what was just posted (after a refusal), else the record.
        booking.shown = (posted or {}).get(booking.pk, booking.attendance)
    return {
        "session": session,
        "event": session.event,
        "bookings": bookings,
        "choices": Attendance.choices,
        "is_open": register_is_open(session=session),
        "opens_on": register_opens_on(session=session),
        "sheet_form": SignInSheetForm(),
        "errors": [],
        **extra,
    }


@login_required
def registers(request: HttpRequest) -> HttpResponse:
    if not may_take_registers(user=request.user):
        raise PermissionDenied("Only trainers and managers take registers.")
    return render(
        request,
        "learning/training/attendance/registers.html",
        registers_listed(user=request.user),
    )


@login_required
@require_http_methods(["GET", "POST"])
def register(request: HttpRequest, session_id: int) -> HttpResponse:
    session = _register_session(request, session_id)
    if request.method == "POST":
        marks: dict[int, str] = {}
        for key, value in request.POST.items():
            if key.startswith("attendance-") and key[len("attendance-") :].isdigit():
                marks[int(key[len("attendance-") :])] = value
        try:
            if not marks:
                raise TrainingRejected("Choose an outcome for at least one person.")
            result = attendance_mark(session=session, marks=marks, by=request.user)
        except TrainingRejected as rejected:
            context = _context(session, posted=marks, errors=[{"text": e} for e in rejected.errors])
            return render(request, TEMPLATE, context, status=400)
        messages.success(request, _saved_message(result.changed, result.unchanged))
        return redirect(reverse("learning_training_attendance:register", args=[session.pk]))
    return render(request, TEMPLATE, _context(session))


@login_required
@require_POST
def register_import(request: HttpRequest, session_id: int) -> HttpResponse:
    session = _register_session(request, session_id)
    form = SignInSheetForm(request.POST, request.FILES)
    errors: list[dict[str, str]] = []
    if form.is_valid():
        try:
            result = attendance_import(
                session=session, csv_text=form.cleaned_data["sheet"], by=request.user
            )
        except TrainingRejected as rejected:
            errors = [{"text": e, "href": "#id_sheet"} for e in rejected.errors]
        else:
            messages.success(request, _saved_message(result.changed, result.unchanged))
            return redirect(reverse("learning_training_attendance:register", args=[session.pk]))
    else:
        errors = [{"text": e, "href": "#id_sheet"} for e in form.errors.get("sheet", [])]
    context = _context(session, errors=errors, sheet_form=form, sheet_errors=errors)
    return render(request, TEMPLATE, context, status=400)
