"""Issue 19: the postcode finder works with cookies cleared or blocked (a read-only lookup
needs no CSRF token), and every other form's CSRF failure is a GOV.UK page that says
what to do, not Django's raw 403."""

from __future__ import annotations

import logging
import re

import pytest

from django.test import Client

from .conftest import FINDER

pytestmark = pytest.mark.django_db


def _action(html: str) -> str:
    return re.search(r'<form method="post" action="([^"]+)"', html).group(1)


def test_the_finder_answers_a_visitor_whose_cookies_are_blocked(public_site, caplog):
    caplog.set_level(logging.DEBUG)
    browser = Client(enforce_csrf_checks=True)
    html = browser.get(FINDER).content.decode()
    browser.cookies.clear()  # cleared or blocked: no CSRF cookie comes back
    action = _action(html)
    response = browser.post(action, {"postcode": "ws1 1tp"})
    assert response.status_code == 200
    page = response.content.decode()
    assert "Who to call for WS1 1TP" in page
    assert "0300 555 2922" in page
    # Still kept out of addresses, logs and caches.
    assert "ws1" not in action.lower()
    assert "no-store" in response["Cache-Control"]
    assert not any("WS1" in r.getMessage() or "ws1" in r.getMessage() for r in caplog.records)


def test_the_lookup_address_does_not_look_up_a_postcode_sent_in_the_url(public_site):
    browser = Client(enforce_csrf_checks=True)
    action = _action(browser.get(FINDER).content.decode())
    response = browser.get(f"{action}?postcode=WS1")
    assert response.status_code == 302
    assert response["Location"] == FINDER


def test_an_empty_lookup_without_cookies_gets_the_error_summary(public_site):
    browser = Client(enforce_csrf_checks=True)
    action = _action(browser.get(FINDER).content.decode())
    browser.cookies.clear()
    response = browser.post(action, {"postcode": ""})
    assert response.status_code == 400
    assert "Enter a postcode, like WS1 1TP" in response.content.decode()


def test_other_forms_fail_csrf_with_a_govuk_page_saying_what_to_do(public_site):
    browser = Client(enforce_csrf_checks=True)
    response = browser.post("/accounts/login/", {"login": "a@example.org", "password": "x"})
    assert response.status_code == 403
    html = response.content.decode()
    assert "CSRF verification failed" not in html
    assert '<h1 class="govuk-heading-xl">Sorry, we could not send that form</h1>' in html
    assert "cookies" in html
    assert "Go back" in html
    assert 'class="govuk-header' in html  # the site's own layout
