"""Celery tasks for forwarding statements to an external LRS (imported via CELERY_IMPORTS)."""

from __future__ import annotations

from celery import shared_task

from learning.xapi.forwarding import ForwardFailed, xapi_forwards_deliver


@shared_task(bind=True, max_retries=8)
def forward_statements(self, forward_ids: list[int]) -> int:
    """Forward these outbox rows; on failure retry with exponential backoff (1 s, 2 s, 4 s,
    ... up to 10 minutes). Rows still waiting after the last retry are picked up by
    `forward_backlog`, so nothing is dropped. Safe to run twice: delivered rows are skipped."""
    try:
        return xapi_forwards_deliver(forward_ids=forward_ids)
    except ForwardFailed as failure:
        if self.request.is_eager:
            return 0  # run inline (tests, no broker): the backlog task retries later
        raise self.retry(exc=failure, countdown=min(2**self.request.retries, 600)) from failure


@shared_task
def forward_backlog() -> int:
    """Periodic: forward every statement still waiting, oldest first."""
    try:
        return xapi_forwards_deliver()
    except ForwardFailed:
        return 0
