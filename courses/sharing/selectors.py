"""Reads: which pages a site's catalogue lists (its own and those shared with it)."""

from __future__ import annotations

from django.db.models import Q, QuerySet

from wagtail.models import Page, Site

from courses.sharing.models import Sharing


def site_catalogue(queryset: QuerySet, *, index: Page, site: Site | None) -> QuerySet:
    """The live, public pages of `queryset` a catalogue lists: the index's own children and
    pages elsewhere shared with everyone or with `site` by name. One query (the named
    shares are a subquery, so a page shared with several sites is listed once)."""
    own = Q(path__startswith=index.path, depth=index.depth + 1)
    shown = own | Q(sharing=Sharing.EVERYONE)
    if site is not None:
        named = queryset.model.objects.filter(shared_with=site).values("pk")
        shown |= Q(sharing=Sharing.NAMED, pk__in=named)
    return queryset.filter(shown).live().public()
