"""The question bank in the matrix's world: one shared bank question (the snippet rows)."""

from __future__ import annotations

from courses.catalogue.models import BankQuestion

OPTIONS = [
    ("option", {"text": "Yes", "correct": True, "feedback": ""}),
    ("option", {"text": "No", "correct": False, "feedback": ""}),
]


def build_question_bank_world(world) -> None:
    world["bank_question"] = BankQuestion.objects.create(
        text="Matrix bank question: is neglect a form of abuse?", options=OPTIONS
    )
