"""Reads for the xAPI endpoint: whose state documents a request may see."""

from __future__ import annotations

import hashlib
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
from learning.xapi.validation import agent_key


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
    follow."""
    rows = rows.filter(voided=False)
    if verb:
        rows = rows.filter(verb=verb)
    if registration:
        rows = rows.filter(registration=registration)
    if since:
        rows = rows.filter(stored__gt=since)
    if until:
        rows = rows.filter(stored__lte=until)
    if activity and not related_activities:
        rows = rows.filter(object_id=activity)
    if agent and not related_agents:
        rows = rows.filter(Q(actor_key=agent) | Q(object_id=""))
    if after is not None:
        rows = rows.filter(pk__gt=after) if ascending else rows.filter(pk__lt=after)
    rows = rows.order_by("pk" if ascending else "-pk")
    page: list[XAPIStatement] = []
    filtering = bool(agent or activity)
    for row in rows.iterator(chunk_size=max(limit + 1, 100)):
        if filtering and not statement_matches(
            row.data,
            agent=agent,
            activity=activity,
            related_agents=related_agents,
            related_activities=related_activities,
        ):
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
