"""Celery tasks of training: reminders (daily) and lapsing offers and approval requests
(every 15 minutes). Safe to run twice: each reminder is recorded once, and a lapsed offer
is no longer an offer. The email task lives in `emails.py` and is registered through this
module's import of the services."""

from __future__ import annotations

from celery import shared_task

from learning.training import services
from learning.training.emails import training_email_send

__all__ = ["training_email_send", "training_offers_expire", "training_reminders_send"]


@shared_task(name="learning.training.tasks.training_reminders_send")
def training_reminders_send() -> int:
    return services.training_reminders_send()


@shared_task(name="learning.training.tasks.training_offers_expire")
def training_offers_expire() -> int:
    return services.training_offers_expire()
