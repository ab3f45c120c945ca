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


# Trainers upload and place activities; the partnership manager too.
H5P_PERMISSIONS = ["add_h5pactivity", "change_h5pactivity", "view_h5pactivity"]


def seed_h5p(*, home) -> None:
    from django.contrib.auth.models import Group, Permission

    from courses.h5p.seed import seed_h5p_demo

    from ..roles import Role

    seed_h5p_demo(home=home)
    permissions = Permission.objects.filter(
        content_type__app_label="courses", codename__in=H5P_PERMISSIONS
    )
    for role in (Role.TRAINER, Role.PARTNERSHIP_MANAGER):
        group = Group.objects.filter(name=role.value).first()
        if group is not None:
            group.permissions.add(*permissions)


@hooks.register("register_demo_content")
def _h5p_demo_content():
    """After the courses (order 10): the demo quiz, placed in one seeded lesson."""
    return (600, seed_h5p)
