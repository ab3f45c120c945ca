"""How the matrix fills the register and charges addresses (issue 13, part 2): the
registers list, a session's register and its sign-in sheet upload (trainers of the owning
partnership, its managers, administrators), and the charges report and waiver (managers
in scope, administrators). Registered in fillers.py; the world is
world_training_attendance.py."""

from __future__ import annotations

from collections.abc import Callable

from django.core.files.uploadedfile import SimpleUploadedFile

from tests.matrix.cases import Address, Case, Ref, in_scope, roles_of_kind

REGISTER_KINDS = ("trainer", "manager", "superuser")
MANAGERS_AND_ADMINS = ("manager", "superuser")


def _case(key: str, method: str, allowed, *args, **kwargs) -> Case:
    return Case(
        key=key,
        method=method,
        address=Address(key, tuple(args)),
        allowed=frozenset(allowed),
        **kwargs,
    )


def _register_takers(side: str) -> frozenset[str]:
    """Those who run the owning partnership's sessions (learning.training.policy): its
    trainers (the matrix's trainer is A's) and managers; administrators everywhere."""
    return in_scope(f"training_{side}", REGISTER_KINDS)


def _learner_name(booking) -> str:
    return booking.learner.get_full_name()


def _sheet(world) -> dict:
    email = world["register_booking_A"].learner.email
    text = f"email,attendance\n{email},attended\n"
    return {"sheet": SimpleUploadedFile("sheet.csv", text.encode(), content_type="text/csv")}


def training_attendance_fillers() -> dict[str, Callable[[], list[Case]]]:
    register = "learning_training_attendance:register"
    return {
        "learning_training_attendance:registers": lambda: [
            _case(
                "learning_training_attendance:registers",
                "GET",
                roles_of_kind(*REGISTER_KINDS),
                why="Each taker lists only their partnership's registers "
                "(tests/training/test_attendance.py).",
            )
        ],
        register: lambda: [
            *[
                _case(
                    register,
                    "GET",
                    _register_takers(side),
                    Ref(f"session_today_{side}"),
                    # Everyone served sees the people booked (trainers have no scope of
                    # their own in IN_SCOPE); the other side's marker is checked as ever.
                    shows=((f"register_booking_{side}", None, _learner_name),),
                )
                for side in ("A", "B")
            ],
            _case(
                register,
                "POST",
                _register_takers("A"),
                Ref("session_today_A"),
                data=lambda world: {
                    f"attendance-{world['register_booking_A'].pk}": "did_not_attend"
                },
                target="register_booking_A",
                ok=frozenset({302}),
            ),
        ],
        "learning_training_attendance:import": lambda: [
            _case(
                "learning_training_attendance:import",
                "POST",
                _register_takers("A"),
                Ref("session_today_A"),
                data=_sheet,
                target="register_booking_A",
                ok=frozenset({302}),
            )
        ],
        "training_charges:report": lambda: [
            _case(
                "training_charges:report",
                "GET",
                roles_of_kind(*MANAGERS_AND_ADMINS),
                shows=tuple(
                    (f"charged_booking_{side}", f"partnership_{side}", _learner_name)
                    for side in ("A", "B")
                ),
            )
        ],
        "training_charges:waive": lambda: [
            *[
                _case(
                    "training_charges:waive",
                    "GET",
                    in_scope(f"partnership_{side}", MANAGERS_AND_ADMINS),
                    Ref(f"charged_booking_{side}"),
                )
                for side in ("A", "B")
            ],
            _case(
                "training_charges:waive",
                "POST",
                in_scope("partnership_A", MANAGERS_AND_ADMINS),
                Ref("charged_booking_A"),
                data=lambda world: {"reason": "Matrix waiver"},
                ok=frozenset({302}),
                why="A refused waiver creates no ChargeWaiver: "
                "tests/training/test_charges.py::test_another_partnerships_manager_sees_only_"
                "their_own and ::test_learners_trainers_and_leads_cannot_see_charges.",
            ),
        ],
    }
