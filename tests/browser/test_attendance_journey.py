"""Attendance in a real browser: the trainer takes the register on a phone-sized page on
the day, and the learner finds their certificate of attendance on My learning and checks
it. axe on every page."""

from __future__ import annotations

import datetime as dt

import pytest

from django.utils import timezone

from certificates.models import Certificate
from learning.people.roles import Role
from learning.training.models import Attendance, Booking, BookingStatus
from tests.browser.signing_in import sign_in_by_cookie
from tests.coverage.builders import with_mfa
from tests.factories import (
    AgencyFactory,
    PartnershipFactory,
    TrainingEventPageFactory,
    TrainingIndexPageFactory,
    TrainingSessionFactory,
    UserFactory,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture(autouse=True)
def _media(settings, tmp_path, live_server):
    settings.MEDIA_ROOT = str(tmp_path / "media")
    settings.CERTIFICATES_BASE_URL = live_server.url


def test_trainer_takes_the_register_on_a_phone_and_the_learner_gets_a_certificate(
    phone_page, page, live_server, assert_accessible
):
    from cms.home.seed import seed_site

    home = seed_site(partnership_slug="none")
    partnership = PartnershipFactory(name="Walsall Safeguarding Partnership", slug="walsall")
    agency = AgencyFactory(partnership=partnership, name="Walsall Healthcare")
    index = TrainingIndexPageFactory(parent=home)
    event = TrainingEventPageFactory(
        parent=index,
        title="Multi-agency neglect workshop",
        partnership=partnership,
        cpd_minutes=180,
    )
    starts = (timezone.now() - dt.timedelta(hours=1)).replace(second=0, microsecond=0)
    session = TrainingSessionFactory(
        event=event, starts_at=starts, ends_at=starts + dt.timedelta(hours=3)
    )
    learner = UserFactory(agency=agency, first_name="Lee", last_name="Learner")
    other = UserFactory(agency=agency, first_name="Olu", last_name="Other")
    for person in (learner, other):
        Booking.objects.create(session=session, learner=person, status=BookingStatus.BOOKED)
    trainer = with_mfa(UserFactory(agency=agency, roles={Role.TRAINER}))

    # The trainer, on a phone, on the day.
    phone = phone_page
    phone.goto("/")
    sign_in_by_cookie(phone, trainer)
    phone.goto("/training/registers/")
    assert_accessible(phone)
    phone.get_by_role("link", name="Multi-agency neglect workshop register").click()
    assert phone.get_by_role("heading", name="Register: Multi-agency neglect workshop").is_visible()
    assert phone.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    assert_accessible(phone)
    phone.get_by_role("group", name="Lee Learner").get_by_label("Attended", exact=True).check()
    phone.get_by_role("group", name="Olu Other").get_by_label("Did not attend").check()
    phone.get_by_role("button", name="Save register").click()
    assert "Register saved: 2 people marked." in phone.content()
    assert_accessible(phone)
    outcomes = dict(Booking.objects.values_list("learner__first_name", "attendance"))
    assert outcomes == {"Lee": Attendance.ATTENDED, "Olu": Attendance.DID_NOT_ATTEND}

    # The learner finds the certificate of attendance and checks it.
    page.goto("/")
    sign_in_by_cookie(page, learner)
    page.goto("/my-learning/")
    assert "Your certificates" in page.content()
    assert page.locator("[data-training=past]").get_by_text("Attended").is_visible()
    assert_accessible(page)
    certificate = Certificate.objects.get(learner=learner)
    with page.expect_download() as download:
        page.get_by_role("link", name="Download PDF for Multi-agency neglect workshop").click()
    assert download.value.suggested_filename == f"certificate-{certificate.code}.pdf"
    page.goto(certificate.get_verification_url())
    assert page.get_by_role("heading", name="This certificate is valid").is_visible()
    assert "Training attended" in page.content()
    assert_accessible(page)
    assert not Certificate.objects.filter(learner=other).exists()
