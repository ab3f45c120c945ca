"""A certificate is the same on every host and readable by a screen reader: the project's
own font, a tagged PDF/UA-1 document, alt text on the logo and QR code, and a layout that
fills the landscape page. Rendered once here: WeasyPrint is slow."""

from __future__ import annotations

import pytest
import wagtail_factories

from certificates.models import Certificate, CertificateSignatory
from learning.progress.services import course_completion_record
from tests.factories import UserFactory
from tests.pdf_checks import largest_blank_band, pdf_facts, use_only_dejavu_fonts

pytestmark = pytest.mark.django_db(transaction=True)


def test_certificate_is_tagged_in_the_projects_font_with_the_logo_and_fills_the_page(
    make_course, monkeypatch, tmp_path
):
    use_only_dejavu_fonts(monkeypatch, tmp_path)
    learner = UserFactory(first_name="Łucja", last_name="Nowak")
    partnership = learner.agency.partnership
    partnership.logo = wagtail_factories.ImageFactory(title="Logo")
    partnership.save()
    CertificateSignatory.objects.create(
        partnership=partnership, name="Dr Jane Smith", role="Independent Chair"
    )
    course_completion_record(learner=learner, course=make_course(), score=90)
    certificate = Certificate.objects.get()
    with certificate.pdf.open("rb") as handle:
        content = handle.read()

    facts = pdf_facts(content, tmp_path, "certificate.pdf")

    assert facts.pages == 1
    assert {font.split("-")[0] for font in facts.fonts} == {"Arimo"}, facts.fonts
    assert "Łucja Nowak" in facts.text
    # "Ł" is drawn from the latin-ext face, not from a merged face that printed it as "I".
    assert "Arimo-latin-ext-Bold" in facts.fonts
    assert facts.tagged
    assert facts.pdfua_part == "1"
    assert facts.title == f"Certificate {certificate.display_code}"
    assert facts.language == "en-GB"
    assert f"{partnership.name} logo" in facts.alt_texts
    assert any(alt.startswith("QR code") for alt in facts.alt_texts)
    assert facts.figure_count == len(facts.alt_texts) == 2
    # The facts and the signature fill the landscape page: before, a 137 pt band between
    # them was blank.
    assert largest_blank_band(tmp_path / "certificate.pdf", 1, 595.276) < 90
