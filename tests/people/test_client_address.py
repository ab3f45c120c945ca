"""The client's address for rate limits: REMOTE_ADDR unless the settings say how many
proxies of our own stand in front, and then only what those proxies wrote (issue #8)."""

from __future__ import annotations

import pytest

from django.test import RequestFactory

from learning.people.throttle import attempts_record, attempts_so_far, client_address


def request(remote: str = "203.0.113.9", forwarded: str | None = None):
    extra = {"REMOTE_ADDR": remote}
    if forwarded is not None:
        extra["HTTP_X_FORWARDED_FOR"] = forwarded
    return RequestFactory().get("/", **extra)


def test_with_no_trusted_proxy_a_spoofed_forwarded_for_is_ignored(settings):
    settings.TRUSTED_PROXY_COUNT = 0
    assert client_address(request(forwarded="198.51.100.7")) == "203.0.113.9"
    assert client_address(request(forwarded="1.1.1.1, 198.51.100.7")) == "203.0.113.9"


def test_with_one_trusted_proxy_the_address_it_appended_is_the_client(settings):
    settings.TRUSTED_PROXY_COUNT = 1
    # The proxy (REMOTE_ADDR 10.0.0.2) appends the address it saw; what the client wrote
    # to the left of it is ignored.
    assert client_address(request("10.0.0.2", "198.51.100.7")) == "198.51.100.7"
    assert client_address(request("10.0.0.2", "6.6.6.6, 198.51.100.7")) == "198.51.100.7"
    assert client_address(request("10.0.0.2", " 2001:db8::1 ")) == "2001:db8::1"


def test_with_two_trusted_proxies_the_second_address_from_the_right_is_the_client(settings):
    settings.TRUSTED_PROXY_COUNT = 2
    forwarded = "6.6.6.6, 198.51.100.7, 10.0.0.1"
    assert client_address(request("10.0.0.2", forwarded)) == "198.51.100.7"


@pytest.mark.parametrize("forwarded", [None, "", "not-an-address", " , "])
def test_a_missing_short_or_garbled_header_falls_back_to_remote_addr(settings, forwarded):
    settings.TRUSTED_PROXY_COUNT = 1
    assert client_address(request("10.0.0.2", forwarded)) == "10.0.0.2"
    settings.TRUSTED_PROXY_COUNT = 3
    assert client_address(request("10.0.0.2", "198.51.100.7, 10.0.0.1")) == "10.0.0.2"


def test_attempts_are_counted_per_bucket_and_client(settings):
    settings.TRUSTED_PROXY_COUNT = 1
    first, second = request("10.0.0.2", "198.51.100.7"), request("10.0.0.2", "198.51.100.8")
    assert [attempts_record(first, bucket="a") for _ in range(3)] == [1, 2, 3]
    assert attempts_so_far(first, bucket="a") == 3
    assert attempts_so_far(second, bucket="a") == 0
    assert attempts_so_far(first, bucket="b") == 0


def test_allauths_rate_limits_use_the_same_client_address(settings):
    from allauth.account.adapter import get_adapter

    settings.TRUSTED_PROXY_COUNT = 1
    assert get_adapter().get_client_ip(request("10.0.0.2", "198.51.100.7")) == "198.51.100.7"
    settings.TRUSTED_PROXY_COUNT = 0
    assert get_adapter().get_client_ip(request("10.0.0.2", "198.51.100.7")) == "10.0.0.2"
