"""The one-page printable 7-minute briefing, rendered with WeasyPrint.

Content is never cut to fit: a briefing too long for one page runs to two, and trainers
see a warning in the admin preview before publishing (see BriefingPage.get_context).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

import segno
from weasyprint import HTML
from weasyprint.urls import URLFetcher

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse
from django.template.loader import render_to_string


class LocalOnlyURLFetcher(URLFetcher):
    """Images come from data: URIs or our own media folder, never from the network."""

    def __init__(self) -> None:
        super().__init__(allowed_protocols=["data", "file"])

    def fetch(self, url: str, headers=None):
        if url.startswith("file:"):
            path = Path(url.removeprefix("file://")).resolve()
            if not path.is_relative_to(Path(settings.MEDIA_ROOT).resolve()):
                raise ValueError(f"Refusing to read {url}: only media files may be embedded.")
        return super().fetch(url, headers)


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
    under a hash of that HTML: any change to the content or the branding is a new key.
    """
    address = briefing_address(page, request)
    html = render_to_string(
        "courses/briefings/briefing_pdf.html",
        {"page": page, "address": address, "qr_code": briefing_qr_svg(address)},
        request=request,
    )
    key = "briefing-pdf:" + hashlib.sha256(html.encode()).hexdigest()
    cached = cache.get(key)
    if cached is not None:
        return BriefingPdf(*cached)
    document = HTML(string=html, url_fetcher=LocalOnlyURLFetcher()).render()
    pdf = BriefingPdf(content=document.write_pdf(), page_count=len(document.pages))
    cache.set(key, (pdf.content, pdf.page_count), PDF_CACHE_SECONDS)
    return pdf


def briefing_pdf_response(page, request: HttpRequest) -> HttpResponse:
    pdf = briefing_pdf(page, request)
    response = HttpResponse(pdf.content, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="{page.slug}-7-minute-briefing.pdf"'
    return response
