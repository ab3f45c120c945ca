"""H5P activities are managed as a snippet with their own upload form and admin views."""

from wagtail.snippets.models import register_snippet

from courses.h5p.views import H5PActivityViewSet

register_snippet(H5PActivityViewSet)
