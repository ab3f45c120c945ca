"""Wagtail imports `<app>.wagtail_hooks` of each app. Each feature of `courses` registers its
hooks, snippets and admin views in its own `wagtail_hooks` module, listed here."""

from courses.authoring import wagtail_hooks as authoring  # noqa: F401
from courses.briefings import wagtail_hooks as briefings  # noqa: F401
from courses.catalogue import wagtail_hooks as catalogue  # noqa: F401
from courses.h5p import wagtail_hooks as h5p  # noqa: F401
