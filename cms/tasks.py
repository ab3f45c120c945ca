"""Site-wide tasks: a heartbeat that proves the worker and beat are alive, and scheduled
publishing of pages."""

from celery import shared_task

from django.core.management import call_command

from cms.health.models import Heartbeat
from cms.health.services import heartbeat_record


@shared_task
def heartbeat() -> str:
    """Record that a worker ran a task now; beat sends this every 15 minutes and /healthz
    reports the worker stale when the last one is older than HEALTHZ_HEARTBEAT_MAX_AGE."""
    return heartbeat_record(source=Heartbeat.Source.WORKER).last_seen_at.isoformat()


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
