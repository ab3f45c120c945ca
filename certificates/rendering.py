"""Turning a certificate into a PDF: a Django template rendered by WeasyPrint.

Everything the document needs (logo, QR code) is embedded as a data URI, and the shared
renderer's URL fetcher refuses anything else but the project's font, so rendering never
reaches out to the network or the file system because of what a learner typed into their
name. The renderer makes it a tagged PDF/UA-1 document in the project's own font.
"""

from __future__ import annotations

import base64
import mimetypes
from typing import TYPE_CHECKING, Any

import segno

from django.template.loader import render_to_string

from courses.pdfs.rendering import render_pdf

if TYPE_CHECKING:
    from certificates.models import Certificate

TEMPLATE = "certificates/certificate_pdf.html"


def qr_code_data_uri(url: str) -> str:
    """A QR code of the verification address, as vector SVG (crisp at any print size)."""
    return segno.make(url, error="m").svg_data_uri(scale=4, border=0, dark="#0b0c0c")


def _logo_data_uri(partnership) -> str | None:
    image = getattr(partnership, "logo", None)
    if image is None:
        return None
    try:
        with image.file.open("rb") as handle:
            data = handle.read()
    except (OSError, ValueError):
        return None
    mime = mimetypes.guess_type(image.file.name)[0] or "image/png"
    return f"data:{mime};base64,{base64.b64encode(data).decode('ascii')}"


def cpd_time(minutes: int) -> str:
    """CPD time as people write it: "1 hour 30 minutes", "45 minutes"."""
    hours, mins = divmod(minutes, 60)
    parts = []
    if hours:
        parts.append(f"{hours} hour{'s' if hours != 1 else ''}")
    if mins or not hours:
        parts.append(f"{mins} minute{'s' if mins != 1 else ''}")
    return " ".join(parts)


def certificate_context(certificate: Certificate) -> dict[str, Any]:
    url = certificate.get_verification_url()
    return {
        "certificate": certificate,
        "verification_url": url,
        "qr_code": qr_code_data_uri(url),
        "logo": _logo_data_uri(certificate.partnership),
        "cpd_hours": cpd_time(certificate.cpd_minutes),
    }


def certificate_html(certificate: Certificate) -> str:
    """The certificate as HTML; Django's autoescaping keeps names like `<b>` as text."""
    return render_to_string(TEMPLATE, certificate_context(certificate))


def pdf_from_html(html: str) -> bytes:
    return render_pdf(html).content


def certificate_pdf(certificate: Certificate) -> bytes:
    return pdf_from_html(certificate_html(certificate))
