"""Writes for the xAPI endpoint: recording statements (all or nothing) and state documents."""

from __future__ import annotations

import hashlib
import json
import uuid

from django.conf import settings
from django.core.files.base import ContentFile
from django.db import DatabaseError, IntegrityError, transaction
from django.utils import timezone

from wagtail import hooks

from learning.exceptions import StatementRejected
from learning.people.models import User
from learning.xapi.attachments import attachments_problems
from learning.xapi.models import (
    XAPIAttachment,
    XAPIClient,
    XAPIProfile,
    XAPIState,
    XAPIStatement,
)
from learning.xapi.selectors import document_etag, profile_documents, state_documents, state_owner
from learning.xapi.validation import (
    VOIDED,
    JSONRejected,
    StatementConflict,
    StatementNotStored,
    StateRejected,
    agent_key,
    check_precondition,
    parse_json,
    parse_timestamp,
    validate_statement,
)

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


def _stored_hashes(statement_ids) -> dict[uuid.UUID, str]:
    return dict(
        XAPIStatement.objects.filter(statement_id__in=list(statement_ids)).values_list(
            "statement_id", "content_hash"
        )
    )


def _refuse_conflicts(wanted: dict[uuid.UUID, str], stored: dict[uuid.UUID, str]) -> None:
    for statement_id, digest in stored.items():
        if wanted[statement_id] != digest:
            raise StatementConflict(
                f"statement {statement_id} is already stored with different content"
            )


def xapi_statements_record(
    *,
    statements: list[dict],
    learner: User | None = None,
    client: XAPIClient | None = None,
    batch: bool = False,
    statement_id: str | None = None,
    attachments: dict | None = None,
    json_checked: bool = False,
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
        errors.extend(validate_statement(statement, where, json_checked=json_checked))
        prepared.append(statement)
    if errors:
        raise StatementRejected(errors=errors)
    # Only valid statements are matched with the request's parts.
    errors = attachments_problems(prepared, attachments or {}, batch)
    if errors:
        raise StatementRejected(errors=errors)

    prepared = [_normalised(statement) for statement in prepared]
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
            actor_key=agent_key(statement.get("actor")),
            registration=str((statement.get("context") or {}).get("registration") or "")[:36],
        )

    if attachments:
        xapi_attachments_store(parts=attachments)
    _store(rows)
    return [str(key) for key in rows]


def xapi_attachments_store(*, parts: dict) -> None:
    """Keep each attachment's content once per hash, in the private storage; a hash
    already kept is the same content, so it is not written twice."""
    known = set(XAPIAttachment.objects.filter(sha2__in=list(parts)).values_list("sha2", flat=True))
    for sha2, part in parts.items():
        if sha2 in known:
            continue
        attachment = XAPIAttachment(
            sha2=sha2, content_type=part.content_type, length=len(part.content)
        )
        attachment.file.save(f"{sha2}.bin", ContentFile(part.content), save=False)
        try:
            with transaction.atomic():
                attachment.save()
        except IntegrityError:
            attachment.file.delete(save=False)  # stored meanwhile by another request


def _with_context_lists(holder: dict) -> dict:
    context = holder.get("context")
    activities = context.get("contextActivities") if isinstance(context, dict) else None
    if not isinstance(activities, dict) or all(isinstance(v, list) for v in activities.values()):
        return holder
    lists = {k: v if isinstance(v, list) else [v] for k, v in activities.items()}
    return {**holder, "context": {**context, "contextActivities": lists}}


def _normalised(statement: dict) -> dict:
    """A single contextActivities object is stored (and returned) as an array of one, as
    xAPI Data 2.4.6.2 requires; also inside a SubStatement."""
    statement = _with_context_lists(statement)
    obj = statement.get("object")
    if isinstance(obj, dict) and obj.get("objectType") == "SubStatement":
        statement = {**statement, "object": _with_context_lists(obj)}
    return statement


def _void_targets(new: list[XAPIStatement]) -> None:
    """Mark the statements these voiding statements name as voided: only the sender's own
    (the same learner or tool), and never a voiding statement (xAPI Data 2.3.2)."""
    for row in new:
        if row.verb != VOIDED:
            continue
        owner = {"learner": row.learner} if row.learner else {"client": row.client}
        XAPIStatement.objects.filter(statement_id=row.data["object"]["id"], **owner).exclude(
            verb=VOIDED
        ).update(voided=True)


def _void_early_targets(new: list[XAPIStatement]) -> None:
    """A voiding statement may arrive before the statement it voids (xAPI Data 2.3.2 does
    not let an LRS require the target first): the target is voided when it arrives, if
    the same sender voided it. One query, on the (learner, object_id) index."""
    targets = [row for row in new if row.verb != VOIDED]
    if not targets:
        return
    first = targets[0]  # one request, one sender
    owner = {"learner": first.learner} if first.learner else {"client": first.client}
    ids = {str(row.statement_id) for row in targets}
    early = {
        object_id.lower()
        for object_id in XAPIStatement.objects.filter(
            verb=VOIDED, object_id__in=ids | {i.upper() for i in ids}, **owner
        ).values_list("object_id", flat=True)
    }
    voided = [row for row in targets if str(row.statement_id) in early]
    if voided:
        XAPIStatement.objects.filter(pk__in=[row.pk for row in voided]).update(voided=True)
        for row in voided:
            row.voided = True


# A request races another for the same id at most once per id it sends; a few more passes
# than that would mean something else is wrong.
_STORE_PASSES = 3


def _insert(new: list[XAPIStatement]) -> None:
    with transaction.atomic():
        XAPIStatement.objects.bulk_create(new)
        _void_targets(new)
        _void_early_targets(new)
        for listener in hooks.get_hooks("xapi_statements_recorded"):
            listener(new)


def _store(rows: dict[uuid.UUID, XAPIStatement]) -> None:
    """Insert the rows not stored yet, all or nothing.

    The common case, ids never seen, is one INSERT: tried first, and an insert that
    succeeds stored every row. Only when it fails is anything looked up. An IntegrityError
    is an id race (or a resend) only if one of the ids is now stored: then the contents
    are compared (same content is fine, different is a StatementConflict) and the rest
    inserted. Any other database error is StatementNotStored, with nothing stored; it is
    never mistaken for a race and answered as if stored.
    """
    wanted = {key: row.content_hash for key, row in rows.items()}
    new = list(rows.values())
    for _attempt in range(_STORE_PASSES):
        try:
            _insert(new)
        except IntegrityError as error:
            stored = _stored_hashes(wanted)
            if not stored:
                raise StatementNotStored(
                    "the database refused the statements, and not for an id already stored"
                ) from error
            _refuse_conflicts(wanted, stored)
            new = [row for key, row in rows.items() if key not in stored]
            if not new:
                return
            continue  # some ids were stored already (or meanwhile): insert the others
        except DatabaseError as error:
            raise StatementNotStored("the database refused the statements") from error
        return
    raise StatementNotStored(f"still racing other requests after {_STORE_PASSES} passes")


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
    learner: User | None,
    client: XAPIClient | None,
    agent_key: str,
    activity_id: str,
    state_id: str,
    registration: str,
    content: bytes,
    content_type: str,
    merge: bool,
) -> XAPIState:
    """PUT replaces a state document; POST merges a JSON object into it (xAPI 1.0.3,
    Communication 2.3). The document belongs to the learner, or to the client and the agent
    it named; raises StateRejected (or JSONRejected for the body) with nothing changed.
    https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Communication.md#json-procedure-with-requirements
    """
    incoming = _posted_object(content, content_type) if merge else None
    with transaction.atomic():
        document, created = XAPIState.objects.select_for_update().get_or_create(
            **state_owner(learner=learner, client=client, agent_key=agent_key),
            activity_id=activity_id,
            state_id=state_id,
            registration=registration,
            defaults={"agent_key": agent_key, "content": content, "content_type": content_type},
        )
        if created:
            return document
        _document_replace(document, content=content, content_type=content_type, posted=incoming)
    return document


def is_json_media_type(content_type: str) -> bool:
    """Whether a Content-Type header names application/json, whatever its parameters
    (`application/json; charset=utf-8` is JSON too)."""
    return content_type.partition(";")[0].strip().lower() == "application/json"


class _NotPosted:
    """A POST whose body is not application/json: it may create a document, never merge."""


NOT_JSON = _NotPosted()


def _posted_object(content: bytes, content_type: str) -> dict | _NotPosted:
    """The JSON object a POST merges, NOT_JSON for any other content type; a JSON body that
    is not an object is refused (StateRejected or JSONRejected) before anything is read."""
    if not is_json_media_type(content_type):
        return NOT_JSON
    posted = parse_json(content, max_depth=settings.XAPI_MAX_JSON_DEPTH, where="body")
    if not isinstance(posted, dict):
        raise StateRejected("body: POST merges a JSON object", field="body")
    return posted


def _document_replace(
    document: XAPIState | XAPIProfile,
    *,
    content: bytes,
    content_type: str,
    posted: dict | _NotPosted | None,
) -> None:
    """Store a PUT's content as sent (any Content-Type, kept with its parameters), or merge
    a POST's JSON object into the stored JSON object. A merge needs both to be
    application/json objects; otherwise it is a 400 and the document is left as it was
    (Communication 2.2, JSON Procedure with Requirements)."""
    if posted is not None:
        if posted is NOT_JSON or not is_json_media_type(document.content_type):
            raise StateRejected(
                "Content-Type: POST merges an application/json object into an "
                "application/json document only; PUT replaces a document of any type",
                field="Content-Type",
            )
        content = json.dumps({**_stored_object(document), **posted}).encode()
        content_type = document.content_type
    document.content = content
    document.content_type = content_type
    document.save()


def _stored_object(document: XAPIState | XAPIProfile) -> dict:
    try:
        stored = parse_json(
            bytes(document.content) or b"{}", max_depth=settings.XAPI_MAX_JSON_DEPTH
        )
    except JSONRejected:
        stored = None
    if not isinstance(stored, dict):
        raise StateRejected(
            "stateId: the stored document is not a JSON object, so a POST cannot merge into "
            "it; PUT replaces it",
            field="stateId",
        )
    return stored


def xapi_state_delete(
    *,
    learner: User | None,
    client: XAPIClient | None,
    agent_key: str,
    activity_id: str,
    registration: str | None,
    state_id: str | None,
) -> int:
    """Delete one of the caller's state documents, or all of them for the activity (and
    registration; None for every registration) when state_id is None; return how many
    were deleted (another's documents are never touched)."""
    documents = state_documents(
        learner=learner,
        client=client,
        agent_key=agent_key,
        activity_id=activity_id,
        registration=registration,
    )
    if state_id is not None:
        documents = documents.filter(state_id=state_id)
    deleted, _by_model = documents.delete()
    return deleted


# --- The Agent Profile and Activity Profile resources ----------------------------------


def xapi_profile_save(
    *,
    learner: User | None,
    client: XAPIClient | None,
    kind: str,
    subject: str,
    profile_id: str,
    content: bytes,
    content_type: str,
    merge: bool,
    if_match: str | None,
    if_none_match: str | None,
) -> XAPIProfile:
    """PUT replaces a profile document, POST merges a JSON object into it; both checked
    against If-Match / If-None-Match under a row lock (raises DocumentPrecondition), and a
    PUT over an existing document must send one of them (409)."""
    incoming = _posted_object(content, content_type) if merge else None
    with transaction.atomic():
        document = _locked_profile_checked(
            learner=learner,
            client=client,
            kind=kind,
            subject=subject,
            profile_id=profile_id,
            if_match=if_match,
            if_none_match=if_none_match,
            need_header=not merge,
        )
        if document is None:
            return XAPIProfile.objects.create(
                learner=learner,
                client=None if learner is not None else client,
                kind=kind,
                subject=subject,
                profile_id=profile_id,
                content=content,
                content_type=content_type,
            )
        _document_replace(document, content=content, content_type=content_type, posted=incoming)
    return document


def _locked_profile_checked(
    *,
    learner: User | None,
    client: XAPIClient | None,
    kind: str,
    subject: str,
    profile_id: str,
    if_match: str | None,
    if_none_match: str | None,
    need_header: bool,
) -> XAPIProfile | None:
    """The caller's profile document, locked for this transaction, once its If-Match /
    If-None-Match hold (raises DocumentPrecondition); None if there is none."""
    document = (
        profile_documents(learner=learner, client=client, kind=kind, subject=subject)
        .select_for_update()
        .filter(profile_id=profile_id)
        .first()
    )
    check_precondition(
        document_etag(document.content) if document else None,
        if_match=if_match,
        if_none_match=if_none_match,
        need_header=need_header,
    )
    return document


def xapi_profile_delete(
    *,
    learner: User | None,
    client: XAPIClient | None,
    kind: str,
    subject: str,
    profile_id: str,
    if_match: str | None,
    if_none_match: str | None,
) -> bool:
    """Delete one of the caller's profile documents, honouring If-Match; True if it was."""
    with transaction.atomic():
        document = _locked_profile_checked(
            learner=learner,
            client=client,
            kind=kind,
            subject=subject,
            profile_id=profile_id,
            if_match=if_match,
            if_none_match=if_none_match,
            need_header=False,
        )
        if document is None:
            return False
        document.delete()
    return True
