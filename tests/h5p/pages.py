"""A course with one lesson placing an H5P activity, built with the courses factories."""

from __future__ import annotations

from courses.catalogue.models import CourseIndexPage
from tests.factories import CourseIndexPageFactory, CoursePageFactory, LessonPageFactory


def lesson_with_activity(home, activity, *, required=True, min_score=0.8):
    index = CourseIndexPage.objects.first() or CourseIndexPageFactory(parent=home)
    course = CoursePageFactory(parent=index, assessment_questions=[])
    return LessonPageFactory(
        parent=course,
        title="Spotting neglect",
        body=[
            {"type": "text", "value": "<p>Neglect builds up over time.</p>"},
            {
                "type": "h5p",
                "value": {"activity": activity.pk, "required": required, "min_score": min_score},
            },
        ],
    )
