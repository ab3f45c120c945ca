"""Questions as data, and the rules for marking and drawing them: written once, used by
knowledge checks, the final assessment and the public open course.

A question is plain data (`question_as_data`): its id, text, whether several options are
right, an explanation, a topic, and options each with a stable id, the text, whether it is
correct and its feedback. Learners' answers refer to option ids.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Iterable, Sequence
from typing import Any

from courses.exceptions import AnswerRejected


def question_as_data(value, *, question_id: str) -> dict[str, Any]:
    """A question's value as plain data: what services need to mark an answer.

    `value` is a question block's value, or a bank question's (`BankQuestion.as_value`):
    options come as a ListBlock's items or a StreamField's children, both carrying ids."""
    options = value["options"]
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
            for bound in getattr(options, "bound_blocks", options)
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


_SELECT_ALL = re.compile(r"\s*\(?\bselect all that apply\b\.?\)?\s*$", re.IGNORECASE)


def text_without_select_all(text: str) -> str:
    """A question's text without a trailing "Select all that apply.": pages say it once,
    as the question's hint."""
    return _SELECT_ALL.sub("", text or "")


_VERDICT = re.compile(r"^(no|yes|correct|not quite|right|wrong)\b[.!,:]?\s*", re.IGNORECASE)


def _said(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()


def answer_feedback(question: dict, chosen: set[str]) -> dict[str, Any]:
    """What to say after an answer, each thing once.

    The heading already says "Correct" or "Not quite", so a leading verdict word in an
    option's feedback is dropped; feedback shared by several chosen options is shown
    once; the right answer is named only when nothing said so far names it; and the
    explanation only when it adds something.
    """
    shown: list[str] = []

    def fresh(text: str) -> str:
        text = _VERDICT.sub("", (text or "").strip())
        if not text:
            return ""
        key = _said(text)
        if any(key in _said(earlier) for earlier in shown):
            return ""
        shown.append(text)
        return text

    options = [
        {"text": option["text"], "feedback": fresh(option["feedback"])}
        for option in question["options"]
        if option["id"] in chosen
    ]
    is_correct = answer_is_correct(question, chosen)
    right_answer = ""
    if not is_correct:
        right = [option["text"] for option in question["options"] if option["correct"]]
        already = " ".join(_said(text) for text in shown)
        if not all(re.search(rf"\b{re.escape(_said(r))}\b", already) for r in right):
            label = "The right answers" if question["multiple"] else "The right answer"
            right_answer = fresh(f"{label}: {'; '.join(right)}.")
    return {
        "is_correct": is_correct,
        "options": options,
        "right_answer": right_answer,
        "explanation": fresh(question.get("explanation", "")),
    }
