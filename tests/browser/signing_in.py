"""Signing a browser tab in without the sign-in form, for journeys that start signed in.

The sign-in journey itself (password, second factor) is tested in test_accounts_journey.py;
the others start from a session made by `force_login`, which also counts as the second
factor for staff (it records the sign-in as allauth would).
"""

from __future__ import annotations

from django.conf import settings
from django.test import Client


def sign_in_by_cookie(page, user) -> None:
    """Give the tab `user`'s session, dropping whoever was signed in before."""
    client = Client()
    client.force_login(user)
    cookie = client.cookies[settings.SESSION_COOKIE_NAME]
    if page.url == "about:blank":
        page.goto("/")
    page.context.clear_cookies()
    page.context.add_cookies(
        [{"name": cookie.key, "value": cookie.value, "url": page.evaluate("location.origin")}]
    )
