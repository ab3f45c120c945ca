"""The one-page printable 7-minute briefing, rendered with WeasyPrint.

Content is never cut to fit: a briefing too long for one page runs to two, and trainers
see a warning in the admin preview before publishing (see BriefingPage.get_context).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

import segno

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse
from django.template.loader import render_to_string

from courses.pdfs.rendering import font_fingerprint, render_pdf


@dataclass(frozen=True)
class BriefingPdf:
    content: bytes
    page_count: int


def briefing_address(page, request: HttpRequest) -> str:
    """The briefing's public address (the QR code's target), on the configured base URL
    as in emails, so a PDF made behind a proxy still points at the public site."""
    base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    url = page.get_url(request) if page.pk else None
    if not url:
        return base + "/"
    return base + url if url.startswith("/") else url


def briefing_qr_svg(url: str) -> str:
    return segno.make(url, error="m").svg_data_uri(scale=4, border=0)


PDF_CACHE_SECONDS = 60 * 60 * 24


def briefing_pdf(page, request: HttpRequest) -> BriefingPdf:
    """Render the briefing's seven-box A4 layout and count its pages.

    Laying out a PDF takes far longer than rendering its HTML, so the result is cached
    under a hash of that HTML and of the font: any change to the content, the branding or
    the font is a new key. Images come from data: URIs or our own media folder.
    """
    address = briefing_address(page, request)
    html = render_to_string(
        "courses/briefings/briefing_pdf.html",
        {"page": page, "address": address, "qr_code": briefing_qr_svg(address)},
        request=request,
    )
    key = f"briefing-pdf:{font_fingerprint()}:{hashlib.sha256(html.encode()).hexdigest()}"
    cached = cache.get(key)
    if cached is not None:
        return BriefingPdf(*cached)
    rendered = render_pdf(html, extra_folder=settings.MEDIA_ROOT)
    pdf = BriefingPdf(content=rendered.content, page_count=rendered.page_count)
    cache.set(key, (pdf.content, pdf.page_count), PDF_CACHE_SECONDS)
    return pdf


def briefing_pdf_response(page, request: HttpRequest) -> HttpResponse:
    pdf = briefing_pdf(page, request)
    response = HttpResponse(pdf.content, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="{page.slug}-7-minute-briefing.pdf"'
    return response
