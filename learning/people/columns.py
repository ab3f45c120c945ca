"""Columns other features add to the agency people page, through a Wagtail hook.

`people` sits below the features that know more about a person (licences, say), so it
cannot import them; they register a column instead:

    @hooks.register("register_agency_people_column")
    def licences_column():
        return PeopleColumn(order=10, heading="Licences", values=licences_by_person)

`values` takes the people on the page and returns, for each id, the cell's text; it is
called once per page, so it reads them all in one query.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from wagtail import hooks

from learning.people.models import User


@dataclass(frozen=True)
class PeopleColumn:
    order: int
    heading: str
    values: Callable[[Sequence[User]], dict[int, str]]


@dataclass(frozen=True)
class PeopleRows:
    """The extra headings, and each person with their extra cells (in heading order)."""

    headings: list[str]
    rows: list[tuple[User, list[str]]]


def agency_people_columns(people: Sequence[User]) -> PeopleRows:
    """Every registered column, in order, filled for these people."""
    columns = sorted(
        (hook() for hook in hooks.get_hooks("register_agency_people_column")),
        key=lambda column: column.order,
    )
    filled = [column.values(people) for column in columns]
    return PeopleRows(
        headings=[column.heading for column in columns],
        rows=[(person, [cells.get(person.pk, "") for cells in filled]) for person in people],
    )
