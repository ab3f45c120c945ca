"""Wagtail imports `<app>.wagtail_hooks` of each app. Each feature of `cms` registers its
hooks, snippets and admin views in its own `wagtail_hooks` module, listed here."""

from cms.home import wagtail_hooks as home  # noqa: F401
from cms.local_inserts import wagtail_hooks as local_inserts  # noqa: F401
from cms.public import wagtail_hooks as public  # noqa: F401
