"""What 7-minute briefings hold about a learner, and how they forget them (registered with
the `register_personal_data` hook in this feature's wagtail_hooks).

Kept on erasure, linked only to the anonymised account: reads and team-meeting uses (with
their agency and date, which coverage figures and reports count). Deleted: private
reflections (free text), the digest subscription and the record of digests sent.
"""

from __future__ import annotations

from typing import Any

from learning.briefings.models import (
    BriefingDigestSend,
    BriefingDigestSubscription,
    BriefingRead,
    BriefingReflection,
    BriefingTeamUse,
)
from learning.people.models import User


def briefings_export(person: User) -> dict[str, Any]:
    subscription = (
        BriefingDigestSubscription.objects.filter(learner=person).prefetch_related("topics").first()
    )
    return {
        "reads": [
            {
                "briefing": r.briefing.title,
                "read_at": r.read_at,
                "agency": r.agency.name if r.agency else None,
            }
            for r in BriefingRead.objects.filter(learner=person).select_related(
                "briefing", "agency"
            )
        ],
        "reflections": [
            {
                "briefing": r.briefing.title,
                "question": r.question,
                "answer": r.answer,
                "updated_at": r.updated_at,
            }
            for r in BriefingReflection.objects.filter(learner=person).select_related("briefing")
        ],
        "team_uses": [
            {"briefing": u.briefing.title, "used_on": u.used_on, "colleagues": u.colleagues}
            for u in BriefingTeamUse.objects.filter(learner=person).select_related("briefing")
        ],
        "digest_subscription": (
            {
                "is_active": subscription.is_active,
                "topics": sorted(t.name for t in subscription.topics.all()),
                "created_at": subscription.created_at,
            }
            if subscription
            else None
        ),
        "digests_sent": [
            {"week": d.week, "sent_at": d.sent_at, "briefings": d.briefing_count}
            for d in BriefingDigestSend.objects.filter(learner=person).order_by("week")
        ],
    }


def briefings_erase(person: User, *, actor: User | None, reason: str) -> dict[str, int]:
    return {
        "reflections": BriefingReflection.objects.filter(learner=person).delete()[0],
        "digest subscriptions": BriefingDigestSubscription.objects.filter(learner=person).delete()[
            0
        ],
        "digests sent": BriefingDigestSend.objects.filter(learner=person).delete()[0],
    }
