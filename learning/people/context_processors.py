"""Template context every page needs: the navigation for the signed-in person's roles."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from django.utils.functional import SimpleLazyObject

from learning.people.selectors import admin_brand_name, navigation_for


def navigation(request: HttpRequest) -> dict[str, Any]:
    user = getattr(request, "user", None)
    items = navigation_for(user) if user is not None else []
    for item in items:
        item["current"] = request.path.startswith(item["href"])
    return {"service_navigation": items}


def admin_branding(request: HttpRequest) -> dict[str, Any]:
    """The admin's title (templates/wagtailadmin/admin_base.html and home.html), looked up
    only when an admin template shows it, so the site's pages pay no query for it."""
    user = getattr(request, "user", None)
    return {
        "admin_brand_name": SimpleLazyObject(
            lambda: admin_brand_name(user) if user is not None else ""
        )
    }
