"""Sections of the "My learning" page, contributed by each app through a Wagtail hook.

Apps that sit above `learning` (certificates, for example) cannot be imported from here,
so they register a panel instead:

    @hooks.register("register_my_learning_panel")
    def certificates_panel():
        return MyLearningPanel(order=30, template="certificates/my_learning_panel.html",
                               get_context=lambda request: {...})
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from django.http import HttpRequest
from django.template.loader import render_to_string

from wagtail import hooks


@dataclass(frozen=True)
class MyLearningPanel:
    order: int
    template: str
    get_context: Callable[[HttpRequest], dict[str, Any]] = field(default=lambda request: {})

    def render(self, request: HttpRequest) -> str:
        return render_to_string(self.template, self.get_context(request), request=request)


def my_learning_panels(request: HttpRequest) -> list[str]:
    """Render every registered panel, in order."""
    panels = [hook() for hook in hooks.get_hooks("register_my_learning_panel")]
    return [panel.render(request) for panel in sorted(panels, key=lambda p: p.order)]
