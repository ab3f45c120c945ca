"""Writes of the content version."""

from __future__ import annotations

import uuid

from django.db.models import F

from courses.content_version.models import ContentVersion

SINGLETON_ID = 1


def content_version_bump() -> None:
    """Move the content version on, so every cached content fragment keyed by the old one
    is abandoned.

    The update runs in the transaction that changes the content (Wagtail saves, publishes
    and moves pages atomically), so a reader sees the new number only with the new rows:
    whatever it caches under the new number was computed from the new content.
    """
    updated = ContentVersion.objects.filter(pk=SINGLETON_ID).update(
        number=F("number") + 1, token=uuid.uuid4()
    )
    if not updated:
        ContentVersion.objects.get_or_create(pk=SINGLETON_ID, defaults={"number": 1})
