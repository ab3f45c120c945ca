"""The H5P activity snippet in the Wagtail admin, with a preview trainers play in the same
isolation as learners (an opaque origin), under a preview launch that records nothing."""

from __future__ import annotations

from django.contrib import messages
from django.urls import path
from django.utils.functional import cached_property

from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.generic import InspectView
from wagtail.admin.widgets.button import Button
from wagtail.snippets.views.chooser import (
    ChooseResultsView,
    ChooseView,
    SnippetChooserViewSet,
)
from wagtail.snippets.views.snippets import CreateView, EditView, SnippetViewSet

from courses.h5p.forms import H5PActivityForm
from courses.h5p.launch import preview_url_for
from courses.h5p.media import media_hosts
from courses.h5p.models import H5PActivity


class H5PActivityPreviewView(InspectView):
    """Plays an activity, placed in a lesson or not, for someone who may edit activities."""

    any_permission_required = ["change"]
    page_title = "Preview"
    template_name = "courses/h5p/admin_preview.html"

    @cached_property
    def header_more_buttons(self):
        return [Button("Edit", url=self.get_edit_url(), icon_name="edit", priority=10)]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["activity"] = self.object
        context["launch_url"] = (
            preview_url_for(user=self.request.user, activity=self.object)
            if self.object.unpacked_folder
            else None
        )
        return context


class BlockedMediaWarningMixin:
    """After a package is saved, warn the trainer about media the player will not show:
    learners would meet a gap where the video or image should be."""

    def form_valid(self, form):
        response = super().form_valid(form)
        hosts = getattr(form, "media_hosts_blocked", [])
        if hosts:
            messages.warning(
                self.request,
                "This activity plays media from "
                + ", ".join(hosts)
                + ", which learners' browsers will not show here: only media from "
                + (", ".join(media_hosts()) or "inside the package")
                + " can be shown. Learners will see a note instead. Put the media in the "
                "package, or ask an administrator to allow the host.",
            )
        return response


class H5PActivityCreateView(BlockedMediaWarningMixin, CreateView):
    pass


class H5PActivityEditView(BlockedMediaWarningMixin, EditView):
    pass


def _activity_columns(title_column) -> list:
    """Type, uploader and date beside the title, so trainers pick the activity they mean."""
    return [
        title_column,
        Column("type_title", label="Type", sort_key="main_library"),
        Column("uploaded_by", label="Uploaded by", sort_key=None),
        DateColumn("uploaded_at", label="Uploaded", sort_key="uploaded_at"),
    ]


class H5PChooserColumnsMixin:
    @property
    def columns(self):
        columns = super().columns
        title = next((c for c in columns if isinstance(c, TitleColumn)), columns[0])
        return _activity_columns(title) + [c for c in columns[1:] if c is not title]


class H5PChooseView(H5PChooserColumnsMixin, ChooseView):
    pass


class H5PChooseResultsView(H5PChooserColumnsMixin, ChooseResultsView):
    pass


class H5PChooserViewSet(SnippetChooserViewSet):
    choose_view_class = H5PChooseView
    choose_results_view_class = H5PChooseResultsView


class H5PActivityViewSet(SnippetViewSet):
    model = H5PActivity
    icon = "media"
    menu_label = "H5P activities"
    menu_order = 250
    add_to_admin_menu = True
    chooser_viewset_class = H5PChooserViewSet
    add_view_class = H5PActivityCreateView
    edit_view_class = H5PActivityEditView
    list_display = [
        "title",
        Column("type_title", label="Type", sort_key="main_library"),
        Column("uploaded_by", label="Uploaded by"),
        DateColumn("uploaded_at", label="Uploaded", sort_key="uploaded_at"),
    ]
    search_fields = ["title"]
    edit_handler = ObjectList(
        [FieldPanel("title"), FieldPanel("package")], base_form_class=H5PActivityForm
    )

    @property
    def play_preview_view(self):
        return self.construct_view(
            H5PActivityPreviewView,
            edit_url_name=self.get_url_name("edit"),
            index_url_name=self.get_url_name("list"),
        )

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("play/<int:pk>/", self.play_preview_view, name="play_preview"),
        ]
