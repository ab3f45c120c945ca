"""Site-wide tasks: a heartbeat that proves the worker and beat are alive, and scheduled
publishing of pages."""

from celery import shared_task

from django.core.cache import cache
from django.core.management import call_command
from django.utils import timezone


@shared_task
def heartbeat() -> str:
    """Record when a worker last ran a task, so operators can see beat and worker are up."""
    now = timezone.now().isoformat()
    cache.set("celery-heartbeat", now, timeout=None)
    return now


@shared_task
def ping(value: str) -> str:
    """Echo a value back: used to prove a round trip through a real worker."""
    return f"pong:{value}"


@shared_task
def publish_scheduled_pages() -> None:
    """Publish pages whose go-live time has come and unpublish expired ones.

    Wagtail does this only when `publish_scheduled` runs, so beat runs it every minute
    instead of relying on a cron job (briefings use scheduled publishing).
    """
    call_command("publish_scheduled")
