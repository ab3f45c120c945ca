"""A learner who opens /admin/ is told the admin is for staff, instead of bouncing between
/admin/ and the sign-in page until the browser gives up."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest

from django.urls import reverse

from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def _follow(client, path: str, limit: int = 6):
    """Follow redirects by hand, failing on a loop."""
    seen = []
    response = client.get(path)
    while response.status_code in (301, 302) and len(seen) < limit:
        seen.append(response["Location"])
        response = client.get(response["Location"])
    assert len(seen) < limit, f"redirect loop: {seen}"
    return response, seen


def test_learner_opening_admin_gets_a_page_saying_it_is_for_staff(client, home_page):
    client.force_login(UserFactory())
    response, hops = _follow(client, "/admin/")
    assert response.status_code == 403
    html = response.content.decode()
    assert "The admin is for staff" in html
    assert f'href="{reverse("learning:my_learning")}"' in html
    assert all(urlsplit(hop).path != reverse("account_login") for hop in hops)


def test_anonymous_visitor_opening_admin_is_sent_to_sign_in(client, home_page):
    response, hops = _follow(client, "/admin/pages/")
    assert response.status_code == 200
    assert hops[-1] == f"{reverse('account_login')}?next=/admin/pages/"
