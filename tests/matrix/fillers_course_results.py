"""How the matrix fills the trainers' reports (course results, knowledge gaps), the
practice indicators (import page and snippets) and the Section 11 return. Registered in
fillers.py; the world is world_course_results.py.

Course results and knowledge gaps serve trainers, leads, managers and administrators;
each sees learners' results only in their scope (learning.course_results.selectors): a
trainer their partnership's (the owner "training_A" has exactly the roles that see
learner_A: the trainer, lead and manager of A). The indicators import and the Section 11
return are scoped as coverage (leads, managers, administrators)."""

from __future__ import annotations

from collections.abc import Callable

from tests.matrix.cases import Address, Case, Ref, in_scope, roles_of_kind

MANAGERS_AND_ADMINS = ("manager", "superuser")
STAFF_WITH_SCOPE = ("lead", "manager", "superuser")
ADMIN_KINDS = ("trainer", "lead", "manager", "superuser")
RESULTS_READERS = ("trainer", "lead", "manager", "superuser")


def course_results_model_specs(snippet, all_actions) -> tuple:
    """The rows for MODEL_SPECS (fillers.py passes its own `_snippet` and `_all`)."""
    return (
        snippet(
            "learning.PracticeIndicator",
            objects=(("indicator_A", "partnership_A"), ("indicator_B", "partnership_B")),
            grants=all_actions(*MANAGERS_AND_ADMINS) | {"choose": ADMIN_KINDS},
            text=lambda indicator: indicator.name,
        ),
        snippet(
            "learning.IndicatorReturn",
            objects=(
                ("indicator_return_A1", "agency_A1"),
                ("indicator_return_A2", "agency_A2"),
                ("indicator_return_B1", "agency_B1"),
            ),
            # Leads return their own agency's figures, as they record its headcounts.
            grants={"view": STAFF_WITH_SCOPE, "add": STAFF_WITH_SCOPE}
            | {"change": MANAGERS_AND_ADMINS, "delete": MANAGERS_AND_ADMINS}
            | {"choose": ADMIN_KINDS},
        ),
    )


def _get(key: str, allowed, *args, query: tuple = (), **kwargs) -> Case:
    return Case(
        key=key,
        method="GET",
        address=Address(key, tuple(args), query=query),
        allowed=frozenset(allowed),
        **kwargs,
    )


def _full_name(user) -> str:
    return user.get_full_name()


def _agency_name(agency) -> str:
    return agency.name


#: Learners whose results a page shows, by who may see them.
LEARNER_SHOWS = (
    ("learner_A", "training_A", _full_name),
    ("learner_B", "training_B", _full_name),
)
#: Agencies whose knowledge gaps a page shows (learner_A's and learner_B's agencies).
GAP_SHOWS = (
    ("agency_A1", "training_A", _agency_name),
    ("agency_B1", "training_B", _agency_name),
)


def course_results_fillers() -> dict[str, Callable[[], list[Case]]]:
    readers = roles_of_kind(*RESULTS_READERS)
    return {
        "learning_course_results:index": lambda: [
            _get("learning_course_results:index", readers),
            _get("learning_course_results:index", readers, query=(("export", "csv"),)),
        ],
        "learning_course_results:course": lambda: [
            _get("learning_course_results:course", readers, Ref("course"), shows=LEARNER_SHOWS),
            _get(
                "learning_course_results:course",
                readers,
                Ref("course"),
                query=(("export", "csv"),),
                shows=LEARNER_SHOWS,
            ),
        ],
        "learning_knowledge_gaps:index": lambda: [
            _get("learning_knowledge_gaps:index", readers, shows=GAP_SHOWS),
            _get(
                "learning_knowledge_gaps:index",
                readers,
                query=(("export", "csv"),),
                shows=GAP_SHOWS,
            ),
        ],
        "learning_indicators:import": lambda: [
            _get(
                "learning_indicators:import",
                roles_of_kind(*STAFF_WITH_SCOPE),
                shows=(
                    ("indicator_A", "partnership_A", lambda i: i.name),
                    ("indicator_B", "partnership_B", lambda i: i.name),
                ),
                why="Posting a file is scoped by the agencies in it: "
                "tests/indicators/test_import.py::test_agency_out_of_scope_is_refused_by_line "
                "(a refusal quotes the file's own agency name, which this matrix's marker "
                "check would flag).",
            )
        ],
        "learning_coverage:section_11": lambda: [
            *[
                _get(
                    "learning_coverage:section_11",
                    in_scope(f"agency_{key}", STAFF_WITH_SCOPE),
                    query=(("agency", Ref(f"agency_{key}")), *export),
                    # An agency out of scope is not one of the form's choices: 400.
                    refused=frozenset({400, 401, 403, 404}),
                    shows=((f"agency_{key}", f"agency_{key}", _agency_name),),
                )
                for key in ("A1", "A2", "B1")
                for export in ((), (("export", "csv"),))
            ],
            _get("learning_coverage:section_11", roles_of_kind(*STAFF_WITH_SCOPE)),
        ],
    }
