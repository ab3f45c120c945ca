"""The demo partnerships have logos, so the demo certificate, header and documents show one
(issue 19: "the certificate shows no partnership logo on the demo")."""

from __future__ import annotations

import pytest

from django.utils import timezone

from wagtail.images.models import Image

from certificates.models import Certificate
from certificates.rendering import certificate_html
from learning.people.models import Partnership
from learning.people.seed import seed_organisations, seed_partnership_logos

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path / "media")


def test_every_demo_partnership_gets_one_logo_and_a_second_seed_adds_none():
    seed_organisations()
    seed_partnership_logos()
    seed_partnership_logos()
    partnerships = Partnership.objects.select_related("logo")
    assert partnerships.count() == 7
    assert all(p.logo and p.logo.width == 640 for p in partnerships)
    assert Image.objects.count() == 7


def test_a_logo_set_by_hand_is_kept():
    seed_organisations()
    walsall = Partnership.objects.get(slug="walsall")
    walsall.logo = own = Image.objects.create(
        title="Our logo", file="original_images/x.png", width=1, height=1
    )
    walsall.save()
    seed_partnership_logos()
    walsall.refresh_from_db()
    assert walsall.logo == own


def test_the_demo_certificate_carries_its_partnerships_logo():
    seed_organisations()
    seed_partnership_logos()
    walsall = Partnership.objects.get(slug="walsall")
    # Rendered as it would be issued; not saved (the rendering reads no other record).
    certificate = Certificate(
        partnership=walsall,
        partnership_name=walsall.name,
        learner_name="Lee Learner",
        course_title="Understanding child neglect",
        completed_at=timezone.now(),
        code="DEMOLOGO23",
    )
    html = certificate_html(certificate)
    assert 'alt="Walsall Safeguarding Partnership logo"' in html
    assert "data:image/png;base64," in html
