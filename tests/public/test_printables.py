"""The A4 poster and pocket card: per partnership, from the admin's area contacts, with a
QR code to the section."""

from __future__ import annotations

import subprocess

import pytest

from .conftest import AREAS

pytestmark = pytest.mark.django_db


def _pdf_text(tmp_path, content: bytes, name: str) -> tuple[str, str]:
    path = tmp_path / name
    path.write_bytes(content)
    text = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    return text, info.stdout


def test_the_poster_is_a4_with_the_partnerships_numbers_and_the_section_address(
    client, public_site, tmp_path
):
    response = client.get(f"{AREAS}birmingham/poster/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    text, info = _pdf_text(tmp_path, response.content, "poster.pdf")
    assert "x 841.89 pts (A4)" in info
    assert "Pages:           1" in info
    assert "0121 303 1888" in text and "0121 675 4806" in text
    assert "Call 999" in text
    assert "http://testserver/spot-the-signs/" in text
    assert "0808 800 5000" in text
    # Only this partnership's numbers.
    assert "020 8255 2888" not in text


def test_the_pocket_card_has_every_area_of_its_partnership(client, public_site, tmp_path):
    response = client.get(f"{AREAS}kingston-richmond/card/")
    text, info = _pdf_text(tmp_path, response.content, "card.pdf")
    assert "Pages:           2" in info
    assert "240.945 x 155.906 pts" in info  # 85 x 55 mm
    assert "Kingston upon Thames" in text and "Richmond upon Thames" in text
    assert "020 8547 5008" in text


def test_a_changed_number_in_the_admin_is_on_the_next_poster(client, public_site, tmp_path):
    from cms.public.models import AreaContact

    contact = AreaContact.objects.get(area_name="Walsall")
    contact.phone_in_hours = "01922 000111"
    contact.save()
    text, _info = _pdf_text(tmp_path, client.get(f"{AREAS}walsall/poster/").content, "p.pdf")
    assert "01922 000111" in text


def test_the_qr_code_encodes_the_section_address(public_site):
    import base64
    import re

    from cms.public.printables import qr_svg_data_uri

    uri = qr_svg_data_uri("https://example.org/spot-the-signs/")
    assert uri.startswith("data:image/svg+xml")
    svg = uri.split(",", 1)[1]
    if ";base64" in uri:
        svg = base64.b64decode(svg).decode()
    assert re.search(r"<svg|%3Csvg", svg)


@pytest.mark.parametrize("path", ["nowhere/poster/", "walsall/leaflet/"])
def test_unknown_partnerships_or_kinds_are_not_found(client, public_site, path):
    assert client.get(f"{AREAS}{path}").status_code == 404
