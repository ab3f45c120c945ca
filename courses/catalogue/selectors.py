"""Reads for the course catalogue."""

from __future__ import annotations

from django.db.models import Q, QuerySet

from courses.catalogue.models import CourseAudience, CoursePage
from courses.sharing.selectors import site_catalogue

MAX_QUERY_LENGTH = 100


def catalogue_courses(
    *, index, site=None, query: str = "", audience: str = ""
) -> QuerySet[CoursePage]:
    """The live, public courses the catalogue lists (its own and those shared with its
    `site`: courses.sharing), narrowed by words in the title, the summary or who the
    course is for, and by audience (an unknown audience is ignored)."""
    courses = site_catalogue(CoursePage.objects.all(), index=index, site=site).order_by("path")
    for word in query.split()[:10]:
        courses = courses.filter(
            Q(title__icontains=word)
            | Q(summary__icontains=word)
            | Q(audience_description__icontains=word)
        )
    if audience in CourseAudience.values:
        courses = courses.filter(audience=audience)
    return courses
