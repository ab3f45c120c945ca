"""Exceptions `learning` raises for input it refuses; views turn them into clear messages."""

from __future__ import annotations


class LessonNotComplete(Exception):
    """A lesson cannot be marked complete yet; `reasons` says what is still to do."""

    def __init__(self, reasons: list[str]):
        self.reasons = reasons
        super().__init__("; ".join(reasons))
