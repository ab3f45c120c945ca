"""One number that changes whenever published content, its place in the tree, a site or a
page's privacy changes (issue 18)."""

from __future__ import annotations

import uuid

from django.db import models


class ContentVersion(models.Model):
    """A single row whose `number` goes up on every change to pages, sites or view
    restrictions (see `receivers`).

    Learner-independent things a page needs (the routed page, its course, the course's
    lessons, the site) are cached under keys that include this number, so a publish,
    unpublish, move or delete is seen by the very next request without any other
    invalidation. It lives in the database, not the cache, because the cache may be
    private to one process (local memory) while every process shares the database; the
    read is one primary-key lookup per page view. Until the first change there is no row,
    and nothing is cached.
    """

    number = models.BigIntegerField(default=0)
    # Drawn afresh at every change and part of every cache key: a database restored from
    # a backup, or a test's rolled-back one, can repeat a number but never a token with
    # different content behind it.
    token = models.UUIDField(default=uuid.uuid4)

    class Meta:
        verbose_name = "content version"

    def __str__(self) -> str:
        return f"content version {self.number}"
