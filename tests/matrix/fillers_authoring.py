"""How the matrix fills course authoring (issue 20): the course screen, reordering,
trying a draft course in preview,
submitting a course as one unit and duplicating it (whoever may edit the course:
trainers, managers, administrators; courses are shared content, like pages), and the
approver's queue and approving (whoever may publish: managers and administrators).
Registered in fillers.py; the world is world_authoring.py."""

from __future__ import annotations

from collections.abc import Callable

from tests.matrix.cases import Address, Case, Ref, roles_of_kind

EDITORS = roles_of_kind("trainer", "manager", "superuser")
APPROVERS = roles_of_kind("manager", "superuser")


def _case(key: str, method: str, allowed, *args, **kwargs) -> Case:
    return Case(
        key=key,
        method=method,
        address=Address(key, tuple(args)),
        allowed=frozenset(allowed),
        **kwargs,
    )


def _move_down(world) -> dict:
    return {"move": f"{world['authoring_lesson'].pk}:down"}


def _preview_answer(world) -> dict:
    lesson = world["authoring_lesson"].specific
    question = next(iter(lesson.knowledge_check_questions().values()))
    return {"question": question["id"], "option": [question["options"][0]["id"]]}


def authoring_fillers() -> dict[str, Callable[[], list[Case]]]:
    course = Ref("authoring_course")
    return {
        "courses_authoring:course": lambda: [
            _case("courses_authoring:course", "GET", EDITORS, course)
        ],
        "courses_authoring:reorder": lambda: [
            _case(
                "courses_authoring:reorder",
                "POST",
                EDITORS,
                course,
                data=_move_down,
                ok=frozenset({302}),
            )
        ],
        "courses_authoring:submit": lambda: [
            _case("courses_authoring:submit", "GET", EDITORS, course),
            _case(
                "courses_authoring:submit",
                "POST",
                EDITORS,
                course,
                data=lambda world: {"note": "Matrix submission"},
                target="authoring_course",
                ok=frozenset({302}),
            ),
        ],
        "courses_authoring:duplicate": lambda: [
            _case("courses_authoring:duplicate", "GET", EDITORS, course),
            _case(
                "courses_authoring:duplicate",
                "POST",
                EDITORS,
                course,
                data=lambda world: {"title": "Matrix copy"},
                ok=frozenset({302}),
            ),
        ],
        # Trying a draft course in preview records nothing; it is for those who may edit it.
        "course_preview:knowledge_check": lambda: [
            _case(
                "course_preview:knowledge_check",
                "POST",
                EDITORS,
                Ref("authoring_lesson"),
                data=_preview_answer,
                ok=frozenset({200}),
            )
        ],
        "course_preview:assessment": lambda: [
            _case("course_preview:assessment", "GET", EDITORS, course),
            _case(
                "course_preview:assessment",
                "POST",
                EDITORS,
                course,
                data=lambda world: {},
                ok=frozenset({200}),
            ),
        ],
        "courses_authoring:guide": lambda: [
            _case(
                "courses_authoring:guide",
                "GET",
                roles_of_kind("trainer", "lead", "manager", "superuser"),
            )
        ],
        "courses_authoring:approvals": lambda: [
            _case(
                "courses_authoring:approvals",
                "GET",
                APPROVERS,
                shows=(("submitted_course", None, lambda course: course.title),),
            )
        ],
        "courses_authoring:approve": lambda: [
            _case(
                "courses_authoring:approve",
                "POST",
                APPROVERS,
                Ref("authoring_submission"),
                data=lambda world: {"comment": ""},
                target="submitted_course",
                ok=frozenset({302}),
            )
        ],
    }
