"""Forwarding accepted statements to an external LRS, through an outbox so none is dropped.

Each statement gets an outbox row in the same transaction that stores it. A task sends the
rows after commit and retries with backoff; a periodic task sends whatever is still waiting.
The statements keep their ids, so a delivery repeated after a lost response is taken by the
receiving LRS as the same statement, not a new one (xAPI immutability). Statements whose
attachment contents we hold are sent with them, as multipart/mixed: an LRS must not push
statements to another without the attachment data it received (Communication 1.5.2).
"""

from __future__ import annotations

import base64
import json
import urllib.error
import urllib.request

from django.conf import settings
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from learning.xapi.attachments import multipart_body
from learning.xapi.models import XAPIForward, XAPIStatement
from learning.xapi.selectors import stored_attachments

BATCH = 50


class ForwardFailed(Exception):
    """The external LRS did not accept a batch; the rows stay in the outbox."""


def forwarding_enabled() -> bool:
    return bool(getattr(settings, "XAPI_FORWARD_ENDPOINT", ""))


def forward_backlog_count() -> int:
    return XAPIForward.objects.filter(delivered_at__isnull=True).count()


def statements_queue_for_forwarding(rows: list[XAPIStatement]) -> None:
    if not forwarding_enabled() or not rows:
        return
    forwards = XAPIForward.objects.bulk_create([XAPIForward(statement=row) for row in rows])
    ids = [forward.pk for forward in forwards]
    if None in ids:  # backends that do not return ids from bulk_create
        ids = list(XAPIForward.objects.filter(statement__in=rows).values_list("pk", flat=True))
    # Cycle: the task calls `xapi_forwards_deliver`, so it is imported when first queued.
    from learning.xapi.tasks import forward_statements

    transaction.on_commit(lambda: forward_statements.delay(ids))


def _post(statements: list[dict]) -> None:
    endpoint = settings.XAPI_FORWARD_ENDPOINT.rstrip("/") + "/statements"
    credentials = f"{settings.XAPI_FORWARD_USERNAME}:{settings.XAPI_FORWARD_PASSWORD}"
    attachments = list(stored_attachments(statements))
    if attachments:
        body, content_type = multipart_body(statements, attachments)
    else:
        body, content_type = json.dumps(statements).encode(), "application/json"
    request = urllib.request.Request(  # noqa: S310 - the endpoint is an operator's setting
        endpoint,
        data=body,
        method="POST",
        headers={
            "Content-Type": content_type,
            "X-Experience-API-Version": "1.0.3",
            "Authorization": "Basic " + base64.b64encode(credentials.encode()).decode(),
        },
    )
    try:
        with urllib.request.urlopen(request, timeout=15) as response:  # noqa: S310
            if response.status not in (200, 204):
                raise ForwardFailed(f"LRS answered {response.status}")
    except urllib.error.HTTPError as error:
        raise ForwardFailed(f"LRS answered {error.code}: {error.read()[:500]!r}") from error
    except (urllib.error.URLError, OSError) as error:
        raise ForwardFailed(f"LRS unreachable: {error}") from error


def xapi_forwards_deliver(*, forward_ids: list[int] | None = None) -> int:
    """Send undelivered outbox rows (the given ones, or the oldest) in batches; return how
    many were delivered. Raises ForwardFailed, after noting the error on the rows."""
    if not forwarding_enabled():
        return 0
    waiting = XAPIForward.objects.filter(delivered_at__isnull=True).order_by("created_at")
    if forward_ids is not None:
        waiting = waiting.filter(pk__in=forward_ids)
    delivered = 0
    while True:
        failure: ForwardFailed | None = None
        with transaction.atomic():
            # Two workers never send the same rows at once (PostgreSQL skips locked rows).
            batch = list(
                waiting.select_for_update(skip_locked=True).select_related("statement")[:BATCH]
            )
            if not batch:
                return delivered
            rows = XAPIForward.objects.filter(pk__in=[forward.pk for forward in batch])
            try:
                _post([forward.statement.data for forward in batch])
            except ForwardFailed as error:
                failure = error
                rows.update(attempts=F("attempts") + 1, last_error=str(error)[:2000])
            else:
                delivered += rows.filter(delivered_at__isnull=True).update(
                    delivered_at=timezone.now(), attempts=F("attempts") + 1, last_error=""
                )
        if failure is not None:
            raise failure
