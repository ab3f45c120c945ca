"""Local arrangements in the admin: each partnership's managers keep their own (scoped by
learning.people.policies, like area contacts); administrators see every partnership's."""

from __future__ import annotations

from wagtail.admin.panels import ObjectList

from cms.local_inserts.models import LocalArrangements
from learning.people.policies import ScopedForm, ScopedSnippetViewSet


class LocalArrangementsViewSet(ScopedSnippetViewSet):
    model = LocalArrangements
    partnership_path = "partnership"
    icon = "site"
    menu_label = "Local arrangements"
    menu_order = 320
    add_to_admin_menu = True
    list_display = [
        "__str__",
        "assessment_tool_name",
        "threshold_document_title",
        "escalation_policy_title",
    ]
    edit_handler = ObjectList(LocalArrangements.panels, base_form_class=ScopedForm)
