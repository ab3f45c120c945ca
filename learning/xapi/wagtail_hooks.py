"""Admin and hooks for H5P activities and the xAPI endpoint (loaded by learning/wagtail_hooks)."""

from wagtail.snippets.models import register_snippet

from courses.h5p.views import H5PActivityViewSet

from .admin import XAPIClientViewSet

register_snippet(H5PActivityViewSet)
register_snippet(XAPIClientViewSet)

# Statements into H5P results and lesson completion (registers its listener and hook).
from . import progress  # noqa: E402, F401
