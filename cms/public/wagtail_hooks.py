"""Admin wiring for the public "Spot the signs" section and its demo content."""

from django.http import HttpRequest
from django.urls import path, reverse

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.snippets.models import register_snippet

from cms.public.admin import PublicSectionGroup, open_course_completions
from cms.public.selectors import area_contacts_to_check
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


class AreaContactsToCheckPanel(Component):
    """On the managers' dashboard until every contact in their scope has a daytime number
    and has been confirmed: the public finder, posters and cards depend on them."""

    name = "area_contacts_to_check"
    order = 80
    template_name = "cms/public/admin/contacts_panel.html"

    def __init__(self, contacts) -> None:
        self.contacts = contacts

    def get_context_data(self, parent_context=None) -> dict:
        return {"contacts": self.contacts}


@hooks.register("construct_homepage_panels")
def add_area_contacts_to_check_panel(request: HttpRequest, panels: list) -> None:
    contacts = list(area_contacts_to_check(user=request.user))
    if contacts:
        panels.append(AreaContactsToCheckPanel(contacts))
