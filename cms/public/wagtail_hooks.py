"""Admin wiring for the public "Spot the signs" section and its demo content."""

from django.urls import path, reverse

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet

from cms.public.admin import PublicSectionGroup, open_course_completions
from learning.public.models import Employer
from learning.public.selectors import can_manage_employers

register_snippet(PublicSectionGroup)


@hooks.register("register_admin_urls")
def register_public_admin_urls():
    return [
        path(
            "spot-the-signs/completions/",
            open_course_completions,
            name="public_open_course_completions",
        )
    ]


class ManagersMenuItem(MenuItem):
    def is_shown(self, request) -> bool:
        return can_manage_employers(request.user)


@hooks.register("register_reports_menu_item")
def register_completions_menu_item():
    return ManagersMenuItem(
        "Open course by employer",
        reverse("public_open_course_completions"),
        icon_name="list-ul",
        order=700,
    )


@hooks.register("after_create_snippet")
def record_employer_creator(request, instance):
    if isinstance(instance, Employer) and instance.created_by_id is None:
        instance.created_by = request.user
        instance.save(update_fields=["created_by"])
