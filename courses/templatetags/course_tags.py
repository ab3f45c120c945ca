"""Filters course templates use to read the learner's state that `learning` put in the
page context (see `courses.page_context`)."""

from __future__ import annotations

from django import template

from courses.catalogue.questions import answer_feedback, text_without_select_all
from courses.catalogue.rendering import lesson_body_render

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


@register.filter
def without_select_all(text: str) -> str:
    """A question's text without a trailing "Select all that apply." (said once, as the
    hint)."""
    return text_without_select_all(text)


@register.simple_tag
def answer_feedback_for(question: dict, option_ids) -> dict:
    """`{% answer_feedback_for question answer.option_ids as feedback %}`: what to say
    after an answer, each thing once."""
    return answer_feedback(question, {str(option_id) for option_id in option_ids or ()})


@register.simple_tag(takes_context=True)
def lesson_body(context, page) -> str:
    """`{% lesson_body page %}`: the lesson's blocks, shared ones from the cache (see
    `courses.catalogue.rendering`)."""
    return lesson_body_render(page=page, context=context.flatten())
