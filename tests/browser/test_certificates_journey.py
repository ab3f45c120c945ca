"""Certificates in a real browser: a learner downloads theirs and checks it; a member of
the public verifies a code; a manager revokes one and prepares a ZIP. axe on every page."""

from __future__ import annotations

import pytest
from allauth.mfa.models import Authenticator

from certificates.models import Certificate, CertificateExport
from learning.people.roles import Role
from learning.progress.services import course_completion_record
from tests.browser.signing_in import sign_in_by_cookie
from tests.factories import UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture(autouse=True)
def _media(settings, tmp_path, live_server):
    settings.MEDIA_ROOT = str(tmp_path / "media")
    settings.CERTIFICATES_BASE_URL = live_server.url


def make_course():
    from cms.home.seed import seed_site
    from courses.catalogue.models import CourseIndexPage, CoursePage

    home = seed_site(partnership_slug="none")
    index = CourseIndexPage(title="Courses", slug="courses")
    home.add_child(instance=index)
    index.save_revision().publish()
    course = CoursePage(title="Understanding child neglect", slug="ucn", summary="A course.")
    index.add_child(instance=course)
    course.save_revision().publish()
    return course


def test_learner_downloads_and_verifies_their_certificate(page, live_server, assert_accessible):
    course = make_course()
    learner = UserFactory(first_name="Siân", last_name="O'Brien")
    completion, _ = course_completion_record(learner=learner, course=course)
    certificate = Certificate.objects.get(completion=completion)

    page.goto("/")
    sign_in_by_cookie(page, learner)
    page.goto("/my-learning/")
    assert "Your certificates" in page.content()
    assert_accessible(page)
    with page.expect_download() as download:
        page.get_by_role("link", name="Download PDF for Understanding child neglect").click()
    assert download.value.suggested_filename == f"certificate-{certificate.code}.pdf"

    # What the QR code opens.
    page.goto(certificate.get_verification_url())
    assert page.get_by_role("heading", name="This certificate is valid").is_visible()
    assert_accessible(page)


def test_public_checks_a_typed_code(page, live_server, assert_accessible):
    course = make_course()
    completion, _ = course_completion_record(learner=UserFactory(), course=course)
    certificate = Certificate.objects.get(completion=completion)

    page.goto("/certificates/verify/")
    assert_accessible(page)
    page.get_by_role("button", name="Check certificate").click()
    assert page.locator(".govuk-error-summary").is_visible()
    assert_accessible(page)
    page.get_by_label("Certificate code").fill(certificate.display_code.lower())
    page.get_by_role("button", name="Check certificate").click()
    assert page.get_by_role("heading", name="This certificate is valid").is_visible()

    page.goto("/certificates/verify/ABCDEFGHJK23/")
    assert page.get_by_role("heading", name="Certificate not found").is_visible()
    assert_accessible(page)


def test_manager_revokes_and_prepares_a_zip(page, live_server, assert_accessible):
    course = make_course()
    learner = UserFactory(first_name="Hana", last_name="Hussain")
    completion, _ = course_completion_record(learner=learner, course=course)
    manager = UserFactory(agency=learner.agency, roles={Role.PARTNERSHIP_MANAGER})
    Authenticator.objects.create(user=manager, type=Authenticator.Type.TOTP, data={"secret": "x"})

    page.goto("/")
    sign_in_by_cookie(page, manager)
    page.goto("/certificates/manage/")
    assert "Hana Hussain" in page.content()
    assert_accessible(page)

    page.get_by_role("link", name="Revoke certificate for Hana Hussain").click()
    assert_accessible(page)
    page.get_by_role("button", name="Revoke certificate").click()
    assert page.locator(".govuk-error-summary").is_visible()
    assert_accessible(page)
    page.get_by_label("Why are you revoking this certificate?").fill(
        "Completed on a colleague's account."
    )
    page.get_by_role("button", name="Revoke certificate").click()
    page.wait_for_url("**/certificates/manage/")
    assert Certificate.objects.get(completion=completion).revoked_by == manager
    assert_accessible(page)

    page.get_by_role("button", name="Prepare download").click()
    page.wait_for_url("**/certificates/exports/*/")
    assert_accessible(page)
    assert CertificateExport.objects.get().requested_by == manager
