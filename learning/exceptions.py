"""Exceptions `learning` raises for input it refuses; views turn them into clear messages."""

from __future__ import annotations


class LessonNotComplete(Exception):
    """A lesson cannot be marked complete yet; `reasons` says what is still to do."""

    def __init__(self, reasons: list[str]):
        self.reasons = reasons
        super().__init__("; ".join(reasons))


class AnswerRejected(Exception):
    """A posted answer cannot be accepted; nothing was recorded.

    `field` names the form field at fault and `message` the rule it broke, so a view can
    show a GOV.UK error summary (or a 400) that says exactly what was wrong.
    """

    def __init__(self, message: str, *, field: str = ""):
        self.message = message
        self.field = field
        super().__init__(message)


class AssessmentRejected(AnswerRejected):
    """A final-assessment post was refused (tampered, replayed or not the learner's)."""
