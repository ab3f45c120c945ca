"""How the matrix fills the licences addresses (issue 14): the licensed resources (only
the holder of a licence in force), the register report and a licence's drill-down
(scoped like coverage: leads their agency, managers their partnership), and granting,
revoking and marking champions (managers in scope, administrators). Registered in
fillers.py; the world is world_licences.py."""

from __future__ import annotations

from collections.abc import Callable

from tests.matrix.cases import Address, Case, PageAddress, Ref, in_scope, roles_of_kind

SCOPED_KINDS = ("lead", "manager", "superuser")
MANAGERS_AND_ADMINS = ("manager", "superuser")
ADMIN_KINDS = ("trainer", "lead", "manager", "superuser")


def licences_model_specs(snippet, all_actions) -> tuple:
    """The rows for MODEL_SPECS (fillers.py passes its own `_snippet` and `_all`)."""
    return (
        snippet(
            "learning.LicenceType",
            objects=(("licence_type_A", "partnership_A"), ("licence_type_B", "partnership_B")),
            grants=all_actions(*MANAGERS_AND_ADMINS) | {"choose": ADMIN_KINDS},
            text=lambda licence_type: licence_type.name,
            # Licences PROTECT their type: a type with licences is never deleted.
            deletable=False,
        ),
    )


def _case(key: str, method: str, allowed, *args, **kwargs) -> Case:
    return Case(
        key=key,
        method=method,
        address=Address(key, tuple(args), converters=kwargs.pop("converters", ())),
        allowed=frozenset(allowed),
        **kwargs,
    )


def _holder_name(licence) -> str:
    return licence.person.get_full_name()


def licences_fillers() -> dict[str, Callable[[], list[Case]]]:
    resources = "learning_licences:resources"
    detail = "licences_admin:detail"
    revoke = "licences_admin:revoke"
    grant = "licences_admin:grant"
    return {
        "page:learning.LicensedResourcePage": lambda: [
            Case(
                key="page:learning.LicensedResourcePage",
                method="GET",
                address=PageAddress("licensed_page_A"),
                # The holder, and those who may edit pages (they preview and check it).
                allowed=frozenset({"learner_A"}) | roles_of_kind("trainer", "manager", "superuser"),
                public=True,
                why="Holders of A's licence and page editors (tests/licences/test_resources.py).",
            )
        ],
        resources: lambda: [
            _case(
                resources,
                "GET",
                {"learner_A"},
                Ref("licence_type_A", "slug"),
                converters=("slug",),
                # The licence's name and how to become licensed are shown to everyone.
                public=True,
                why="Only holders of a licence in force (tests/licences/test_resources.py).",
            ),
            _case(
                resources,
                "GET",
                set(),
                Ref("licence_type_B", "slug"),
                converters=("slug",),
                public=True,
                why="No role holds B's licence: everyone signed in gets the 403 explanation.",
            ),
        ],
        "licences_admin:register": lambda: [
            _case(
                "licences_admin:register",
                "GET",
                roles_of_kind(*SCOPED_KINDS),
                shows=(
                    ("licence_A", "agency_A1", _holder_name),
                    ("licence_B", "agency_B1", _holder_name),
                ),
            )
        ],
        detail: lambda: [
            *[
                _case(
                    detail,
                    "GET",
                    in_scope(f"agency_{agency}", SCOPED_KINDS),
                    Ref(f"licence_{side}"),
                )
                for side, agency in (("A", "A1"), ("B", "B1"))
            ],
            _case(
                detail,
                "POST",
                in_scope("agency_A1", MANAGERS_AND_ADMINS),
                Ref("licence_A"),
                data=lambda world: {"champion": "1"},
                target="licence_A",
                ok=frozenset({302}),
            ),
        ],
        revoke: lambda: [
            _case(revoke, "GET", in_scope("agency_A1", MANAGERS_AND_ADMINS), Ref("licence_A")),
            _case(
                revoke,
                "POST",
                in_scope("agency_A1", MANAGERS_AND_ADMINS),
                Ref("licence_A"),
                data=lambda world: {"reason": "Matrix revocation of the licence"},
                target="licence_A",
                ok=frozenset({302}),
            ),
        ],
        grant: lambda: [
            _case(grant, "GET", roles_of_kind(*MANAGERS_AND_ADMINS)),
            _case(
                grant,
                "POST",
                in_scope("partnership_A", MANAGERS_AND_ADMINS),
                data=lambda world: {
                    "email": world["learner_A2"].email,
                    "licence_type": world["licence_type_A"].pk,
                    "reason": "Matrix grant of a licence by hand",
                },
                ok=frozenset({302}),
                # Another partnership's manager is shown the form again: A's person is
                # not theirs to license (tests/licences/test_manual.py).
                refused=frozenset({400, 401, 403, 404}),
            ),
        ],
    }
