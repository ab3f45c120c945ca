"""Template tags for the account pages allauth renders with our templates."""

from __future__ import annotations

import re

from django import template
from django.conf import settings
from django.shortcuts import resolve_url
from django.utils.safestring import SafeData, mark_safe

from learning.people.middleware import mfa_set_up_next

register = template.Library()


@register.simple_tag(takes_context=True)
def mfa_set_up_way_on(context) -> str:
    """Where "Continue" leads after the two-factor set-up: the page the person was going
    to when the set-up started, else the home page after sign-in."""
    request = context.get("request")
    path = mfa_set_up_next(request) if request is not None else None
    return path or resolve_url(settings.LOGIN_REDIRECT_URL)


_TITLE_CASE_WORD = re.compile(r"\b([A-Z])([a-z]+)\b")


@register.filter(is_safe=True)
def sentence_case(value: str) -> str:
    """ "Two-Factor Authentication" as "Two-factor authentication": allauth's headings,
    page titles and buttons are in Title Case, GOV.UK's style is sentence case. Only
    capitalised words after the first change; acronyms (QR, MFA) stay as they are.
    https://www.gov.uk/guidance/style-guide/a-to-z-of-gov-uk-style#capitals
    """
    text = str(value)
    first = re.search(r"[A-Za-z]", text)
    if first is None:
        return value

    def lower(match: re.Match) -> str:
        if match.start() == first.start():
            return match.group(0)
        return match.group(1).lower() + match.group(2)

    result = _TITLE_CASE_WORD.sub(lower, text)
    return mark_safe(result) if isinstance(value, SafeData) else result  # noqa: S308
