"""Site-wide tasks: a heartbeat that proves the worker and beat are alive."""

from celery import shared_task

from django.core.cache import cache
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
