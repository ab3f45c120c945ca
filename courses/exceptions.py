"""Input `courses` refuses, and the one shape every app's rejections share.

`Rejected` lives here, in the lowest app, so `learning`, `certificates` and `cms` each
subclass it in their own `exceptions.py` and every view handles rejections the same way:
`message` (plain English: what was wrong), `field` (the form field at fault, or ""),
`errors` (every problem, for input with several: lines of a CSV, reasons a package
failed) and `field_errors` (field -> message, for a form with several fields at fault).
Views turn them into the GOV.UK error summary or a 400 that names the field and the rule.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence


class Rejected(Exception):
    """Input refused; nothing was recorded."""

    def __init__(
        self,
        message: str = "",
        *,
        field: str = "",
        errors: Sequence[str] = (),
        field_errors: Mapping[str, str] | None = None,
    ) -> None:
        self.field_errors = dict(field_errors or ({field: message} if field and message else {}))
        self.errors = list(errors) or list(self.field_errors.values()) or [message]
        self.message = message or "; ".join(self.errors)
        self.field = field or next(iter(self.field_errors), "")
        super().__init__(self.message)


class ContentRejected(Rejected):
    """Input about course content was refused."""


class AnswerRejected(ContentRejected):
    """A posted answer cannot be accepted (no option chosen, an option not in the question,
    several options for a single-answer question); nothing was recorded."""


class PackageRejected(ContentRejected):
    """An uploaded H5P package was refused; `errors` lists every problem found."""


class LaunchRejected(ContentRejected):
    """An H5P launch token was refused: tampered, expired, or for another activity."""
