"""How the matrix fills discarding an abandoned draft (issue 20, "work is never lost").
Registered in fillers.py; the world is world_abandoned_drafts.py.

Who started the draft may discard it (partnership A's trainer), and so may whoever
Wagtail lets delete it: editors of pages not yet live (trainers, managers) and
administrators. Pages are shared content, so a manager of another partnership is one of
them too; leads and learners edit no pages and are refused."""

from __future__ import annotations

from collections.abc import Callable

from tests.matrix.cases import Address, Case, Ref, roles_of_kind


def abandoned_drafts_fillers() -> dict[str, Callable[[], list[Case]]]:
    key = "courses_authoring:discard_draft"
    return {
        key: lambda: [
            Case(
                key=key,
                method="POST",
                address=Address(key, (Ref("abandoned_draft"),)),
                allowed=roles_of_kind("trainer", "manager", "superuser"),
                data=lambda world: {},
                target="abandoned_draft",
                effect="deleted",
                ok=frozenset({302}),
            )
        ]
    }
