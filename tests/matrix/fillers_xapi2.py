"""How the matrix fills issue 17's second part: an H5P activity's results page (per
placement, and learners it failed to load for), linked from the activities listing.
Registered in fillers.py. Readers are those of the course results (trainers, leads,
managers, administrators); each sees learners' results only in their scope
(learning.course_results.selectors, tested in tests/h5p/test_activity_admin_results.py)."""

from __future__ import annotations

from collections.abc import Callable

from tests.matrix.cases import Address, Case, Ref, roles_of_kind

RESULTS_READERS = ("trainer", "lead", "manager", "superuser")


def xapi2_fillers() -> dict[str, Callable[[], list[Case]]]:
    key = "learning_course_results:activity"
    return {
        key: lambda: [
            Case(
                key=key,
                method="GET",
                address=Address(key, (Ref("h5p_activity"),)),
                allowed=frozenset(roles_of_kind(*RESULTS_READERS)),
            )
        ],
    }
