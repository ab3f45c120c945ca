"""Follow-up emails (plain text and HTML): queued after the transaction that claimed the
follow-up commits, sent by a task that retries with backoff while the mail server is away."""

from __future__ import annotations

from celery import shared_task

from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse

from learning.evaluation.models import EvaluationFollowUp, FollowUpKind, ResponseStage
from learning.evaluation.tokens import manager_token
from learning.people.selectors import learner_site_url


def follow_up_email_send(*, follow_up_id: int, reminder: bool) -> bool:
    """Render and send one follow-up email; False if the follow-up has gone."""
    follow_up = (
        EvaluationFollowUp.objects.select_related(
            "learner", "attachment__form", "attachment__course", "attachment__event"
        )
        .filter(pk=follow_up_id)
        .first()
    )
    if follow_up is None:
        return False
    attachment = follow_up.attachment
    title = attachment.target.title
    context = {
        "follow_up": follow_up,
        "learner": follow_up.learner,
        "title": title,
        "weeks": attachment.follow_up_weeks,
        "reminder": reminder,
    }
    if follow_up.kind == FollowUpKind.MANAGER:
        kind, to = "manager", follow_up.manager_email
        context["url"] = learner_site_url(
            learner=follow_up.learner,
            url=reverse("learning_evaluation:manager", args=[manager_token(follow_up=follow_up)]),
        )
        subject = f"How has {follow_up.learner.get_full_name()}'s training changed their practice?"
    else:
        kind, to = "follow_up", follow_up.learner.email
        context["url"] = learner_site_url(
            learner=follow_up.learner,
            url=reverse(
                "learning_evaluation:respond", args=[attachment.pk, ResponseStage.FOLLOW_UP]
            ),
        )
        subject = f"What have you done differently since {title}?"
    if reminder:
        subject = f"Reminder: {subject}"
    message = EmailMultiAlternatives(
        subject=subject,
        body=render_to_string(f"learning/evaluation/email/{kind}.txt", context),
        to=[to],
    )
    message.attach_alternative(
        render_to_string(f"learning/evaluation/email/{kind}.html", context), "text/html"
    )
    message.send()
    return True


@shared_task(
    name="learning.evaluation.emails.evaluation_email_send",
    autoretry_for=(OSError,),
    retry_backoff=60,
    retry_kwargs={"max_retries": 5},
)
def evaluation_email_send(follow_up_id: int, reminder: bool) -> bool:
    return follow_up_email_send(follow_up_id=follow_up_id, reminder=reminder)


def follow_up_email_queue(follow_up: EvaluationFollowUp, *, reminder: bool) -> None:
    """Send once the claim commits (never for a rolled-back one)."""
    follow_up_id = follow_up.pk
    transaction.on_commit(lambda: evaluation_email_send.delay(follow_up_id, reminder))
