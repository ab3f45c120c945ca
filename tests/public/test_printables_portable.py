"""The poster and the pocket card are the same on every host and readable by a screen
reader: the project's own font, tagged PDF/UA-1 with a title, language and alt text on the
QR code, laid out to fill the page. Each kind is rendered once here: WeasyPrint is slow."""

from __future__ import annotations

import pytest

from tests.pdf_checks import largest_blank_band, pdf_facts, use_only_dejavu_fonts

from .conftest import AREAS

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("kind", "title", "page_height", "widest_blank"),
    [
        # Before: a 159 pt blank band under the poster's last line, 107 pt on the card's back.
        ("poster", "Spot the signs of neglect: Walsall Safeguarding Partnership", 841.89, 100),
        ("card", "Spot the signs pocket card: Walsall Safeguarding Partnership", 155.906, 70),
    ],
)
def test_printable_is_tagged_in_the_projects_font_and_fills_the_page(
    client, public_site, monkeypatch, tmp_path, kind, title, page_height, widest_blank
):
    use_only_dejavu_fonts(monkeypatch, tmp_path)
    response = client.get(f"{AREAS}walsall/{kind}/")
    assert response.status_code == 200
    facts = pdf_facts(response.content, tmp_path, f"{kind}.pdf")

    assert {font.split("-")[0] for font in facts.fonts} == {"Arimo"}, facts.fonts
    assert facts.tagged
    assert facts.pdfua_part == "1"
    assert facts.title == title
    assert facts.language == "en-GB"
    assert "QR code for the Spot the signs website" in facts.alt_texts
    assert facts.figure_count == len(facts.alt_texts)
    # Every page is used to its foot, with no large blank band.
    for page in range(1, facts.pages + 1):
        blank = largest_blank_band(tmp_path / f"{kind}.pdf", page, page_height)
        assert blank < widest_blank, (kind, page, blank)
