"""What evaluation holds about a person, and how it forgets it (registered with the
`register_personal_data` hook in this feature's wagtail_hooks).

Kept on erasure, linked only to the anonymised account: ratings, yes/no and confidence
answers (the report's figures count them). Removed: every answer in the person's own
words (or their manager's), the line manager's email on the account and on follow-ups,
and the signed link's nonce (so a manager's link stops working).
"""

from __future__ import annotations

from typing import Any

from learning.evaluation.models import EvaluationFollowUp, EvaluationResponse
from learning.people.models import User


def evaluation_export(person: User) -> dict[str, Any]:
    return {
        "line_manager_email": person.line_manager_email or None,
        "responses": [
            {
                "training": str(r.attachment.target.title),
                "stage": r.get_stage_display(),
                "submitted_at": r.submitted_at,
                "answers": r.answers,
            }
            for r in EvaluationResponse.objects.filter(learner=person).select_related(
                "attachment__course", "attachment__event", "attachment__briefing"
            )
        ],
        "follow_ups": [
            {
                "training": str(f.attachment.target.title),
                "to": f.get_kind_display(),
                "manager_email": f.manager_email or None,
                "sent_at": f.sent_at,
                "reminded_at": f.reminded_at,
            }
            for f in EvaluationFollowUp.objects.filter(learner=person).select_related(
                "attachment__course", "attachment__event", "attachment__briefing"
            )
        ],
    }


def evaluation_erase(person: User, **_context) -> dict[str, int]:
    comments_removed = 0
    for response in EvaluationResponse.objects.filter(learner=person):
        kept = {
            k: v
            for k, v in response.answers.items()
            if not isinstance(v, str) or v in ("yes", "no")
        }
        if kept != response.answers:
            comments_removed += 1
            response.answers = kept
            response.save(update_fields=["answers"])
    follow_ups = (
        EvaluationFollowUp.objects.filter(learner=person)
        .exclude(manager_email="", nonce="")
        .update(manager_email="", nonce="")
    )
    # On the instance itself: the account's own erasure saves this same object later.
    had_manager = 1 if person.line_manager_email else 0
    person.line_manager_email = ""
    person.save(update_fields=["line_manager_email"])
    return {
        "evaluation_comments_removed": comments_removed,
        "follow_up_manager_emails_cleared": follow_ups,
        "line_manager_emails_cleared": had_manager,
    }
