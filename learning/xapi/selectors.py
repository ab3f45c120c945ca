"""Reads for the xAPI endpoint: whose state documents a request may see."""

from __future__ import annotations

from django.db.models import QuerySet

from learning.people.models import User
from learning.xapi.models import XAPIClient, XAPIState


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
    registration: str,
) -> QuerySet[XAPIState]:
    """The caller's state documents for one activity (and registration); another
    learner's or tool's are not in it, so to the caller they do not exist."""
    return XAPIState.objects.filter(
        **state_owner(learner=learner, client=client, agent_key=agent_key),
        activity_id=activity_id,
        registration=registration,
    )
