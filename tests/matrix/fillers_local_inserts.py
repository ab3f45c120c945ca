"""How the matrix fills the local arrangements addresses (issue 16, local inserts): a
partnership's assessment tool, threshold document and the like, kept by its managers
(scoped like area contacts) and administrators. Registered in fillers.py; the world is
world_local_inserts.py."""

from __future__ import annotations

MANAGERS_AND_ADMINS = ("manager", "superuser")
ADMIN_KINDS = ("trainer", "lead", "manager", "superuser")


def local_inserts_model_specs(snippet, all_actions) -> tuple:
    """The rows for MODEL_SPECS (fillers.py passes its own `_snippet` and `_all`)."""
    return (
        snippet(
            "cms.LocalArrangements",
            objects=(
                ("local_arrangements_A", "partnership_A"),
                ("local_arrangements_B", "partnership_B"),
            ),
            grants=all_actions(*MANAGERS_AND_ADMINS) | {"choose": ADMIN_KINDS},
            # "<partnership>: local arrangements", in the listing and the chooser alike.
            text=str,
            why="A partnership's own arrangements, kept by its managers like its area "
            "contacts (tests/local_inserts/test_admin.py).",
        ),
    )
