"""What the xAPI records hold about a learner, and how they forget them (registered with
the `register_personal_data` hook in this feature's wagtail_hooks).

Statements carry the learner's name (and, from external tools, perhaps their email) and
whatever they typed into an activity, so on erasure they are deleted with their
forwarding rows, as are the activities' saved state documents. H5P results (a best
score and whether it passed) stay, linked only to the anonymised account.
"""

from __future__ import annotations

import base64
from typing import Any

from django.db.models import Q, QuerySet

from learning.people.models import User
from learning.xapi.models import H5PResult, XAPIState, XAPIStatement


def _statements(person: User) -> QuerySet[XAPIStatement]:
    return XAPIStatement.objects.filter(
        Q(learner=person) | Q(data__actor__mbox=f"mailto:{person.email}")
    )


def _states(person: User) -> QuerySet[XAPIState]:
    """Their own documents, and any a tool saved for the agent with their email."""
    return XAPIState.objects.filter(
        Q(learner=person) | Q(client__isnull=False, agent_key=f"mbox:mailto:{person.email}")
    )


def xapi_export(person: User) -> dict[str, Any]:
    return {
        "statements": [
            {"id": str(s.statement_id), "stored": s.stored, "statement": s.data}
            for s in _statements(person).order_by("stored")
        ],
        "h5p_results": [
            {
                "activity": r.activity.title,
                "best_scaled_score": r.best_scaled,
                "last_scaled_score": r.last_scaled,
                "passed": r.passed,
                "completed": r.completed,
                "attempts": r.attempts,
                "updated_at": r.updated_at,
            }
            for r in H5PResult.objects.filter(learner=person).select_related("activity")
        ],
        "activity_state": [
            {
                "activity_id": s.activity_id,
                "state_id": s.state_id,
                "content_type": s.content_type,
                "content_base64": base64.b64encode(bytes(s.content)).decode(),
                "updated": s.updated,
            }
            for s in _states(person)
        ],
    }


def xapi_erase(person: User, *, actor: User | None, reason: str) -> dict[str, int]:
    statements = _statements(person)
    count = statements.count()
    statements.delete()  # their forwarding rows go with them (CASCADE)
    return {"statements": count, "activity state documents": _states(person).delete()[0]}
