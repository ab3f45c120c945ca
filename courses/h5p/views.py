"""The H5P activity snippet in the Wagtail admin."""

from __future__ import annotations

from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.snippets.views.snippets import SnippetViewSet

from courses.h5p.forms import H5PActivityForm
from courses.h5p.models import H5PActivity


class H5PActivityViewSet(SnippetViewSet):
    model = H5PActivity
    icon = "media"
    menu_label = "H5P activities"
    menu_order = 250
    add_to_admin_menu = True
    list_display = ["title", "main_library", "uploaded_at", "uploaded_by"]
    search_fields = ["title"]
    edit_handler = ObjectList(
        [FieldPanel("title"), FieldPanel("package")], base_form_class=H5PActivityForm
    )
