"""Reads of the content version, and the cache for learner-independent content keyed by
it."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from django.core.cache import cache
from django.http import HttpRequest
from django.utils.translation import get_language

from courses.content_version.models import ContentVersion
from courses.content_version.services import SINGLETON_ID

T = TypeVar("T")

# A backstop only: a change moves the version on, so stale entries are never read.
CONTENT_CACHE_SECONDS = 60 * 60
_REQUEST_ATTRIBUTE = "_content_version"


def content_version(*, request: HttpRequest | None = None) -> str:
    """The current content version's token ("" before the first change), read once per
    request (one primary-key query)."""
    if request is not None and hasattr(request, _REQUEST_ATTRIBUTE):
        return getattr(request, _REQUEST_ATTRIBUTE)
    token = ContentVersion.objects.filter(pk=SINGLETON_ID).values_list("token", flat=True).first()
    version = token.hex if token else ""
    if request is not None:
        setattr(request, _REQUEST_ATTRIBUTE, version)
    return version


def content_cached(*, request: HttpRequest | None, name: str, compute: Callable[[], T]) -> T:
    """`compute()`, remembered until the content changes. Only for what is the same for
    every reader: nothing of the learner, the session or the request may go into it.

    Without a request (a task, a shell) `compute()` is simply called: the version would
    cost the query the cache saves. So it is in a preview, and before the first change.
    """
    if request is None or getattr(request, "is_preview", False):
        return compute()
    version = content_version(request=request)
    if not version:
        return compute()
    key = f"courses:content:{version}:{get_language()}:{name}"
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, CONTENT_CACHE_SECONDS)
    return value
