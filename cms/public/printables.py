"""The public section's printable A4 poster and pocket card, one per partnership, drawn
from its area contacts with a QR code to the section."""

from __future__ import annotations

import segno

from django.conf import settings
from django.template.loader import render_to_string

from cms.public.finder import area_contacts
from courses.pdfs.rendering import render_pdf


def qr_svg_data_uri(url: str) -> str:
    """A QR code for the section's address, as an SVG data URI WeasyPrint can draw."""
    return segno.make(url, error="m").svg_data_uri(scale=4, border=2)


def printable_pdf(
    *, kind: str, partnership, section_url: str, finder_url: str, action: list[dict]
) -> bytes:
    """The A4 poster or the pocket card for one partnership, from its area contacts, as a
    tagged PDF/UA-1 document in the project's font (nothing fetched from the network)."""
    if kind not in ("poster", "card"):
        raise ValueError(kind)
    contacts = list(area_contacts().filter(partnership=partnership))
    html = render_to_string(
        f"cms/public/print/{kind}.html",
        {
            "partnership": partnership,
            "contacts": contacts,
            "fallback": settings.PUBLIC_NATIONAL_FALLBACK,
            "section_url": section_url,
            "finder_url": finder_url,
            "qr": qr_svg_data_uri(section_url),
            "action": action,
        },
    )
    return render_pdf(html).content
