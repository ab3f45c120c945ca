"""The public section's rules: postcodes, finding the area's children's services, and the
printable poster and pocket card.

Nothing typed into the postcode form is logged or stored: the finder is a POST (so the
postcode is not in any URL, access log, browser history or Referer header), and these
functions keep it only in memory.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from django.db.models import QuerySet

from cms.seed_content.spot_the_signs import NATIONAL_FALLBACK

# A full UK postcode (outward + inward code) or an outward code ("district") alone.
# Outward: A9, A99, AA9, AA99, A9A, AA9A. Inward: 9AA. See the ONS postcode directory
# user guide for the format.
_OUTWARD = r"[A-Z]{1,2}[0-9][A-Z0-9]?"
_INWARD = r"[0-9][A-Z]{2}"
FULL_POSTCODE_RE = re.compile(rf"^({_OUTWARD})({_INWARD})$")
DISTRICT_RE = re.compile(rf"^{_OUTWARD}$")
MAX_POSTCODE_LENGTH = 10


class PostcodeRejected(Exception):
    """The text typed is not a postcode; `message` names the field and the rule."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


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
        return NATIONAL_FALLBACK


def area_contacts() -> QuerySet:
    from cms.public_models import AreaContact

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


# --- Printable resources -----------------------------------------------------------


def qr_svg_data_uri(url: str) -> str:
    """A QR code for the section's address, as an SVG data URI WeasyPrint can draw."""
    import segno

    return segno.make(url, error="m").svg_data_uri(scale=4, border=2)


def printable_pdf(
    *, kind: str, partnership, section_url: str, finder_url: str, action: list[dict]
) -> bytes:
    """The A4 poster or the pocket card for one partnership, from its area contacts."""
    from weasyprint import HTML

    from django.template.loader import render_to_string

    if kind not in ("poster", "card"):
        raise ValueError(kind)
    contacts = list(area_contacts().filter(partnership=partnership))
    html = render_to_string(
        f"cms/public/print/{kind}.html",
        {
            "partnership": partnership,
            "contacts": contacts,
            "fallback": NATIONAL_FALLBACK,
            "section_url": section_url,
            "finder_url": finder_url,
            "qr": qr_svg_data_uri(section_url),
            "action": action,
        },
    )
    return HTML(string=html, base_url=section_url).write_pdf()
