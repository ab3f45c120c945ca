"""Filters course templates use to read the learner's state that `learning` put in the
page context (see `courses.page_context`)."""

from __future__ import annotations

import re

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


_SELECT_ALL = re.compile(r"\s*\(?\bselect all that apply\b\.?\)?\s*$", re.IGNORECASE)


@register.filter
def without_select_all(text: str) -> str:
    """A question's text without a trailing "Select all that apply.": the page says it
    once, as the question's hint."""
    return _SELECT_ALL.sub("", text or "")
