"""A trainer's first sign-in: password, set up the authenticator app, save the recovery
codes, and on to the page they asked for; one clear GOV.UK-styled flow."""

from __future__ import annotations

import re

import pytest
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import (
    SECRET_SESSION_KEY,
    format_hotp_value,
    hotp_value,
    yield_hotp_counters_from_time,
)
from bs4 import BeautifulSoup

from django.urls import reverse

from learning.people.roles import Role
from tests.factories import DEFAULT_PASSWORD, UserFactory

pytestmark = pytest.mark.django_db(transaction=True)

ACTIVATE = reverse("mfa_activate_totp")


def totp_code(secret: str) -> str:
    counter = next(iter(yield_hotp_counters_from_time()))
    return format_hotp_value(hotp_value(secret, counter))


def banners(html: str) -> int:
    return html.count('data-module="govuk-notification-banner"')


def test_first_sign_in_sets_up_two_factor_without_a_second_password_and_ends_where_asked(
    client, home_page
):
    user = UserFactory(roles={Role.TRAINER})
    wanted = "/admin/"

    response = client.get(wanted)
    assert response.status_code == 302
    login_url = response["Location"]
    response = client.post(login_url, {"login": user.email, "password": DEFAULT_PASSWORD})
    assert response["Location"] == wanted

    # The two-factor set-up comes next, remembering where the person was going...
    response = client.get(wanted)
    assert response["Location"] == f"{ACTIVATE}?next=%2Fadmin%2F"
    # ...and does not ask for the password they typed a moment ago.
    response = client.get(response["Location"])
    assert response.status_code == 200, response.get("Location")
    html = response.content.decode()
    assert banners(html) == 1
    assert '<h1 class="govuk-heading-l">Set up your authenticator app</h1>' in html

    secret = client.session[SECRET_SESSION_KEY]
    response = client.post(ACTIVATE, {"code": totp_code(secret)})
    assert Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()
    assert response["Location"] == reverse("mfa_view_recovery_codes")

    response = client.get(response["Location"])
    assert response.status_code == 200, response.get("Location")
    html = response.content.decode()
    assert banners(html) == 1
    assert '<h1 class="govuk-heading-l">Recovery codes</h1>' in html
    # A way on, to where they were going.
    continue_link = re.search(
        r'<a href="([^"]+)" role="button"[^>]*class="govuk-button"[^>]*>Continue', html
    )
    assert continue_link and continue_link.group(1) == wanted
    # Making new codes throws the saved ones away: a warning button, not a primary one.
    assert re.search(r'class="govuk-button govuk-button--warning"[^>]*>Generate new codes', html)
    assert re.search(r'class="govuk-button govuk-button--secondary"[^>]*>Download codes', html)

    assert client.get(wanted).status_code == 200


def test_sign_in_pages_are_in_sentence_case_with_a_styled_forgotten_password_link(client):
    html = client.get(reverse("account_login")).content.decode()
    assert '<h1 class="govuk-heading-l">Sign in</h1>' in html
    assert "Sign In" not in html
    reset = reverse("account_reset_password")
    assert f'<a class="govuk-link" href="{reset}">Forgot your password?</a>' in html


def _title_case_words(text: str) -> list[str]:
    """Capitalised words after the first (acronyms such as QR stay as they are)."""
    words = re.findall(r"[A-Za-z]+", text)
    return [w for w in words[1:] if w[0].isupper() and w[1:].islower() and len(w) > 1]


def test_allauth_headings_titles_and_buttons_are_in_sentence_case(client):
    from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret

    user = UserFactory(roles={Role.TRAINER})
    TOTP.activate(user, generate_totp_secret())
    response = client.post(
        reverse("account_login"), {"login": user.email, "password": DEFAULT_PASSWORD}
    )
    # The second-factor step of signing in first (another page would end the sign-in).
    pages = [response["Location"], reverse("account_signup"), reverse("account_reset_password")]
    for url in pages:
        response = client.get(url)
        assert response.status_code == 200, (url, response.get("Location"))
        soup = BeautifulSoup(response.content.decode(), "html.parser")
        texts = [soup.h1.get_text(" ", strip=True), soup.title.get_text(" ", strip=True)]
        texts += [button.get_text(" ", strip=True) for button in soup.select("main .govuk-button")]
        for text in texts:
            assert not _title_case_words(text.split("–")[0]), (url, text)
        if url == pages[0]:
            assert soup.h1.get_text(strip=True) == "Two-factor authentication"
