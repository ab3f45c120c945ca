"""Admin hooks for 7-minute briefings: the trainer's shortcuts on the dashboard."""

from __future__ import annotations

from django.http import HttpRequest
from django.urls import reverse

from wagtail import hooks
from wagtail.admin.ui.components import Component

from courses.briefings.selectors import briefing_drafts_for, briefing_index_to_add_to


class BriefingShortcutsPanel(Component):
    """ "New briefing" and "My drafts" at the top of the dashboard: trainers came to the
    admin to write or finish a briefing and had to find the section in the page tree."""

    name = "briefing_shortcuts"
    order = 50
    template_name = "courses/briefings/admin_shortcuts_panel.html"

    def __init__(self, *, add_url: str | None, drafts: list) -> None:
        self.add_url = add_url
        self.drafts = drafts

    def get_context_data(self, parent_context=None) -> dict:
        return {"add_url": self.add_url, "drafts": self.drafts}


@hooks.register("construct_homepage_panels")
def add_briefing_shortcuts_panel(request: HttpRequest, panels: list) -> None:
    index = briefing_index_to_add_to(request.user)
    drafts = list(briefing_drafts_for(request.user)[:10])
    if index is None and not drafts:
        return
    add_url = (
        reverse("wagtailadmin_pages:add", args=["courses", "briefingpage", index.pk])
        if index is not None
        else None
    )
    panels.append(BriefingShortcutsPanel(add_url=add_url, drafts=drafts))
