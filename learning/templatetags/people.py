"""Template tags for the account pages allauth renders with our templates."""

from __future__ import annotations

from django import template
from django.conf import settings
from django.shortcuts import resolve_url

from learning.people.middleware import mfa_set_up_next

register = template.Library()


@register.simple_tag(takes_context=True)
def mfa_set_up_way_on(context) -> str:
    """Where "Continue" leads after the two-factor set-up: the page the person was going
    to when the set-up started, else the home page after sign-in."""
    request = context.get("request")
    path = mfa_set_up_next(request) if request is not None else None
    return path or resolve_url(settings.LOGIN_REDIRECT_URL)
