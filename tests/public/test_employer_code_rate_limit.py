"""Employer codes and join links are rate limited per client address (issue #8): after
OPEN_COURSE_EMPLOYER_CODE_RATE_LIMIT wrong tries in a minute every code is refused, so
codes cannot be guessed; the address is the one `TRUSTED_PROXY_COUNT` says to believe."""

from __future__ import annotations

import pytest

from .conftest import COURSE

pytestmark = pytest.mark.django_db


def test_wrong_employer_codes_are_limited_per_address(client, open_course, settings):
    settings.OPEN_COURSE_EMPLOYER_CODE_RATE_LIMIT = 3
    statuses = [client.post(COURSE, {"employer_code": f"NOPE{n}"}).status_code for n in range(3)]
    assert statuses == [400] * 3

    # Now even the right code is refused until the minute is up.
    response = client.post(COURSE, {"employer_code": "GASDEMO1"})
    assert response.status_code == 429
    assert response["Retry-After"] == "60"
    assert "Too many employer codes were tried from here" in response.content.decode()
    assert "Midlands Gas Networks" not in client.get(COURSE).content.decode()

    # Someone at another address is not affected.
    response = client.post(COURSE, {"employer_code": "GASDEMO1"}, REMOTE_ADDR="192.0.2.50")
    assert response.status_code == 302


def test_tampered_join_links_count_towards_the_same_limit(client, open_course, settings):
    from learning.public.models import Employer
    from learning.public.services import employer_join_token

    settings.OPEN_COURSE_EMPLOYER_CODE_RATE_LIMIT = 2
    token = employer_join_token(Employer.objects.get(join_code="GASDEMO1"))
    assert client.get(f"{COURSE}join/{token[:-2]}xx/").status_code == 400
    assert client.post(COURSE, {"employer_code": "NOPE1"}).status_code == 400

    response = client.get(f"{COURSE}join/{token}/")
    assert response.status_code == 429
    assert "Too many employer codes were tried from here" in response.content.decode()


def test_behind_a_trusted_proxy_the_limit_follows_the_client_not_the_spoofed_header(
    client, open_course, settings
):
    settings.OPEN_COURSE_EMPLOYER_CODE_RATE_LIMIT = 2
    settings.TRUSTED_PROXY_COUNT = 1
    proxy = {"REMOTE_ADDR": "10.0.0.2"}

    def post(forwarded: str, code: str = "NOPE1") -> int:
        return client.post(
            COURSE, {"employer_code": code}, HTTP_X_FORWARDED_FOR=forwarded, **proxy
        ).status_code

    assert [post("198.51.100.7") for _ in range(2)] == [400, 400]
    assert post("9.9.9.9, 198.51.100.7", code="GASDEMO1") == 429
    assert post("198.51.100.8", code="GASDEMO1") == 302
