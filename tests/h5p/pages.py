"""A course with one lesson placing an H5P activity (built here until the courses feature's
factories land on main)."""

from __future__ import annotations

from courses.models import CourseIndexPage, CoursePage, LessonPage


def lesson_with_activity(home, activity, *, required=True, min_score=0.8, extra_blocks=()):
    index = CourseIndexPage.objects.first() or home.add_child(
        instance=CourseIndexPage(title="Courses", slug="courses")
    )
    course = index.add_child(
        instance=CoursePage(
            title=f"Neglect course {CoursePage.objects.count() + 1}",
            summary="Spotting and responding to neglect.",
        )
    )
    lesson = course.add_child(
        instance=LessonPage(
            title="Spotting neglect",
            body=[
                {"type": "text", "value": "<p>Neglect builds up over time.</p>"},
                *extra_blocks,
                {
                    "type": "h5p",
                    "value": {
                        "activity": activity.pk,
                        "required": required,
                        "min_score": min_score,
                    },
                },
            ],
        )
    )
    return lesson
