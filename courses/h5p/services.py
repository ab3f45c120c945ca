"""Writes about H5P activities: taking a new package into use."""

from __future__ import annotations

from django.db import transaction

from courses.h5p.models import H5PActivity
from courses.h5p.storage import unpack_package
from courses.h5p.validation import validate_package


def h5p_activity_install_package(*, activity: H5PActivity, uploaded_by=None) -> H5PActivity:
    """Validate and unpack the activity's package, then point the activity at it.

    The folder is complete before the one UPDATE that switches to it, so learners playing
    the old version never see a half-written one. Raises PackageRejected.
    """
    with activity.package.open("rb") as file:
        info = validate_package(file)
        folder = unpack_package(file)
    with transaction.atomic():
        H5PActivity.objects.filter(pk=activity.pk).update(
            unpacked_folder=folder,
            main_library=info.main_library,
            title=activity.title or info.title,
            uploaded_by=uploaded_by or activity.uploaded_by,
        )
    activity.refresh_from_db()
    return activity
