"""Register the local arrangements snippet and answer the local insert blocks of shared
content (courses.local_inserts) with the reader's partnership's arrangements."""

from __future__ import annotations

from django.http import HttpRequest

from wagtail import hooks
from wagtail.snippets.models import register_snippet

from cms.local_inserts.admin import LocalArrangementsViewSet
from cms.local_inserts.selectors import insert_partnership, local_insert_build
from courses.local_inserts.selectors import LocalInsert

register_snippet(LocalArrangementsViewSet)

_MEMO_ATTRIBUTE = "_local_inserts"


@hooks.register("local_insert")
def _local_insert(*, kind: str, request: HttpRequest | None) -> LocalInsert | None:
    """A lesson may hold several inserts: the partnership and each kind's answer are
    looked up once per request and kept on it."""
    if request is None:
        return None
    memo = getattr(request, _MEMO_ATTRIBUTE, None)
    if memo is None:
        memo = {}
        setattr(request, _MEMO_ATTRIBUTE, memo)
    if "partnership" not in memo:
        memo["partnership"] = insert_partnership(request=request)
    partnership = memo["partnership"]
    if partnership is None:
        return None
    if kind not in memo:
        memo[kind] = local_insert_build(kind=kind, partnership=partnership)
    return memo[kind]
