"""How the matrix fills evaluation's addresses (issue 15): the learner's evaluation pages
and line manager's email, the line manager's signed link, the report and its comments
(leads and managers in scope, administrators), and the forms snippet (shared content,
like H5P activities). Registered in fillers.py; the world is world_evaluation.py."""

from __future__ import annotations

from collections.abc import Callable

from tests.matrix.cases import EVERYONE, SIGNED_IN, Address, Case, Ref, roles_of_kind

AUTHORS = ("trainer", "manager", "superuser")
ADMIN_KINDS = ("trainer", "lead", "manager", "superuser")
STAFF_WITH_SCOPE = ("lead", "manager", "superuser")


def evaluation_model_specs(snippet) -> tuple:
    """The row for MODEL_SPECS (fillers.py passes its own `_snippet`)."""
    return (
        snippet(
            "learning.EvaluationForm",
            objects=(("evaluation_form", None),),
            grants={"view": AUTHORS, "add": AUTHORS, "change": AUTHORS}
            | {"delete": ("manager", "superuser"), "choose": ADMIN_KINDS},
            text=lambda form: form.title,
            why="Content shared by every partnership, like courses and H5P activities: "
            "trainers and managers write the questions; answers are scoped in the report.",
        ),
    )


def _case(key: str, method: str, allowed, *args, **kwargs) -> Case:
    query = kwargs.pop("query", ())
    converters = kwargs.pop("converters", ())
    return Case(
        key=key,
        method=method,
        address=Address(key, tuple(args), query=query, converters=converters),
        allowed=frozenset(allowed),
        **kwargs,
    )


def _comment(response) -> str:
    return response.answers["matrix-text"]


def _comment_shows() -> tuple:
    return (
        ("evaluation_response_A", "agency_A1", _comment),
        ("evaluation_response_B", "agency_B1", _comment),
    )


def evaluation_fillers() -> dict[str, Callable[[], list[Case]]]:
    staff = roles_of_kind(*STAFF_WITH_SCOPE)
    return {
        "learning_evaluation:respond": lambda: [
            _case(
                "learning_evaluation:respond",
                "GET",
                SIGNED_IN,
                Ref("evaluation_briefing"),
                "after",
                converters=("int", "str"),
                why="A briefing's feedback is open to every signed-in reader.",
            ),
            _case(
                "learning_evaluation:respond",
                "GET",
                (),
                Ref("evaluation_event_B"),
                "after",
                converters=("int", "str"),
                why="Only a learner who attended may evaluate an event; no role here did.",
            ),
        ],
        "learning_evaluation:line_manager": lambda: [
            _case("learning_evaluation:line_manager", "GET", SIGNED_IN)
        ],
        "learning_evaluation:manager": lambda: [
            _case(
                "learning_evaluation:manager",
                "GET",
                EVERYONE,
                Ref("evaluation_manager_token_A", ""),
                converters=("str",),
                public=True,
                why="The line manager's signed link: the token is the permission.",
            ),
            _case(
                "learning_evaluation:manager",
                "POST",
                (),
                "forged-token",
                converters=("str",),
                refused=frozenset({400}),
                public=True,
            ),
        ],
        "learning_evaluation_admin:report": lambda: [
            _case("learning_evaluation_admin:report", "GET", staff),
            _case(
                "learning_evaluation_admin:report",
                "GET",
                staff,
                query=(("export", "csv"),),
            ),
        ],
        "learning_evaluation_admin:comments": lambda: [
            _case("learning_evaluation_admin:comments", "GET", staff, shows=_comment_shows()),
            _case(
                "learning_evaluation_admin:comments",
                "GET",
                staff,
                query=(("export", "csv"),),
                shows=_comment_shows(),
                must_show=False,
            ),
        ],
    }
