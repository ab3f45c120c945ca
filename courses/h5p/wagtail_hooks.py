"""H5P activities are managed as a snippet with their own upload form, admin views and a
preview; deleting one deletes its unpacked package if no other activity uses it."""

from django.urls import reverse

from wagtail import hooks
from wagtail.admin.widgets.button import Button
from wagtail.snippets.models import register_snippet

from courses.h5p.launch import EDIT_PERMISSION
from courses.h5p.models import H5PActivity
from courses.h5p.services import h5p_unpacked_folder_release_on_commit
from courses.h5p.views import H5PActivityViewSet

register_snippet(H5PActivityViewSet)


@hooks.register("register_snippet_listing_buttons")
def h5p_preview_listing_button(snippet, user, next_url=None):
    if (
        isinstance(snippet, H5PActivity)
        and snippet.unpacked_folder
        and user.has_perm(EDIT_PERMISSION)
    ):
        yield Button(
            "Preview",
            reverse(snippet.snippet_viewset.get_url_name("play_preview"), args=[snippet.pk]),
            icon_name="view",
            priority=15,
        )


@hooks.register("after_delete_snippet")
def h5p_unpacked_folders_release(request, instances):
    for instance in instances:
        if isinstance(instance, H5PActivity):
            h5p_unpacked_folder_release_on_commit(folder=instance.unpacked_folder)
