"""Questions as data, and the rules for marking and drawing them: written once, used by
knowledge checks, the final assessment and the public open course.

A question is plain data (`question_as_data`): its id, text, whether several options are
right, an explanation, a topic, and options each with a stable id, the text, whether it is
correct and its feedback. Learners' answers refer to option ids.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterable, Sequence
from typing import Any

from courses.exceptions import AnswerRejected


def question_as_data(value, *, question_id: str) -> dict[str, Any]:
    """A question block's value as plain data: what services need to mark an answer."""
    return {
        "id": question_id,
        "text": value["text"],
        "multiple": bool(value["multiple"]),
        "explanation": value["explanation"],
        "topic": value.get("topic", ""),
        "options": [
            {
                "id": bound.id,
                "text": bound.value["text"],
                "correct": bool(bound.value["correct"]),
                "feedback": bound.value["feedback"],
            }
            for bound in value["options"].bound_blocks
        ],
    }


def options_chosen(question: dict, option_ids: Iterable[str], *, field: str) -> set[str]:
    """The options chosen, checked against the question: at least one, all of them its
    own, and only one for a single-answer question. Raises AnswerRejected otherwise."""
    chosen = {str(option_id) for option_id in option_ids if option_id}
    if not chosen:
        rule = "Select every answer that applies" if question["multiple"] else "Select an answer"
        raise AnswerRejected(f"{rule} to '{question['text']}'.", field=field)
    known = {option["id"] for option in question["options"]}
    if not chosen <= known:
        raise AnswerRejected(
            f"An answer given to '{question['text']}' is not one of its options.", field=field
        )
    if len(chosen) > 1 and not question["multiple"]:
        raise AnswerRejected(f"Select only one answer to '{question['text']}'.", field=field)
    return chosen


def answer_is_correct(question: dict, chosen: set[str]) -> bool:
    """Right only when exactly the correct options are chosen (all of them, no others)."""
    return chosen == {option["id"] for option in question["options"] if option["correct"]}


def questions_draw(bank: Sequence, count: int) -> list:
    """`count` questions (or the whole bank if smaller) drawn at random, without repeats,
    from an unpredictable source so an attempt cannot be foreseen."""
    return secrets.SystemRandom().sample(list(bank), min(count or len(bank), len(bank)))
