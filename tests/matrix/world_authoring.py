"""Course authoring in the matrix's world: a draft course with a draft lesson (for the
course screen, reordering, submitting and duplicating) and a course already submitted
with its lesson (for the approver's queue and approving)."""

from __future__ import annotations

from courses.authoring.services import course_submit
from tests.factories import CoursePageFactory, LessonPageFactory


def _draft(page):
    page.live = False
    page.save()
    page.save_revision()
    return page


def build_authoring_world(world) -> None:
    index = world["course_index"]
    course = _draft(CoursePageFactory(parent=index, title="Matrix draft", slug="matrix-draft"))
    _draft(LessonPageFactory(parent=course, title="Matrix draft lesson", slug="draft-lesson"))
    world["authoring_course"] = course
    world["authoring_lesson"] = course.get_children().first()
    submitted = _draft(
        CoursePageFactory(parent=index, title="Matrix submitted", slug="matrix-submitted")
    )
    _draft(LessonPageFactory(parent=submitted, title="Matrix sent lesson", slug="sent-lesson"))
    world["submitted_course"] = submitted
    # Submitted by partnership A's trainer: the page log names them, and the site history
    # shows page entries only to readers whose scope includes the person who acted.
    world["authoring_submission"] = course_submit(
        course=submitted, user=world["trainer_A"], note="Matrix note"
    )
