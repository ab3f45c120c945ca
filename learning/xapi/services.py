"""Writes for the xAPI endpoint: recording statements (all or nothing) and state documents."""

from __future__ import annotations

import hashlib
import json
import uuid

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone

from wagtail import hooks

from learning.exceptions import StatementRejected
from learning.people.models import User
from learning.xapi.models import XAPIClient, XAPIState, XAPIStatement
from learning.xapi.validation import StatementConflict, parse_timestamp, validate_statement

VERSION = "1.0.3"


# Functions registered with the `xapi_statements_recorded` hook are called inside the
# recording transaction with the newly stored rows: H5P results (learning/xapi/progress.py)
# and the forwarding outbox (learning/xapi/forwarding.py).
def home_page_iri() -> str:
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/")


def learner_actor(user: User) -> dict:
    """The actor for a signed-in learner: an account on this site, not their email address,
    so statements forwarded to another LRS do not carry personal contact details."""
    actor = {
        "objectType": "Agent",
        "account": {"homePage": home_page_iri(), "name": str(user.pk)},
    }
    name = user.get_full_name()
    if name:
        actor["name"] = name
    return actor


def _authority(client: XAPIClient | None) -> dict:
    name = f"client:{client.key}" if client else "neglect-matters-learning"
    return {"objectType": "Agent", "account": {"homePage": home_page_iri(), "name": name}}


def content_hash(statement: dict) -> str:
    """What 'the same statement' means for immutability: everything the sender sent except
    the properties the LRS sets (id, stored, authority, version)."""
    significant = {
        k: v for k, v in statement.items() if k not in ("id", "stored", "authority", "version")
    }
    canonical = json.dumps(significant, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode()).hexdigest()


def _existing_conflicts(rows: dict[uuid.UUID, str]) -> set[uuid.UUID]:
    """Ids already stored; raises StatementConflict if any holds different content."""
    stored = dict(
        XAPIStatement.objects.filter(statement_id__in=rows).values_list(
            "statement_id", "content_hash"
        )
    )
    for statement_id, digest in stored.items():
        if rows[statement_id] != digest:
            raise StatementConflict(
                f"statement {statement_id} is already stored with different content"
            )
    return set(stored)


def xapi_statements_record(
    *,
    statements: list[dict],
    learner: User | None = None,
    client: XAPIClient | None = None,
    batch: bool = False,
    statement_id: str | None = None,
) -> list[str]:
    """Validate and store statements, all or nothing; return their ids.

    A learner's statements get the learner as actor, whatever the browser sent. A statement
    id already stored with the same content is accepted without a second row; with
    different content the whole request is refused with StatementConflict.
    """
    errors: list[str] = []
    prepared: list[dict] = []
    for index, original in enumerate(statements):
        where = f"statements[{index}]" if batch else "statement"
        statement = dict(original) if isinstance(original, dict) else original
        if learner is not None and isinstance(statement, dict):
            statement["actor"] = learner_actor(learner)
        if statement_id is not None and isinstance(statement, dict):
            if "id" in statement and str(statement["id"]).lower() != statement_id.lower():
                errors.append(f"{where}.id: must match the statementId parameter")
            statement["id"] = statement_id
        errors.extend(validate_statement(statement, where))
        prepared.append(statement)
    if errors:
        raise StatementRejected(errors=errors)

    now = timezone.now()
    rows: dict[uuid.UUID, XAPIStatement] = {}
    for index, statement in enumerate(prepared):
        statement_uuid = uuid.UUID(statement["id"]) if "id" in statement else uuid.uuid4()
        digest = content_hash(statement)
        if statement_uuid in rows:
            if rows[statement_uuid].content_hash != digest:
                raise StatementRejected(
                    errors=[
                        f"statements[{index}].id: appears twice in the batch with different content"
                    ]
                )
            continue
        stored = {
            **statement,
            "id": str(statement_uuid),
            "timestamp": statement.get("timestamp") or now.isoformat(),
            "stored": now.isoformat(),
            "authority": _authority(client),
            "version": VERSION,
        }
        timestamp = parse_timestamp(stored["timestamp"])
        if timezone.is_naive(timestamp):
            timestamp = timezone.make_aware(timestamp, timezone.UTC)
        obj = statement.get("object") or {}
        rows[statement_uuid] = XAPIStatement(
            statement_id=statement_uuid,
            data=stored,
            content_hash=digest,
            verb=statement["verb"]["id"][:255],
            object_id=(obj.get("id") or "")[:2048] if isinstance(obj.get("id"), str) else "",
            learner=learner,
            client=client,
            timestamp=timestamp,
        )

    for _attempt in range(2):
        already = _existing_conflicts({k: v.content_hash for k, v in rows.items()})
        new = [row for key, row in rows.items() if key not in already]
        try:
            with transaction.atomic():
                XAPIStatement.objects.bulk_create(new)
                for listener in hooks.get_hooks("xapi_statements_recorded"):
                    listener(new)
        except IntegrityError:
            continue  # another request stored one of these ids meanwhile: compare again
        break
    else:
        _existing_conflicts({k: v.content_hash for k, v in rows.items()})
    return [str(key) for key in rows]


# --- The State resource ---------------------------------------------------------------


def state_agent_key(*, learner: User | None, agent: dict | None) -> str:
    """Whose state it is: the session user, or the agent a tool names (by its identifier)."""
    if learner is not None:
        return f"user:{learner.pk}"
    agent = agent or {}
    for key in ("mbox", "mbox_sha1sum", "openid"):
        if key in agent:
            return f"{key}:{agent[key]}"[:255]
    account = agent.get("account") or {}
    return f"account:{account.get('homePage')}|{account.get('name')}"[:255]


def xapi_state_save(
    *,
    agent_key: str,
    activity_id: str,
    state_id: str,
    registration: str,
    content: bytes,
    content_type: str,
    merge: bool,
) -> XAPIState:
    """PUT replaces a state document; POST merges JSON objects into it (xAPI 1.0.3 §2.3)."""
    with transaction.atomic():
        document, created = XAPIState.objects.select_for_update().get_or_create(
            agent_key=agent_key,
            activity_id=activity_id,
            state_id=state_id,
            registration=registration,
            defaults={"content": content, "content_type": content_type},
        )
        if not created:
            if merge and document.content_type.startswith("application/json"):
                merged = json.loads(bytes(document.content) or b"{}")
                merged.update(json.loads(content))
                content = json.dumps(merged).encode()
                content_type = "application/json"
            document.content = content
            document.content_type = content_type
            document.save()
    return document
