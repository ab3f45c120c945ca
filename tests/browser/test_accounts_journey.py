"""A person signs up, verifies their email and signs in, in a real browser, with an
axe-core check (WCAG 2.2 A and AA) on every page they visit."""

from __future__ import annotations

import re

import pytest

from django.core import mail

from learning.people.models import User
from tests.factories import AgencyFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "a-long-and-unusual-passphrase-42"


def test_sign_up_verify_and_sign_in(page, live_server, assert_accessible):
    from cms.home.seed import seed_site

    seed_site(partnership_slug="none")
    agency = AgencyFactory(name="Walsall Healthcare NHS Trust")

    page.goto("/")
    assert_accessible(page)
    page.get_by_role("link", name="Create an account").first.click()
    page.wait_for_url("**/accounts/signup/")
    assert_accessible(page)

    # Submitting with nothing filled in shows the error summary, which is accessible too.
    page.get_by_role("button", name="Sign up").click()
    assert page.locator(".govuk-error-summary").is_visible()
    assert_accessible(page)

    page.get_by_label("First name").fill("Siân")
    page.get_by_label("Last name").fill("O'Brien")
    page.get_by_label("Email address").fill("sian@example.org")
    page.get_by_label("Job title").fill("School nurse")
    page.get_by_label("Agency").select_option(str(agency.pk))
    page.get_by_label("Create a password").fill(PASSWORD)
    page.get_by_label("Confirm your password").fill(PASSWORD)
    page.get_by_role("button", name="Sign up").click()
    page.wait_for_url("**/accounts/confirm-email/")
    assert "Verify your email address" in page.content()
    assert_accessible(page)

    link = re.search(r"https?://[^/\s]+(/accounts/confirm-email/[^\s]+/)", mail.outbox[-1].body)
    page.goto(link.group(1))
    assert_accessible(page)
    page.get_by_role("button", name="Confirm").click()
    page.wait_for_url("**/")
    assert User.objects.get(email="sian@example.org").emailaddress_set.get().verified

    page.get_by_role("link", name="Sign out").click()
    assert_accessible(page)
    page.get_by_role("button", name="Sign out").click()

    page.goto("/accounts/login/")
    assert_accessible(page)
    page.get_by_label("Email").fill("sian@example.org")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url("**/")
    page.goto("/my-learning/")
    assert "Siân O'Brien" in page.content()
    assert_accessible(page)


def test_keyboard_only_sign_in(page, live_server, assert_accessible):
    """The skip link is the first thing a keyboard reaches, and the form works by keys."""
    from cms.home.seed import seed_site
    from tests.factories import DEFAULT_PASSWORD, UserFactory

    seed_site(partnership_slug="none")
    user = UserFactory()
    page.goto("/accounts/login/")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent.trim()") == "Skip to main content"
    page.keyboard.press("Enter")
    page.get_by_label("Email").focus()
    page.keyboard.type(user.email)
    page.get_by_label("Password").focus()
    page.keyboard.type(DEFAULT_PASSWORD)
    page.keyboard.press("Enter")
    page.wait_for_url("**/")
    assert "Sign out" in page.content()
    assert_accessible(page)


def test_trainers_first_sign_in_sets_up_two_factor_and_goes_on(
    page, live_server, assert_accessible
):
    """Password once, the authenticator app, the recovery codes, then the page they asked
    for: one banner at a time, GOV.UK buttons, every page accessible."""
    from allauth.mfa.totp.internal.auth import (
        format_hotp_value,
        hotp_value,
        yield_hotp_counters_from_time,
    )

    from cms.home.seed import seed_site
    from learning.people.roles import Role
    from learning.people.services import roles_sync
    from tests.factories import DEFAULT_PASSWORD, UserFactory

    roles_sync(root_page=seed_site(partnership_slug="none"))
    trainer = UserFactory(roles={Role.TRAINER})

    page.goto("/admin/")
    page.wait_for_url("**/accounts/login/**")
    assert_accessible(page)
    page.get_by_label("Email").fill(trainer.email)
    page.get_by_label("Password").fill(DEFAULT_PASSWORD)
    page.get_by_role("button", name="Sign in", exact=True).click()

    page.wait_for_url("**/accounts/2fa/totp/activate/**")
    assert page.locator("h1").inner_text() == "Set up your authenticator app"
    assert page.locator(".govuk-notification-banner").count() == 1
    assert_accessible(page)
    secret = page.get_by_label("Setup key").input_value()
    counter = next(iter(yield_hotp_counters_from_time()))
    page.get_by_label("Authenticator code", exact=False).fill(
        format_hotp_value(hotp_value(secret, counter))
    )
    page.get_by_role("button", name="Continue").click()

    page.wait_for_url("**/accounts/2fa/recovery-codes/")
    assert page.locator("h1").inner_text() == "Recovery codes"
    assert page.locator(".govuk-notification-banner").count() == 1
    assert page.locator(".govuk-button--warning", has_text="Generate new codes").count() == 1
    assert_accessible(page)
    page.get_by_role("button", name="Continue").click()
    page.wait_for_url("**/admin/")
    assert "Dashboard" in page.title()
