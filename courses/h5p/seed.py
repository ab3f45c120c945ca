"""Demo content: the one-question quiz as an H5P activity (placed in a lesson by the
catalogue's seed, which owns lessons)."""

from __future__ import annotations

from courses.h5p.demo import demo_package_file
from courses.h5p.models import H5PActivity
from courses.h5p.services import h5p_activity_install_package

DEMO_TITLE = "Spotting neglect: a one-question check"


def seed_h5p_demo() -> H5PActivity:
    """Create the demo activity from the package the project ships; idempotent."""
    activity = H5PActivity.objects.filter(title=DEMO_TITLE).first()
    if activity is None:
        activity = H5PActivity.objects.create(title=DEMO_TITLE, package=demo_package_file())
        h5p_activity_install_package(activity=activity)
    return activity
