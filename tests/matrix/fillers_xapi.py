"""How the matrix fills the xAPI resources added for issue 17: Agents, Activities and the
two profile resources. Each answers any signed-in person about their own statements and
documents (a tool's credentials are tested in tests/h5p). Registered in fillers.py."""

from __future__ import annotations

import json
from collections.abc import Callable

from tests.matrix.cases import SIGNED_IN, Address, Case

XAPI = {"HTTP_X_EXPERIENCE_API_VERSION": "1.0.3"}
ACTIVITY = "https://example.org/matrix"
AGENT = json.dumps({"mbox": "mailto:matrix@example.org"})


def _own(key: str, name: str, value: str, why: str) -> Callable[[], list[Case]]:
    return lambda: [
        Case(
            key=key,
            method="GET",
            address=Address(key, (), query=((name, value),)),
            allowed=frozenset(SIGNED_IN),
            headers=XAPI,
            why=why,
        )
    ]


def xapi_fillers() -> dict[str, Callable[[], list[Case]]]:
    return {
        "xapi:agents": _own(
            "xapi:agents", "agent", AGENT, "The Person as the caller's own statements show it."
        ),
        "xapi:activities": _own(
            "xapi:activities",
            "activityId",
            ACTIVITY,
            "The Activity as the caller's own statements define it.",
        ),
        "xapi:agent_profile": _own(
            "xapi:agent_profile", "agent", AGENT, "The signed-in person's own profile documents."
        ),
        "xapi:activity_profile": _own(
            "xapi:activity_profile",
            "activityId",
            ACTIVITY,
            "The signed-in person's own profile documents.",
        ),
    }
