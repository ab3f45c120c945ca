"""How the matrix fills training's addresses (issue 13): the public session pages and
the learner's own booking actions, the line manager's signed link, the organisers' admin
pages, and the session and charge-policy snippets. Registered in fillers.py."""

from __future__ import annotations

from collections.abc import Callable

from tests.matrix.cases import (
    EVERYONE,
    SIGNED_IN,
    Address,
    Case,
    PageAddress,
    Ref,
    in_scope,
    roles_of_kind,
)

MANAGERS_AND_ADMINS = ("manager", "superuser")
#: Who runs a partnership's sessions (learning.training.policy): close booking, move people.
SESSION_RUNNERS = ("trainer", "manager", "superuser")
ADMIN_KINDS = ("trainer", "lead", "manager", "superuser")
#: Who may open the organisers' pages: the runners, and leads (their own agency's people).
ORGANISERS = ADMIN_KINDS


def training_model_specs(snippet, all_actions) -> tuple:
    """The rows for MODEL_SPECS (fillers.py passes its own `_snippet` and `_all`)."""
    return (
        snippet(
            "learning.TrainingSession",
            objects=(("session_A", "training_A"), ("session_B", "training_B")),
            # Trainers organise their partnership's sessions; only managers delete one.
            grants=all_actions(*SESSION_RUNNERS)
            | {"delete": MANAGERS_AND_ADMINS, "choose": ADMIN_KINDS},
            text=str,
            # Bookings PROTECT their session: a booked session is cancelled, never deleted.
            deletable=False,
        ),
        snippet(
            "learning.ChargePolicy",
            objects=(("charge_policy_A", "partnership_A"), ("charge_policy_B", "partnership_B")),
            grants=all_actions(*MANAGERS_AND_ADMINS) | {"choose": ADMIN_KINDS},
            text=lambda policy: policy.partnership.name,
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


def _page(key: str, page: str) -> Case:
    return Case(key=key, method="GET", address=PageAddress(page), allowed=EVERYONE, public=True)


def _session_shows() -> tuple:
    return (
        ("session_A", "training_A", str),
        ("session_B", "training_B", str),
    )


def training_fillers() -> dict[str, Callable[[], list[Case]]]:
    organisers = roles_of_kind(*ORGANISERS)
    return {
        "page:learning.TrainingIndexPage": lambda: [
            _page("page:learning.TrainingIndexPage", "training_index")
        ],
        "page:learning.TrainingEventPage": lambda: [
            _page("page:learning.TrainingEventPage", "training_event_A")
        ],
        "learning_training:session": lambda: [
            _case("learning_training:session", "GET", EVERYONE, Ref(f"session_{side}"), public=True)
            for side in ("A", "B")
        ],
        "learning_training:book": lambda: [
            _case(
                "learning_training:book",
                "POST",
                SIGNED_IN,
                Ref("session_A"),
                ok=frozenset({302, 400}),
                public=True,
                why="Any signed-in person may ask for a place; eligibility refusals are a "
                "400 with the reason (tests/training/test_booking.py).",
            )
        ],
        "learning_training:calendar": lambda: [
            _case(
                "learning_training:calendar",
                "GET",
                {"learner_A"},
                Ref("session_A"),
                why="Only people with a place: it carries the joining link.",
            )
        ],
        "learning_training:cancel": lambda: [
            _case("learning_training:cancel", "GET", {"learner_A"}, Ref("booking_A")),
            _case(
                "learning_training:cancel",
                "POST",
                {"learner_A"},
                Ref("booking_A"),
                target="booking_A",
                ok=frozenset({302}),
            ),
            _case(
                "learning_training:cancel",
                "POST",
                (),
                Ref("booking_B"),
                target="booking_B",
                why="Another person's booking is not found, whoever asks.",
            ),
        ],
        "learning_training:accept": lambda: [
            _case(
                "learning_training:accept",
                "POST",
                {"learner_A"},
                Ref("booking_A"),
                target="booking_A",
                why="Only the learner offered the place may take it up.",
            )
        ],
        "learning_training:approval": lambda: [
            _case(
                "learning_training:approval",
                "GET",
                EVERYONE,
                Ref("approval_token_A", ""),
                converters=("str",),
                public=True,
                why="The line manager's signed link: the token is the permission.",
            ),
            _case(
                "learning_training:approval",
                "POST",
                (),
                "forged-token",
                converters=("str",),
                target="booking_requested_A",
                refused=frozenset({400}),
                public=True,
            ),
        ],
        "training_admin:sessions": lambda: [
            _case("training_admin:sessions", "GET", organisers, shows=_session_shows())
        ],
        "training_admin:session_bookings": lambda: [
            *[
                _case(
                    "training_admin:session_bookings",
                    "GET",
                    in_scope(f"training_{side}", ORGANISERS),
                    Ref(f"session_{side}"),
                )
                for side in ("A", "B")
            ],
            _case(
                "training_admin:session_bookings",
                "POST",
                in_scope("training_A", SESSION_RUNNERS),
                Ref("session_A"),
                data=lambda world: {"action": "close"},
                target="session_A",
                why="Closing booking is for the owning partnership's trainers and managers; "
                "a lead of the partnership sees and books but is refused.",
            ),
        ],
    }
