"""Reads for the course catalogue."""

from __future__ import annotations

from django.db.models import Q, QuerySet

from courses.catalogue.models import CourseAudience, CoursePage

MAX_QUERY_LENGTH = 100


def catalogue_courses(*, index, query: str = "", audience: str = "") -> QuerySet[CoursePage]:
    """The live, public courses under the catalogue, narrowed by words in the title, the
    summary or who the course is for, and by audience (an unknown audience is ignored)."""
    courses = CoursePage.objects.child_of(index).live().public().order_by("path")
    for word in query.split()[:10]:
        courses = courses.filter(
            Q(title__icontains=word)
            | Q(summary__icontains=word)
            | Q(audience_description__icontains=word)
        )
    if audience in CourseAudience.values:
        courses = courses.filter(audience=audience)
    return courses
