"""What a local insert shows, asked of the apps above `courses` through a hook.

A hook registered as `local_insert` takes `kind` (one of `KINDS`) and `request` (or None)
and returns a `LocalInsert` for the partnership it settles on, or None when it cannot
tell whose version to show. `cms.local_inserts` answers it (learner's partnership, else
the site's).
"""

from __future__ import annotations

from dataclasses import dataclass

from django.http import HttpRequest

from wagtail import hooks

ASSESSMENT_TOOL = "assessment_tool"
THRESHOLD_DOCUMENT = "threshold_document"
ESCALATION_POLICY = "escalation_policy"
TRAINING_BOOKING = "training_booking"
FRONT_DOOR = "front_door"

#: Each kind of insert and what it is called in a sentence ("your partnership's ...").
KINDS: dict[str, str] = {
    ASSESSMENT_TOOL: "assessment tool",
    THRESHOLD_DOCUMENT: "threshold document",
    ESCALATION_POLICY: "escalation policy",
    TRAINING_BOOKING: "training booking page",
    FRONT_DOOR: "front-door numbers",
}


@dataclass(frozen=True)
class LocalItem:
    """One thing to show: a tool, a document, a page, or an area's front door with its
    numbers (`lines`, as label and value pairs)."""

    title: str
    description: str = ""
    url: str = ""
    lines: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class LocalInsert:
    """A partnership's version of one kind of thing; no `items` means it has not said
    yet, and the reader is told where to ask instead (never an empty box)."""

    kind: str
    partnership_name: str
    items: tuple[LocalItem, ...] = ()
    website: str = ""

    @property
    def label(self) -> str:
        return KINDS.get(self.kind, "local arrangements")


def local_insert_for(*, kind: str, request: HttpRequest | None) -> LocalInsert | None:
    """The first answer of a `local_insert` hook, or None when no app can say whose
    version to show (the block then shows its general advice)."""
    for hook in hooks.get_hooks("local_insert"):
        found = hook(kind=kind, request=request)
        if found is not None:
            return found
    return None
