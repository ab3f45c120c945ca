"""Every address the site answers, found rather than listed: the URL conf walked
recursively (Wagtail's admin URLs included, so every registered snippet, viewset, chooser
and report is there), and Wagtail's page serving expanded into each page type and each
route of its routable pages."""

from __future__ import annotations

from dataclasses import dataclass

from django.urls import URLPattern, URLResolver, get_resolver

from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import get_page_models


@dataclass(frozen=True)
class Endpoint:
    """One URL pattern (`key` is its namespaced name, or its route when it has none), or
    one page type or page route (`page:<app.Model>` and `page:<app.Model>:<route name>`)."""

    key: str
    route: str

    @property
    def namespace(self) -> str:
        return self.key.rpartition(":")[0] + ":" if ":" in self.key else ""


PAGE_SERVE = "wagtail_serve"


def _walk(patterns, prefix: str = "", namespace: str = ""):
    for pattern in patterns:
        route = prefix + str(pattern.pattern)
        if isinstance(pattern, URLResolver):
            inner = namespace
            if pattern.namespace:
                inner = f"{namespace}{pattern.namespace}:"
            yield from _walk(pattern.url_patterns, route, inner)
        elif isinstance(pattern, URLPattern):
            key = f"{namespace}{pattern.name}" if pattern.name else f"route:{route}"
            yield Endpoint(key=key, route=route)


def url_endpoints() -> list[Endpoint]:
    """Every pattern of the URL conf but Wagtail's catch-all page serving."""
    return [e for e in _walk(get_resolver().url_patterns) if e.key != PAGE_SERVE]


def page_endpoints() -> list[Endpoint]:
    """What Wagtail's page serving answers: each page type, and each route of a routable
    page type."""
    endpoints = []
    for model in get_page_models():
        label = model._meta.label
        endpoints.append(Endpoint(key=f"page:{label}", route=f"<{label}>"))
        if issubclass(model, RoutablePageMixin):
            for pattern in model.get_subpage_urls():
                endpoints.append(
                    Endpoint(
                        key=f"page:{label}:{pattern.name}", route=f"<{label}>{pattern.pattern}"
                    )
                )
    return endpoints


def all_endpoints() -> list[Endpoint]:
    return url_endpoints() + page_endpoints()
