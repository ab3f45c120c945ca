"""Admin and hooks for H5P activities and the xAPI endpoint (loaded by learning/wagtail_hooks).

Importing `progress` and `forwarding` registers their `xapi_statements_recorded` listeners
and the `lesson_completion_requirements` hook.
"""

from wagtail import hooks
from wagtail.snippets.models import register_snippet

from courses.h5p.views import H5PActivityViewSet

from . import forwarding, progress  # noqa: F401
from .admin import ForwardBacklogSummaryItem, XAPIClientViewSet

register_snippet(H5PActivityViewSet)
register_snippet(XAPIClientViewSet)


@hooks.register("construct_homepage_summary_items")
def _forward_backlog_summary(request, items):
    items.append(ForwardBacklogSummaryItem(request))


def seed_h5p(*, home) -> None:
    from courses.h5p.seed import seed_h5p_demo

    seed_h5p_demo(home=home)


@hooks.register("register_demo_content")
def _h5p_demo_content():
    """After the courses (order 10): the demo quiz, placed in one seeded lesson."""
    return (600, seed_h5p)
