"""Writes about H5P activities: taking a new package into use, and clearing away the
unpacked folders no activity uses any more."""

from __future__ import annotations

from functools import partial

from django.db import transaction

from courses.h5p.models import H5PActivity
from courses.h5p.storage import delete_unpacked, unpack_package
from courses.h5p.validation import validate_package


def h5p_unpacked_folder_delete_if_unused(*, folder: str) -> bool:
    """Delete an unpacked folder once no activity refers to it; say whether it was.

    Folders are named by the package's hash, so two activities may share one: it goes
    only when the last of them has moved on (a replaced package, a deleted activity).
    """
    if not folder or H5PActivity.objects.filter(unpacked_folder=folder).exists():
        return False
    delete_unpacked(folder)
    return True


def h5p_unpacked_folder_release_on_commit(*, folder: str, replaced_by: str = "") -> None:
    """Once the switch away from `folder` commits, delete it if nothing uses it."""
    if folder and folder != replaced_by:
        transaction.on_commit(partial(h5p_unpacked_folder_delete_if_unused, folder=folder))


def h5p_activity_install_package(*, activity: H5PActivity, uploaded_by=None) -> H5PActivity:
    """Validate and unpack the activity's package, then point the activity at it.

    The folder is complete before the one UPDATE that switches to it, so learners playing
    the old version never see a half-written one. Raises PackageRejected.
    """
    with activity.package.open("rb") as file:
        info = validate_package(file)
        folder = unpack_package(file)
    previous = (
        H5PActivity.objects.filter(pk=activity.pk).values_list("unpacked_folder", flat=True).first()
    )
    with transaction.atomic():
        H5PActivity.objects.filter(pk=activity.pk).update(
            unpacked_folder=folder,
            main_library=info.main_library,
            title=activity.title or info.title,
            uploaded_by=uploaded_by or activity.uploaded_by,
        )
    h5p_unpacked_folder_release_on_commit(folder=previous or "", replaced_by=folder)
    activity.refresh_from_db()
    return activity
