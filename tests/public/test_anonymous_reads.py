"""A visitor who is not signed in costs the site no writes: no session row, no cookie,
no INSERT, UPDATE or DELETE, on any public page (issue 18)."""

from __future__ import annotations

import re

from django.contrib.sessions.models import Session
from django.db import connection
from django.test.utils import CaptureQueriesContext

from courses.catalogue.models import CourseAudience, CourseIndexPage
from tests.factories import CourseIndexPageFactory, course_with_lessons

from .conftest import section_urls

WRITE = re.compile(r"^\s*(INSERT|UPDATE|DELETE|REPLACE)\b", re.IGNORECASE)


def test_anonymous_visits_to_public_pages_write_nothing(client, public_site):
    index = CourseIndexPage.objects.first() or CourseIndexPageFactory(parent=public_site)
    course = course_with_lessons(parent=index, lessons=1, audience=CourseAudience.PUBLIC)
    lesson = course.lessons().first()
    lesson.save_revision().publish()
    urls = [
        "/",
        "/accessibility-statement/",
        "/privacy-notice/",
        index.url,
        course.url,
        lesson.url,
        # Not the open course's final check: starting it stores the questions drawn for
        # this visitor in a session, on purpose (cms/public/open_course.py, final_check).
        *[url for url in section_urls() if not url.endswith("/final-check/")],
    ]

    for url in urls:
        client.get(url)  # first visits may fill caches; they must not write either
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        assert response.status_code == 200, url
        writes = [query["sql"] for query in queries if WRITE.match(query["sql"])]
        assert writes == [], f"{url} wrote: {writes}"
        assert "sessionid" not in response.cookies, url

    assert Session.objects.count() == 0
