"""Filters course templates use to read the learner's state that `learning` put in the
page context (see `courses.page_context`)."""

from __future__ import annotations

from django import template

register = template.Library()


@register.filter
def lookup(mapping, key):
    """`mapping|lookup:key` for dicts keyed by ids."""
    if not mapping:
        return None
    return mapping.get(key)


@register.filter
def contains(collection, item) -> bool:
    return bool(collection) and item in collection
