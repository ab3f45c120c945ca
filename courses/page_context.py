"""What a content page shows about the signed-in person is not the content app's business.

`courses` knows no learner. Its pages ask the apps above it for that part of their context
through the `construct_page_context` hook: a function taking `page`, `request` and the
`context` dict, adding what it knows (progress on a course page, answers on a lesson, the
reader's reflections on a briefing). `learning` registers those in its features'
`wagtail_hooks` modules.
"""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest

from wagtail import hooks


def page_context_construct(*, page, request: HttpRequest, context: dict[str, Any]) -> None:
    """Let every `construct_page_context` hook add to a page's context."""
    for hook in hooks.get_hooks("construct_page_context"):
        hook(page=page, request=request, context=context)
