"""Page routing from the cache: where a URL leads, remembered so a page costs no query to
find instead of two per level of the tree (issue 18).

Wagtail routes a URL by walking the tree from the site's root, a child at a time. The
result for an ordinary page (not a routable page's sub-route, which may depend on more
than the path) is remembered, the page object itself, under the content version
(courses.content_version): any save, publish, unpublish, move or delete of a page moves
the version on, so a remembered route is never served stale.
"""

from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest

from wagtail.url_routing import RouteResult

from courses.content_version.selectors import content_cached

_NOT_ORDINARY = "not-an-ordinary-page"


def page_route(
    *,
    root,
    request: HttpRequest,
    path_components: list[str],
    walk: Callable[[HttpRequest, list[str]], RouteResult],
) -> RouteResult:
    """The route for `path_components` under `root`: from the cache for an ordinary page,
    else by `walk` (Wagtail's own routing)."""
    if not path_components:
        return walk(request, path_components)
    expected_path = root.url_path + "/".join(path_components) + "/"
    walked: list[RouteResult] = []

    def ordinary_page():
        """The routed page if it is an ordinary one, else a marker (remembered too, so
        a routable page's sub-routes are walked each time without trying again)."""
        result = walk(request, path_components)
        page = result.page
        if result.args or result.kwargs or page.url_path != expected_path:
            walked.append(result)
            return _NOT_ORDINARY
        # What every reader of this page needs about its place in the tree, loaded now
        # so it is remembered with the page (a lesson's course).
        warm = getattr(page, "content_cache_warm", None)
        if warm is not None:
            warm()
        return page

    name = f"page-route:{root.pk}:{'/'.join(path_components)}"
    page = content_cached(request=request, name=name, compute=ordinary_page)
    if isinstance(page, str):
        return walked[0] if walked else walk(request, path_components)
    return RouteResult(page)
