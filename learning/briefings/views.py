"""A learner's own records about a briefing (read, reflections, team-meeting use) and the
weekly digest, including the unsubscribe link that works without signing in."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from courses.briefings.models import BriefingPage
from learning.briefings.forms import (
    BriefingDigestForm,
    BriefingReflectionsForm,
    BriefingTeamUseForm,
)
from learning.briefings.selectors import (
    briefing_learner_state,
    digest_learner_for_token,
    digest_topic_choices,
)
from learning.briefings.services import (
    BriefingInputRejected,
    briefing_read_record,
    briefing_reflections_save,
    briefing_team_use_record,
    digest_subscribe,
    digest_unsubscribe,
)


def _live_briefing(page_id: int) -> BriefingPage:
    return get_object_or_404(BriefingPage.objects.live().public(), pk=page_id)


def _back_to(
    request: HttpRequest, briefing: BriefingPage, anchor: str = "your-learning"
) -> HttpResponse:
    return redirect(f"{briefing.get_url(request)}#{anchor}")


def _form_with_errors(form, errors: dict[str, str]):
    for name, message in errors.items():
        form.add_error(name if name in form.fields else None, message)
    return form


def _render_form_page(request, briefing, template: str, form, status: int = 400):
    return render(request, template, {"briefing": briefing, "form": form}, status=status)


@login_required
@require_POST
def briefing_read(request: HttpRequest, page_id: int) -> HttpResponse:
    briefing = _live_briefing(page_id)
    _read, created = briefing_read_record(learner=request.user, briefing=briefing)
    if created:
        messages.success(request, f"You have confirmed that you read “{briefing.title}”.")
    else:
        messages.info(request, f"You had already confirmed that you read “{briefing.title}”.")
    return _back_to(request, briefing)


@login_required
@require_POST
def briefing_reflections(request: HttpRequest, page_id: int) -> HttpResponse:
    briefing = _live_briefing(page_id)
    form = BriefingReflectionsForm(request.POST, questions=briefing.reflection_question_texts())
    if form.is_valid():
        try:
            briefing_reflections_save(
                learner=request.user, briefing=briefing, answers=form.answers()
            )
        except BriefingInputRejected as rejected:
            form = _form_with_errors(form, rejected.field_errors)
        else:
            messages.success(request, "Your reflections are saved. Only you can see them.")
            return _back_to(request, briefing, "reflections")
    return _render_form_page(request, briefing, "learning/briefings/reflections_form.html", form)


@login_required
@require_POST
def briefing_team_use(request: HttpRequest, page_id: int) -> HttpResponse:
    briefing = _live_briefing(page_id)
    form = BriefingTeamUseForm(request.POST)
    if form.is_valid():
        try:
            use = briefing_team_use_record(
                learner=request.user,
                briefing=briefing,
                used_on=form.cleaned_data["used_on"],
                colleagues=form.cleaned_data["colleagues"],
            )
        except BriefingInputRejected as rejected:
            form = _form_with_errors(form, rejected.field_errors)
        else:
            messages.success(
                request,
                f"You used this briefing with {use.colleagues} "
                f"colleague{'s' if use.colleagues != 1 else ''} on {use.used_on:%-d %B %Y}.",
            )
            return _back_to(request, briefing)
    return _render_form_page(request, briefing, "learning/briefings/team_use_form.html", form)


@login_required
@require_POST
def briefing_digest_manage(request: HttpRequest) -> HttpResponse:
    """Subscribe to the weekly digest (with topics) or stop it, from "My learning"."""
    if request.POST.get("action") == "unsubscribe":
        digest_unsubscribe(learner=request.user)
        messages.success(request, "You will not get the weekly briefings email any more.")
        return redirect("learning:my_learning")
    choices = [(t.slug, t.name) for t in digest_topic_choices()]
    form = BriefingDigestForm(request.POST, topic_choices=choices)
    if form.is_valid():
        try:
            digest_subscribe(learner=request.user, topic_slugs=form.cleaned_data["topics"])
        except BriefingInputRejected as rejected:
            form = _form_with_errors(form, rejected.field_errors)
        else:
            messages.success(
                request, "You are subscribed to the weekly email of new 7-minute briefings."
            )
            return redirect("learning:my_learning")
    return render(request, "learning/briefings/digest_form.html", {"form": form}, status=400)


def briefing_digest_unsubscribe(request: HttpRequest, token: str) -> HttpResponse:
    """The link in every digest email. GET asks to confirm (mail scanners follow links),
    POST unsubscribes. A tampered token changes nothing and says so."""
    learner = digest_learner_for_token(token)
    if learner is None:
        return render(
            request, "learning/briefings/digest_unsubscribe.html", {"invalid": True}, status=400
        )
    done = False
    if request.method == "POST":
        digest_unsubscribe(learner=learner)
        done = True
    return render(
        request,
        "learning/briefings/digest_unsubscribe.html",
        {"done": done, "token": token, "email": learner.email},
    )


def briefing_learner_panel_context(*, request: HttpRequest, briefing) -> dict:
    """What the reader's panel on a briefing page shows (put there by a page hook)."""
    state = briefing_learner_state(learner=request.user, briefing=briefing)
    questions = briefing.reflection_question_texts()
    initial = {f"answer_{position}": answer for position, answer in state.answers.items()}
    return {
        "user": request.user,
        "briefing": briefing,
        "state": state,
        "is_preview": getattr(request, "is_preview", False),
        "reflections_form": BriefingReflectionsForm(initial=initial, questions=questions),
        "team_use_form": BriefingTeamUseForm(),
    }
