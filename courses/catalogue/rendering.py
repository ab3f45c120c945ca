"""The lesson body, rendered once per published revision and served from the cache.

Most of a lesson (text, images, video, callouts, case studies) is the same for everyone
who reads that revision, and rendering its StreamField was most of the page's cost. Blocks
that show the reader's own state are never cached: a knowledge check carries the reader's
answers and a CSRF token, an H5P activity a launch token signed for the reader and their
results. Those are rendered for each request, in place, from the page's context.
"""

from __future__ import annotations

from typing import Any

from django.core.cache import cache
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language

# Block types whose output depends on who is reading: rendered per request, never cached.
# A local insert shows the reader's (or the site's) partnership's version of a thing, so
# one cached copy would show the first reader's partnership to everyone.
PER_READER_BLOCK_TYPES = frozenset({"knowledge_check", "h5p", "local_insert"})
# A backstop: a new revision gets a new key, so old entries are only ever left to expire.
LESSON_BODY_CACHE_SECONDS = 24 * 60 * 60


def lesson_body_cache_key(*, page) -> str:
    """One key per page, revision and language, so publishing never serves a stale body."""
    return (
        f"courses:lesson-body:{page.pk}:{page.latest_revision_id}:"
        f"{page.live_revision_id}:{get_language()}"
    )


def _is_cacheable(*, page, request) -> bool:
    # A preview shows unsaved content under the live page's ids.
    if request is not None and getattr(request, "is_preview", False):
        return False
    return bool(page.pk and page.live and page.live_revision_id)


def _render_block(block, context: dict[str, Any]) -> str:
    # As `{% include_block block with block_id=block.id %}` does.
    return block.render_as_block(context={**context, "block_id": block.id})


def lesson_body_render(*, page, context: dict[str, Any]) -> SafeString:
    """The lesson's body and sources as HTML: shared blocks from the cache (rendered and
    stored on a miss), per-reader blocks rendered now with this request's context."""
    request = context.get("request")
    fragments = None
    key = ""
    if _is_cacheable(page=page, request=request):
        key = lesson_body_cache_key(page=page)
        fragments = cache.get(key)
    if fragments is None:
        # Shared blocks are rendered with the page alone, so nothing of this reader can
        # reach the cached copy even if a block template read the context.
        shared = {"page": page}
        fragments = [
            None
            if block.block_type in PER_READER_BLOCK_TYPES
            else str(_render_block(block, shared))
            for block in page.body
        ]
        if key:
            cache.set(key, fragments, LESSON_BODY_CACHE_SECONDS)
    # On a hit only the per-reader blocks are turned into Python values; the shared ones
    # are not even deserialised.
    body = page.body
    parts = [
        fragment if fragment is not None else _render_block(body[index], context)
        for index, fragment in enumerate(fragments)
    ]
    return mark_safe("".join(parts))  # noqa: S308 - block templates' own escaped output
