"""The hook through which every feature contributes a person's data to an export and
forgets it on erasure.

    @hooks.register("register_personal_data")
    def certificates_personal_data() -> PersonalDataProvider:
        return PersonalDataProvider(
            name="certificates", export=certificates_export, erase=certificates_erase
        )

`export(person)` returns plain data (JSON-serialisable with Django's encoder). `erase(person,
actor=..., reason=...)` deletes or anonymises what the feature holds, per the retention
policy, inside the caller's transaction, and returns a count of what it did per kind of
record (never the data itself).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from wagtail import hooks

from learning.people.models import User

PERSONAL_DATA_HOOK = "register_personal_data"

#: Erase in this order: features first, then the audit log (which needs the person's
#: name and email to scrub them), the account itself last.
ERASE_LAST = 1000


@dataclass(frozen=True)
class PersonalDataProvider:
    """What one feature holds about a person, and how it forgets it."""

    name: str
    export: Callable[[User], Any]
    erase: Callable[..., dict[str, int]]
    order: int = 100


def personal_data_providers() -> list[PersonalDataProvider]:
    """Every registered provider, in erasure order."""
    providers = [hook() for hook in hooks.get_hooks(PERSONAL_DATA_HOOK)]
    names = [provider.name for provider in providers]
    duplicated = {name for name in names if names.count(name) > 1}
    if duplicated:
        raise RuntimeError(f"Personal-data providers registered twice: {sorted(duplicated)}")
    return sorted(providers, key=lambda provider: (provider.order, provider.name))
