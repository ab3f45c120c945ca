"""What one matrix row is: a request (method, address, body) with the roles that must be
served; every other role must be refused. Addresses name the world's objects
symbolically (`Ref("agency_A1")`), so cases are listed at collection time, before the
world exists, and read well as test ids: `/admin/snippets/learning/agency/edit/<agency_A1>/`.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from django.urls import reverse

from tests.matrix.world import ROLE_KIND, ROLES, World

#: Whose records each owner's are: the roles whose scope includes them (`scope_for`).
#: An agency lead's scope is their agency; for things a partnership owns (KPIs, employers,
#: area contacts) it is their partnership's, as `Scope.filter_partnership` says.
IN_SCOPE: dict[str, frozenset[str]] = {
    "agency_A1": frozenset({"lead_A", "manager_A", "superuser"}),
    "agency_A2": frozenset({"manager_A", "superuser"}),
    "agency_B1": frozenset({"manager_B", "superuser"}),
    "partnership_A": frozenset({"lead_A", "manager_A", "superuser"}),
    "partnership_B": frozenset({"manager_B", "superuser"}),
    # A partnership's training sessions, as `learning.training.policy` decides who may
    # organise them: its trainers too (they run its events), though they see no records.
    "training_A": frozenset({"trainer_A", "lead_A", "manager_A", "superuser"}),
    "training_B": frozenset({"manager_B", "superuser"}),
    # Records of no agency (an audit event about platform settings, an administrator's
    # own account): platform administrators only.
    "platform": frozenset({"superuser"}),
}
SIGNED_IN = frozenset(ROLES) - {"anonymous"}
EVERYONE = frozenset(ROLES)
ADMIN_USERS = frozenset(r for r in ROLES if ROLE_KIND[r] in {"trainer", "lead", "manager"}) | {
    "superuser"
}


def roles_of_kind(*kinds: str) -> frozenset[str]:
    return frozenset(r for r in ROLES if ROLE_KIND[r] in kinds)


def in_scope(owner: str | None, kinds) -> frozenset[str]:
    """Roles of one of `kinds` whose scope includes `owner` (None: shared by everyone)."""
    holders = roles_of_kind(*kinds)
    if owner is None:
        return holders
    return holders & IN_SCOPE[owner]


@dataclass(frozen=True)
class Ref:
    """An object of the world, or one of its attributes (`Ref("attempt_A", "public_id")`)."""

    name: str
    attr: str = "pk"

    def resolve(self, world: World) -> Any:
        value = world[self.name]
        return getattr(value, self.attr) if self.attr else value


_SENTINEL_INT = 987_650
_SENTINEL_UUID = "00000000-0000-4000-8000-0000000000"


def _sentinel(i: int, arg: Any, converter: str) -> Any:
    if converter == "uuid":
        return uuid.UUID(f"{_SENTINEL_UUID}{i:02d}")
    if converter == "int":
        return _SENTINEL_INT + i
    return f"matrixref{i}"


@dataclass(frozen=True)
class Address:
    """reverse(name, args) with Refs among the args, plus a query string of Refs."""

    name: str
    args: tuple = ()
    query: tuple[tuple[str, Any], ...] = ()
    converters: tuple[str, ...] = ()

    def url(self, world: World) -> str:
        args = [a.resolve(world) if isinstance(a, Ref) else a for a in self.args]
        path = reverse(self.name, args=args)
        return path + self._query(lambda v: v.resolve(world) if isinstance(v, Ref) else v)

    def label(self) -> str:
        """The path with each Ref shown by name, e.g. /certificates/<certificate_A1>/revoke/."""
        sentinels, args = {}, []
        for i, arg in enumerate(self.args):
            if isinstance(arg, Ref):
                conv = self.converters[i] if i < len(self.converters) else "int"
                value = _sentinel(i, arg, conv)
                sentinels[str(value)] = f"<{arg.name}>"
                args.append(value)
            else:
                args.append(arg)
        path = reverse(self.name, args=args)
        for value, name in sentinels.items():
            path = path.replace(value, name)
        return path + self._query(lambda v: f"<{v.name}>" if isinstance(v, Ref) else v)

    def _query(self, show: Callable[[Any], Any]) -> str:
        if not self.query:
            return ""
        return "?" + "&".join(f"{k}={show(v)}" for k, v in self.query)


@dataclass(frozen=True)
class PathAddress:
    """A literal path, for a pattern `reverse` cannot spell (a catch-all regex)."""

    path: str

    def url(self, world: World) -> str:
        return self.path

    def label(self) -> str:
        return self.path


@dataclass(frozen=True)
class PageAddress:
    """A page of the world, or one of its routes: `page.url + reverse_subpage(route)`."""

    page: str
    route: str = ""
    args: tuple = ()

    def url(self, world: World) -> str:
        page = world[self.page]
        if not self.route:
            return page.url
        args = [a.resolve(world) if isinstance(a, Ref) else a for a in self.args]
        return page.url + page.reverse_subpage(self.route, args=args)

    def label(self) -> str:
        tail = "/".join(f"<{a.name}>" if isinstance(a, Ref) else str(a) for a in self.args)
        route = f"{self.route}/" if self.route else ""
        return f"<{self.page}>/{route}{tail + '/' if tail else ''}"


@dataclass(frozen=True)
class Case:
    """One request and who must be served.

    `allowed` roles must get a success (`ok` statuses, and a redirect that is not to a
    sign-in page or Wagtail's "permission denied" dashboard); every other role must be
    refused (`refused` statuses, or a redirect to sign in or to that dashboard).

    `target` names an object that a refused request must leave unchanged (and an allowed
    bulk delete must remove). `shows` lists (object, owner, text): a served page shows the
    text of objects in the role's scope and never of the others'. `public` pages may show
    any partnership's public records (the other-partnership marker is not checked).
    `redirects_to` (a URL name and query) is the one redirect an allowed role must get,
    even to a sign-in page; `content_type` is what every response must be, served or not.
    """

    key: str
    method: str
    address: Address | PageAddress | PathAddress
    allowed: frozenset[str]
    data: Callable[[World], dict] | None = None
    target: str | None = None
    shows: tuple[tuple[str, str | None, Callable[[Any], str]], ...] = ()
    must_show: bool = True
    public: bool = False
    ok: frozenset[int] = frozenset({200, 302})
    refused: frozenset[int] = frozenset({401, 403, 404})
    effect: str = ""  # "deleted": allowed roles must remove `target`
    roles: tuple[str, ...] = ROLES
    headers: dict = field(default_factory=dict)
    content_type: str | None = None
    redirects_to: tuple[str, str] | None = None
    why: str = ""

    def label(self) -> str:
        return self.address.label()
