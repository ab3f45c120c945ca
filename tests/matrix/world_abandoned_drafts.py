"""Abandoned drafts in the matrix's world: a course partnership A's trainer started and
left, never published (for discarding it from the add screen's offer)."""

from __future__ import annotations

from tests.factories import CoursePageFactory


def build_abandoned_drafts_world(world) -> None:
    trainer = world["trainer_A"]
    draft = CoursePageFactory(
        parent=world["course_index"], title="Matrix abandoned draft", slug="matrix-abandoned"
    )
    draft.live = False
    draft.owner = trainer
    draft.save()
    draft.save_revision(user=trainer)
    world["abandoned_draft"] = draft
