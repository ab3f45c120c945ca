"""Input `learning` refuses; the shape is `courses.exceptions.Rejected` (message, field,
errors, field_errors), so views show every rejection the same way."""

from __future__ import annotations

from courses.exceptions import AnswerRejected, Rejected

__all__ = [
    "AnswerRejected",
    "AssessmentRejected",
    "BriefingInputRejected",
    "EmployerCodeRejected",
    "EmployerReportRejected",
    "EvaluationRejected",
    "HeadcountImportRejected",
    "IndicatorImportRejected",
    "LearningRejected",
    "LessonNotComplete",
    "LicenceRejected",
    "PersonalDataRejected",
    "StatementRejected",
    "TrainingRejected",
]


class LearningRejected(Rejected):
    """Input about a learner's records was refused; nothing was recorded."""


class LessonNotComplete(LearningRejected):
    """A lesson cannot be marked complete yet; `errors` says what is still to do."""


class AssessmentRejected(LearningRejected):
    """A final-assessment post was refused (unanswered, tampered, replayed or not the
    learner's)."""


class BriefingInputRejected(LearningRejected):
    """Input about a briefing was refused; `field_errors` maps each field to its rule."""


class HeadcountImportRejected(LearningRejected):
    """A headcount file had errors; nothing was saved. `errors` lists them by line."""


class IndicatorImportRejected(LearningRejected):
    """A practice indicator file had errors; nothing was saved. `errors` lists them by
    line."""


class EmployerCodeRejected(LearningRejected):
    """An employer code or join link that cannot be used; `message` says why, plainly."""


class EmployerReportRejected(LearningRejected):
    """A private report link that is not valid (tampered, or revoked)."""


class StatementRejected(LearningRejected):
    """xAPI statements refused; `errors` names each field and the rule it broke."""


class PersonalDataRejected(LearningRejected):
    """A request to erase a person's data that cannot be carried out (already erased, or
    one's own account); `message` says why."""


class TrainingRejected(LearningRejected):
    """A booking, cancellation, approval or organiser action that cannot be carried out
    (full, closed, not eligible, already decided, a tampered link); `message` says why."""


class EvaluationRejected(LearningRejected):
    """An evaluation that cannot be taken or sent (not yet owed, already sent, or a
    manager's link that is not valid); `message` says why, plainly."""


class LicenceRejected(LearningRejected):
    """A licence grant, revocation or change that cannot be carried out (out of scope, no
    reason given, already held or revoked); `message` says why, `field` names the field."""
