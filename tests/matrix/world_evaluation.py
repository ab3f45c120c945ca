"""Evaluation in the matrix's world: a form not attached to anything (the snippet rows),
a form attached to the briefing (any signed-in reader may answer it) and to each side's
training event, each side's learner's response with a comment, and a line manager's
follow-up of A with its signed link."""

from __future__ import annotations

from django.utils import timezone

from learning.evaluation.models import (
    EvaluationAttachment,
    EvaluationFollowUp,
    EvaluationForm,
    EvaluationResponse,
    FollowUpKind,
    ResponseStage,
)
from learning.evaluation.tokens import manager_token

QUESTIONS = [
    {
        "type": "text",
        "id": "matrix-text",
        "value": {"question": "What will you do differently?", "hint": "", "required": False},
    }
]


def build_evaluation_world(world) -> None:
    world["evaluation_form"] = EvaluationForm.objects.create(
        title="Matrix evaluation form", questions=QUESTIONS
    )
    form = EvaluationForm.objects.create(
        title="Matrix attached evaluation", questions=QUESTIONS, manager_questions=QUESTIONS
    )
    world["evaluation_briefing"] = EvaluationAttachment.objects.create(
        form=form, briefing=world["briefing"], is_required=False, asks_before=False
    )
    for side, learner, marker in (("A", "learner_A", "Kestrel"), ("B", "learner_B", "Heron")):
        attachment = EvaluationAttachment.objects.create(
            form=form, event=world[f"training_event_{side}"]
        )
        world[f"evaluation_event_{side}"] = attachment
        person = world[learner]
        world[f"evaluation_response_{side}"] = EvaluationResponse.objects.create(
            attachment=attachment,
            learner=person,
            agency=person.agency,
            stage=ResponseStage.AFTER,
            answers={"matrix-text": f"{marker} comment on the workshop"},
        )
    follow_up = EvaluationFollowUp.objects.create(
        attachment=world["evaluation_event_A"],
        learner=world["learner_A"],
        kind=FollowUpKind.MANAGER,
        agency=world["learner_A"].agency,
        manager_email="line.manager@matrix.example",
        nonce="matrix",
        completed_at=timezone.now(),
        sent_at=timezone.now(),
    )
    world["evaluation_manager_token_A"] = manager_token(follow_up=follow_up)
