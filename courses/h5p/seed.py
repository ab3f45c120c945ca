"""Demo content: the one-question quiz as an activity, placed in one seeded lesson."""

from __future__ import annotations

from ..models import H5PActivity, LessonPage
from .demo import demo_package_file
from .selectors import activities_in_lesson
from .services import h5p_activity_install_package

DEMO_TITLE = "Spotting neglect: a one-question check"
# A lesson the courses feature seeds; if it is not there, the activity is still created.
DEMO_LESSON_SLUG = "types-of-neglect"


def seed_h5p_demo(*, home) -> H5PActivity:
    """Create the demo activity and add it (required, 80%) to the demo lesson; idempotent."""
    activity = H5PActivity.objects.filter(title=DEMO_TITLE).first()
    if activity is None:
        activity = H5PActivity.objects.create(title=DEMO_TITLE, package=demo_package_file())
        h5p_activity_install_package(activity=activity)
    lesson = LessonPage.objects.descendant_of(home).filter(slug=DEMO_LESSON_SLUG).first()
    if lesson is not None and not activities_in_lesson(lesson):
        lesson.body.append(("h5p", {"activity": activity, "required": True, "min_score": 0.8}))
        lesson.save_revision().publish()
    return activity
