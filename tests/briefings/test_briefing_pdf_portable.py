"""The printable briefing is the same on every host: it brings its own font, and it is a
tagged PDF/UA-1 document a screen reader can follow. Rendered once here: WeasyPrint is slow."""

from __future__ import annotations

import shutil

import pytest

from django.conf import settings

from tests.pdf_checks import pdf_facts, use_only_dejavu_fonts

pytestmark = pytest.mark.django_db


def test_audit_briefing_is_one_tagged_page_in_the_projects_font_on_a_dejavu_only_host(
    client, audit_briefing, monkeypatch, tmp_path
):
    use_only_dejavu_fonts(monkeypatch, tmp_path)
    response = client.get("/briefings/multi-agency-audit-neglect/pdf/")
    assert response.status_code == 200
    facts = pdf_facts(response.content, tmp_path)

    assert facts.pages == 1
    assert facts.fonts, "the PDF embeds no font"
    assert {font.split("-")[0] for font in facts.fonts} == {"Arimo"}, facts.fonts
    assert facts.tagged
    assert facts.pdfua_part == "1"
    assert facts.title == "Multi-agency audit: neglect: 7-minute briefing"
    assert facts.language == "en-GB"
    address = settings.WAGTAILADMIN_BASE_URL + "/briefings/multi-agency-audit-neglect/"
    assert f"QR code for {address}" in facts.alt_texts
    assert facts.figure_count == len(facts.alt_texts)


def test_a_new_font_file_is_a_new_cached_briefing_pdf(client, audit_briefing, settings, tmp_path):
    fonts = tmp_path / "fonts"
    shutil.copytree(settings.PDF_FONT_DIR, fonts)
    settings.PDF_FONT_DIR = str(fonts)
    first = client.get("/briefings/multi-agency-audit-neglect/pdf/").content
    assert client.get("/briefings/multi-agency-audit-neglect/pdf/").content == first  # cached

    # A font upgrade: the regular face's file changes (here, to the bold one).
    shutil.copy(fonts / "arimo-latin-700-normal.woff", fonts / "arimo-latin-400-normal.woff")

    assert client.get("/briefings/multi-agency-audit-neglect/pdf/").content != first
