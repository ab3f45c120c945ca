"""A change of name on issued certificates in a real browser: the learner asks, their
agency lead approves, the new certificate's page says why it was re-issued. axe on every
page."""

from __future__ import annotations

import pytest
from allauth.mfa.models import Authenticator

from certificates.models import Certificate
from learning.people.roles import Role
from learning.progress.services import course_completion_record
from tests.browser.signing_in import sign_in_by_cookie
from tests.factories import UserFactory

from .test_certificates_journey import make_course

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture(autouse=True)
def _media(settings, tmp_path, live_server):
    settings.MEDIA_ROOT = str(tmp_path / "media")
    settings.PRIVATE_MEDIA_ROOT = str(tmp_path / "private")
    settings.CERTIFICATES_BASE_URL = live_server.url


def test_learner_asks_for_a_change_of_name_and_their_lead_approves_it(
    page, browser, live_server, assert_accessible
):
    course = make_course()
    learner = UserFactory(first_name="Mary", last_name="Smith")
    completion, _ = course_completion_record(learner=learner, course=course)
    lead = UserFactory(agency=learner.agency, roles={Role.AGENCY_LEAD})
    Authenticator.objects.create(user=lead, type=Authenticator.Type.TOTP, data={"secret": "x"})

    page.goto("/")
    sign_in_by_cookie(page, learner)
    page.goto("/certificates/name/")
    assert_accessible(page)
    page.get_by_label("Last name").fill("Jones")
    page.get_by_role("button", name="Save name").click()
    page.wait_for_url("**/my-learning/")
    assert "waiting for approval" in page.content()
    page.goto("/certificates/name/")
    assert page.get_by_role("button", name="Withdraw this request").is_visible()
    assert_accessible(page)

    context = browser.new_context(base_url=live_server.url)
    lead_page = context.new_page()
    lead_page.goto("/")
    sign_in_by_cookie(lead_page, lead)
    lead_page.goto("/certificates/manage/")
    assert_accessible(lead_page)
    lead_page.get_by_role(
        "link", name="Approve or decline the change of name for Mary Smith"
    ).click()
    assert_accessible(lead_page)
    lead_page.get_by_role("button", name="Save decision").click()
    assert lead_page.locator(".govuk-error-summary").is_visible()
    assert_accessible(lead_page)
    lead_page.get_by_label("Yes, approve it").check()
    lead_page.get_by_role("button", name="Save decision").click()
    lead_page.wait_for_url("**/certificates/manage/")
    context.close()

    new = Certificate.objects.get(completion=completion, superseded_at__isnull=True)
    assert new.learner_name == "Mary Jones"
    page.goto(new.get_verification_path())
    assert page.get_by_text("after a change of name").is_visible()
    assert_accessible(page)
