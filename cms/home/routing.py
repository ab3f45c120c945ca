"""Page routing from the cache: where a URL leads, remembered so a page costs one query
to find instead of two per level of the tree (issue 18).

Wagtail routes a URL by walking the tree from the site's root, a child at a time. The
result for an ordinary page (not a routable page's sub-route, which may depend on more
than the path) is remembered as the page's id and type. A remembered route is checked
each time it is used: the page must still exist, be live and have exactly that URL path,
or the walk is done again, so a move, rename, unpublish or delete is never served stale.
"""

from __future__ import annotations

from collections.abc import Callable

from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.http import HttpRequest
from django.utils.translation import get_language

from wagtail.url_routing import RouteResult

ROUTE_CACHE_SECONDS = 10 * 60


def _key(root, path_components: list[str]) -> str:
    return f"cms:page-route:{root.pk}:{get_language()}:{'/'.join(path_components)}"


def page_route(
    *,
    root,
    request: HttpRequest,
    path_components: list[str],
    walk: Callable[[HttpRequest, list[str]], RouteResult],
) -> RouteResult:
    """The route for `path_components` under `root`: from the cache when it still holds,
    else by `walk` (Wagtail's own routing), remembering an ordinary page's route."""
    if not path_components:
        return walk(request, path_components)
    key = _key(root, path_components)
    expected_path = root.url_path + "/".join(path_components) + "/"
    remembered = cache.get(key)
    if remembered is not None:
        page_id, content_type_id = remembered
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        page = model.objects.filter(pk=page_id, live=True, url_path=expected_path).first()
        if page is not None:
            return RouteResult(page)
    result = walk(request, path_components)
    page = result.page
    if not result.args and not result.kwargs and page.url_path == expected_path:
        cache.set(key, (page.pk, page.content_type_id), ROUTE_CACHE_SECONDS)
    return result
