"""Celery tasks of evaluation: the follow-ups (daily, by beat). Safe to run twice: each
follow-up and reminder is claimed by a database row before its email is queued. The email
task lives in `emails.py`."""

from __future__ import annotations

from celery import shared_task

from learning.evaluation import services
from learning.evaluation.emails import evaluation_email_send

__all__ = ["evaluation_email_send", "evaluation_follow_ups_send"]


@shared_task(name="learning.evaluation.tasks.evaluation_follow_ups_send")
def evaluation_follow_ups_send() -> dict[str, int]:
    return services.evaluation_follow_ups_send()
