"""Reads for the xAPI endpoint: whose state documents a request may see."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from datetime import datetime

from django.db.models import Q, QuerySet

from learning.people.models import User
from learning.xapi.models import (
    H5PResult,
    XAPIAttachment,
    XAPIClient,
    XAPIProfile,
    XAPIState,
    XAPIStatement,
)
from learning.xapi.validation import agent_key, is_uuid


def state_owner(*, learner: User | None, client: XAPIClient | None, agent_key: str) -> dict:
    """The fields that say a state document is the caller's: the signed-in learner's own,
    or the tool's for the agent it names. Two tools naming one agent never share."""
    if learner is not None:
        return {"learner": learner}
    return {"client": client, "agent_key": agent_key}


def state_documents(
    *,
    learner: User | None,
    client: XAPIClient | None,
    agent_key: str,
    activity_id: str,
    registration: str | None,
) -> QuerySet[XAPIState]:
    """The caller's state documents for one activity and registration ("" for none,
    None for every registration); another learner's or tool's are not in it, so to the
    caller they do not exist."""
    documents = XAPIState.objects.filter(
        **state_owner(learner=learner, client=client, agent_key=agent_key),
        activity_id=activity_id,
    )
    return documents if registration is None else documents.filter(registration=registration)


# --- Statements: the GET filters (xAPI Communication 2.1.3) -----------------------------


def _agents_in(statement: dict, *, related: bool) -> list[dict]:
    """The Agents and Groups a statement is about: actor and object, and with `related`
    also authority, instructor, team and those of a SubStatement."""
    found = [statement.get("actor")]
    obj = statement.get("object") or {}
    if obj.get("objectType") in ("Agent", "Group"):
        found.append(obj)
    if related:
        found.append(statement.get("authority"))
        context = statement.get("context") or {}
        found += [context.get("instructor"), context.get("team")]
        if obj.get("objectType") == "SubStatement":
            found += _agents_in(obj, related=True)
    return [agent for agent in found if isinstance(agent, dict)]


def _activities_in(statement: dict, *, related: bool) -> list[str]:
    obj = statement.get("object") or {}
    found = []
    if obj.get("objectType", "Activity") == "Activity":
        found.append(obj.get("id"))
    if related:
        context = statement.get("context") or {}
        for items in (context.get("contextActivities") or {}).values():
            found += [item.get("id") for item in items if isinstance(item, dict)]
        if obj.get("objectType") == "SubStatement":
            found += _activities_in(obj, related=True)
    return found


def _verb_is(statement: dict, verb: str) -> bool:
    return (statement.get("verb") or {}).get("id") == verb


def _registration_is(statement: dict, registration: str) -> bool:
    context = statement.get("context")
    found = context.get("registration") if isinstance(context, dict) else None
    return isinstance(found, str) and found.lower() == registration


def statement_matches(
    statement: dict,
    *,
    agent: str = "",
    activity: str = "",
    related_agents: bool = False,
    related_activities: bool = False,
) -> bool:
    """Whether a stored statement passes the agent and activity filters (the database
    narrows first; this decides)."""
    if agent and agent not in {
        agent_key(found) for found in _agents_in(statement, related=related_agents)
    }:
        return False
    return not activity or activity in _activities_in(statement, related=related_activities)


def _conditions(
    *,
    agent: str,
    verb: str,
    activity: str,
    registration: str,
    related_agents: bool,
    related_activities: bool,
) -> list[Callable[[dict], bool]]:
    """The filters that are not about time or sequence, one test each: a statement that
    targets another by StatementRef meets each one its target meets."""
    conditions: list[Callable[[dict], bool]] = []
    if agent:
        conditions.append(
            lambda data: statement_matches(data, agent=agent, related_agents=related_agents)
        )
    if verb:
        conditions.append(lambda data: _verb_is(data, verb))
    if activity:
        conditions.append(
            lambda data: statement_matches(
                data, activity=activity, related_activities=related_activities
            )
        )
    if registration:
        conditions.append(lambda data: _registration_is(data, registration))
    return conditions


def _ref_target(statement: dict) -> str | None:
    obj = statement.get("object")
    if isinstance(obj, dict) and obj.get("objectType") == "StatementRef":
        return str(obj.get("id") or "").lower()
    return None


def _referenced(rows: QuerySet[XAPIStatement]) -> tuple[set[int], dict[str, dict]]:
    """The caller's statements whose object is a StatementRef (their row ids), and every
    statement those reach, directly or through other references, by lower-case id. Voided
    statements are reached too: a statement targeting a voided one is still returned
    (Communication 2.1.4). Two queries, none when the caller made no reference."""
    refs = rows.filter(data__object__objectType="StatementRef").values_list(
        "pk", "statement_id", "data"
    )
    ref_pks: set[int] = set()
    reached: dict[str, dict] = {}
    for pk, statement_id, data in refs:
        ref_pks.add(pk)
        reached[str(statement_id)] = data
    wanted = {_ref_target(data) for data in reached.values()} - set(reached)
    wanted.discard("")
    if wanted:
        for statement_id, data in rows.filter(
            statement_id__in=[target for target in wanted if is_uuid(target)]
        ).values_list("statement_id", "data"):
            reached[str(statement_id)] = data
    return ref_pks, reached


def _meets(statement: dict, condition: Callable[[dict], bool], reached: dict[str, dict]) -> bool:
    """Whether the statement, or the statement it targets (recursively), meets the
    condition: Communication 2.1.3, Filter Conditions for StatementRefs. A chain of
    references that loops back is followed once."""
    seen: set[str] = set()
    while True:
        if condition(statement):
            return True
        target = _ref_target(statement)
        if target is None or target in seen or target not in reached:
            return False
        seen.add(target)
        statement = reached[target]


def statements_page(
    rows: QuerySet[XAPIStatement],
    *,
    agent: str = "",
    verb: str = "",
    activity: str = "",
    registration: str = "",
    related_agents: bool = False,
    related_activities: bool = False,
    since: datetime | None = None,
    until: datetime | None = None,
    ascending: bool = False,
    after: int | None = None,
    limit: int,
) -> tuple[list[XAPIStatement], bool]:
    """One page of the caller's statements that are not voided, newest stored first
    (oldest with `ascending`), after the cursor `after` (a row id); and whether more
    follow.

    A statement whose object is a StatementRef meets each of the agent, verb, activity and
    registration filters that its target meets (recursively), even when the target is
    voided; time and sequence (since, until, the cursor) apply to the statement itself.
    """
    conditions = _conditions(
        agent=agent,
        verb=verb,
        activity=activity,
        registration=registration,
        related_agents=related_agents,
        related_activities=related_activities,
    )
    ref_pks, reached = _referenced(rows) if conditions else (set(), {})
    narrowed = Q()
    if verb:
        narrowed &= Q(verb=verb)
    if registration:
        narrowed &= Q(registration__iexact=registration)
    if activity and not related_activities:
        narrowed &= Q(object_id=activity)
    if agent and not related_agents:
        narrowed &= Q(actor_key=agent) | Q(object_id="")
    if ref_pks:
        narrowed |= Q(pk__in=ref_pks)
    rows = rows.filter(narrowed, voided=False)
    if since:
        rows = rows.filter(stored__gt=since)
    if until:
        rows = rows.filter(stored__lte=until)
    if after is not None:
        rows = rows.filter(pk__gt=after) if ascending else rows.filter(pk__lt=after)
    rows = rows.order_by("pk" if ascending else "-pk")
    page: list[XAPIStatement] = []
    # The database narrowed on the row's own columns; the conditions decide, row by row,
    # for related agents and activities and for statements reached through references.
    decide = bool(agent or activity or ref_pks)
    for row in rows.iterator(chunk_size=max(limit + 1, 100)):
        if decide and not all(_meets(row.data, test, reached) for test in conditions):
            continue
        if len(page) == limit:
            return page, True
        page.append(row)
    return page, False


def document_etag(content: bytes) -> str:
    """A document's ETag: the SHA-1 of its content, quoted (xAPI Communication 3.1)."""
    return '"' + hashlib.sha1(bytes(content), usedforsecurity=False).hexdigest() + '"'


def profile_documents(
    *, learner: User | None, client: XAPIClient | None, kind: str, subject: str
) -> QuerySet[XAPIProfile]:
    """The caller's own Agent or Activity Profile documents for one agent or activity."""
    owner = {"learner": learner} if learner is not None else {"client": client}
    return XAPIProfile.objects.filter(**owner, kind=kind, subject=subject)


def activity_merged(rows: QuerySet[XAPIStatement], activity_id: str) -> dict:
    """The Activity object for GET /activities: its definitions in the caller's statements
    merged, oldest first, so later ones win and language maps gather every language."""
    merged: dict = {}
    for data in rows.filter(object_id=activity_id).order_by("pk").values_list("data", flat=True):
        definition = (data.get("object") or {}).get("definition")
        if not isinstance(definition, dict):
            continue
        for key, value in definition.items():
            if isinstance(value, dict) and isinstance(merged.get(key), dict):
                merged[key] = {**merged[key], **value}
            else:
                merged[key] = value
    activity = {"objectType": "Activity", "id": activity_id}
    if merged:
        activity["definition"] = merged
    return activity


def person_for(rows: QuerySet[XAPIStatement], agent: dict) -> dict:
    """The Person object for GET /agents: every name and identifier the caller's statements
    give this agent (xAPI Communication 2.6)."""
    person: dict = {"objectType": "Person"}
    found = [agent]
    key = agent_key(agent)
    for data in rows.filter(actor_key=key).order_by("-pk").values_list("data", flat=True)[:100]:
        found.append(data.get("actor") or {})
    for item in found:
        for field in ("name", "mbox", "mbox_sha1sum", "openid", "account"):
            if field in item and item[field] not in person.setdefault(field, []):
                person[field].append(item[field])
    return person


def stored_attachments(statements: list[dict]) -> QuerySet[XAPIAttachment]:
    """The attachment contents these statements name (by sha2) that were sent to us."""
    wanted = {
        item["sha2"].lower()
        for statement in statements
        for item in statement.get("attachments") or []
        if isinstance(item, dict) and isinstance(item.get("sha2"), str)
    }
    return XAPIAttachment.objects.filter(sha2__in=wanted).order_by("sha2")


# --- A learner's own H5P results (lesson page and My learning) --------------------------


def learner_lesson_h5p_results(*, learner: User, lesson) -> dict[int, H5PResult]:
    """The learner's result for each activity the lesson places, by activity id (one
    query). A result recorded before results were kept per placement (no lesson) shows
    only where no result for this placement exists."""
    results: dict[int, H5PResult] = {}
    rows = H5PResult.objects.filter(learner=learner).filter(
        Q(lesson_id=lesson.pk) | Q(lesson__isnull=True)
    )
    for row in sorted(rows, key=lambda r: r.lesson_id is not None):
        results[row.activity_id] = row  # the placement's own result wins
    return results


def learner_h5p_results(*, learner: User) -> list[H5PResult]:
    """Every H5P result of the learner, with the activity and lesson they belong to, most
    recent first (one query)."""
    return list(
        H5PResult.objects.filter(learner=learner)
        .select_related("activity", "lesson")
        .order_by("-updated_at", "-pk")
    )
