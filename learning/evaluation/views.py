"""The learner's evaluation pages (before, after, follow-up), their line manager's email,
and the line manager's questionnaire by signed link (no account)."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_http_methods

from learning.evaluation.forms import EvaluationAnswersForm, LineManagerForm
from learning.evaluation.models import ResponseStage
from learning.evaluation.selectors import attachments, evaluation_owed
from learning.evaluation.services import (
    evaluation_response_submit,
    manager_follow_up_for_token,
    manager_response_submit,
)
from learning.exceptions import EvaluationRejected
from learning.people.services import user_line_manager_set

STAGES = {
    "before": ResponseStage.BEFORE,
    "after": ResponseStage.AFTER,
    "follow_up": ResponseStage.FOLLOW_UP,
}


def _questions(form, stage: str):
    if stage == ResponseStage.FOLLOW_UP:
        return form.follow_up_questions
    return form.questions


@login_required
@require_http_methods(["GET", "POST"])
def evaluation_respond(request: HttpRequest, attachment_id: int, stage: str) -> HttpResponse:
    if stage not in STAGES:
        raise Http404
    attachment = get_object_or_404(attachments(), pk=attachment_id)
    stage = STAGES[stage]
    owed = evaluation_owed(attachment=attachment, learner=request.user, stage=stage)
    context = {"attachment": attachment, "stage": stage, "title": attachment.target.title}
    if owed is None:
        return render(request, "learning/evaluation/not_owed.html", context, status=404)
    form = EvaluationAnswersForm(
        request.POST or None,
        questions=_questions(attachment.form, stage),
        confidence_only=stage == ResponseStage.BEFORE,
    )
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                evaluation_response_submit(owed=owed, learner=request.user, answers=form.answers())
            except EvaluationRejected as rejected:
                messages.info(request, rejected.message)
            else:
                message = "Thank you. Your evaluation has been sent."
                if owed.holds_certificate:
                    message += " Your certificate is being issued and will appear on this page."
                messages.success(request, message)
            if stage == ResponseStage.BEFORE and attachment.course_id:
                return redirect(attachment.course.get_url(request))
            return redirect(reverse("learning:my_learning"))
        status = 400
    context |= {"form": form, "owed": owed}
    return render(request, "learning/evaluation/respond.html", context, status=status)


@login_required
@require_http_methods(["GET", "POST"])
def line_manager_view(request: HttpRequest) -> HttpResponse:
    form = LineManagerForm(
        request.POST or None, initial={"line_manager_email": request.user.line_manager_email}
    )
    if request.method == "POST":
        if form.is_valid():
            user_line_manager_set(user=request.user, email=form.cleaned_data["line_manager_email"])
            messages.success(request, "Your line manager's email has been saved.")
            return redirect(reverse("learning:my_learning"))
        return render(request, "learning/evaluation/line_manager.html", {"form": form}, status=400)
    return render(request, "learning/evaluation/line_manager.html", {"form": form})


@require_http_methods(["GET", "POST"])
def manager_view(request: HttpRequest, token: str) -> HttpResponse:
    """The manager's questionnaire: the signed link is the permission. A tampered or
    expired link changes nothing and says so (400)."""
    try:
        follow_up = manager_follow_up_for_token(token)
    except EvaluationRejected as rejected:
        return render(
            request,
            "learning/evaluation/manager_invalid.html",
            {"message": rejected.message},
            status=400,
        )
    form = EvaluationAnswersForm(
        request.POST or None, questions=follow_up.attachment.form.manager_questions
    )
    context = {"follow_up": follow_up, "form": form, "title": follow_up.attachment.target.title}
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                manager_response_submit(token=token, answers=form.answers())
            except EvaluationRejected as rejected:
                context["done_message"] = rejected.message
            else:
                context["done_message"] = "Thank you. Your answers have been sent."
            return render(request, "learning/evaluation/manager_done.html", context)
        status = 400
    return render(request, "learning/evaluation/manager.html", context, status=status)
