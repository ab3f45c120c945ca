"""How the matrix treats the question bank (issue 20): a snippet of content shared by
every course and partnership, like H5P activities. Registered in fillers.py; the world is
world_question_bank.py."""

from __future__ import annotations

AUTHORS = ("trainer", "manager", "superuser")
ADMIN_KINDS = ("trainer", "lead", "manager", "superuser")


def question_bank_model_specs(snippet) -> tuple:
    """The row for MODEL_SPECS (fillers.py passes its own `_snippet`)."""
    return (
        snippet(
            "courses.BankQuestion",
            objects=(("bank_question", None),),
            grants={"view": AUTHORS, "add": AUTHORS, "change": AUTHORS}
            | {"delete": ("superuser",), "choose": ADMIN_KINDS},
            text=lambda question: question.text,
            why="Content shared by every course and partnership, like H5P activities: "
            "trainers and managers write and reuse questions; learners' answers are "
            "scoped in the course results. Deleting one would drop it from courses that "
            "chose it, so only administrators may.",
        ),
    )
