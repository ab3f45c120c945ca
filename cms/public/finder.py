"""Finding the right children's services for a postcode: normalising what was typed and
looking up the area contacts that cover it.

Nothing typed into the postcode form is logged or stored: the finder is a POST (so the
postcode is not in any URL, access log, browser history or Referer header), and these
functions keep it only in memory."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import QuerySet

from cms.exceptions import PostcodeRejected

# A full UK postcode (outward + inward code) or an outward code ("district") alone.
# Outward: A9, A99, AA9, AA99, A9A, AA9A. Inward: 9AA. See the ONS postcode directory
# user guide for the format.
_OUTWARD = r"[A-Z]{1,2}[0-9][A-Z0-9]?"
_INWARD = r"[0-9][A-Z]{2}"
FULL_POSTCODE_RE = re.compile(rf"^({_OUTWARD})({_INWARD})$")
DISTRICT_RE = re.compile(rf"^{_OUTWARD}$")
MAX_POSTCODE_LENGTH = 10


@dataclass(frozen=True)
class Postcode:
    """A normalised postcode: `district` is the outward code, `full` the whole postcode
    with one space (empty when only a district was given)."""

    district: str
    full: str = ""

    @property
    def display(self) -> str:
        return self.full or self.district


def postcode_normalise(raw: str) -> Postcode:
    """Turn what was typed into a postcode, whatever its case and spacing.

    'ws11tp', ' WS1  1TP ', 'ws1' are all accepted; anything else is rejected with a
    message saying what a postcode looks like.
    """
    text = (raw or "").strip()
    if not text:
        raise PostcodeRejected("Enter a postcode, like WS1 1TP, or the first part, like WS1")
    if len(text) > MAX_POSTCODE_LENGTH + 4:
        raise PostcodeRejected(
            "Postcode must be 8 characters or fewer, like WS1 1TP, or the first part, like WS1"
        )
    compact = re.sub(r"\s+", "", text).upper()
    match = FULL_POSTCODE_RE.match(compact)
    if match:
        return Postcode(district=match.group(1), full=f"{match.group(1)} {match.group(2)}")
    if DISTRICT_RE.match(compact):
        return Postcode(district=compact)
    raise PostcodeRejected(
        "Enter a real postcode, like WS1 1TP, or the first part, like WS1. Use only letters "
        "and numbers"
    )


def district_normalise(raw: str) -> str:
    """One postcode district as stored against an area contact (upper case, no spaces)."""
    compact = re.sub(r"\s+", "", raw or "").upper()
    if not DISTRICT_RE.match(compact):
        raise PostcodeRejected(
            f"'{raw.strip()}' is not a postcode district. A district is the first part of "
            "a postcode, like WS1 or B43"
        )
    return compact


def districts_parse(text: str) -> list[str]:
    """Districts typed in the admin, separated by commas, spaces or new lines."""
    seen: list[str] = []
    for token in re.split(r"[\s,;]+", text or ""):
        if not token:
            continue
        district = district_normalise(token)
        if district not in seen:
            seen.append(district)
    return seen


@dataclass
class LookupResult:
    """What the finder shows: the areas that cover the district, or the national
    fallback when none does."""

    postcode: Postcode
    contacts: list = field(default_factory=list)

    @property
    def is_fallback(self) -> bool:
        return not self.contacts

    @property
    def fallback(self) -> dict:
        return settings.PUBLIC_NATIONAL_FALLBACK


def area_contacts() -> QuerySet:
    # Cycle: the public pages route postcode look-ups to this module.
    from cms.public.models import AreaContact

    return AreaContact.objects.select_related("partnership").order_by(
        "partnership__name", "area_name"
    )


def contacts_for_postcode(*, postcode: Postcode) -> LookupResult:
    """Every area contact whose districts include the postcode's district.

    A district shared by two councils (e.g. SW19, Merton and Wandsworth) returns both,
    so the visitor can pick the council for the home they visited.
    """
    matches = [c for c in area_contacts() if postcode.district in c.district_list]
    return LookupResult(postcode=postcode, contacts=matches)


def areas_by_partnership() -> list[tuple]:
    """The list of areas, grouped by partnership, for people who do not know the postcode."""
    groups: dict = {}
    for contact in area_contacts():
        groups.setdefault(contact.partnership, []).append(contact)
    return list(groups.items())
