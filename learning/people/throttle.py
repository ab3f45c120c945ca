"""Who is asking, by network address, and how often: the one rule for rate limits.

Behind a load balancer or reverse proxy, REMOTE_ADDR is the proxy's address, and the
client's is in X-Forwarded-For, which anyone can also write. Each proxy appends the
address it received the request from, so with N proxies of our own in front of the app
the client's address is the Nth entry from the right; anything further left was written
by the client and is ignored. `TRUSTED_PROXY_COUNT` says how many proxies there are
(0, the default: none, so X-Forwarded-For is never believed).
"""

from __future__ import annotations

import ipaddress

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest


def _valid_address(value: str) -> str | None:
    try:
        return str(ipaddress.ip_address(value.strip()))
    except ValueError:
        return None


def client_address(request: HttpRequest) -> str:
    """The client's IP address, believing only the configured number of proxies."""
    remote = request.META.get("REMOTE_ADDR", "") or "unknown"
    proxies = settings.TRUSTED_PROXY_COUNT
    if proxies <= 0:
        return remote
    forwarded = [
        part for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()
    ]
    if len(forwarded) < proxies:
        # Fewer entries than proxies: the request did not come through all of them, so
        # nothing in the header can be trusted.
        return remote
    return _valid_address(forwarded[-proxies]) or remote


def _key(request: HttpRequest, bucket: str) -> str:
    return f"throttle:{bucket}:{client_address(request)}"


def attempts_record(request: HttpRequest, *, bucket: str, window: int = 60) -> int:
    """Count one attempt by this client in `bucket` (a fixed window of `window` seconds,
    kept in Django's cache) and return the count so far in the window."""
    key = _key(request, bucket)
    cache.add(key, 0, timeout=window)
    try:
        return cache.incr(key)
    except ValueError:  # the key expired between add and incr
        cache.set(key, 1, timeout=window)
        return 1


def attempts_so_far(request: HttpRequest, *, bucket: str) -> int:
    """How many attempts this client has made in `bucket`'s current window."""
    return cache.get(_key(request, bucket), 0)
