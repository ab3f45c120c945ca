"""Routes to pages are remembered, never served stale: a renamed, unpublished or deleted
page is found (or not) as if nothing had been remembered (issue 18, cms.home.routing)."""

from __future__ import annotations

import pytest

from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _empty_cache():
    cache.clear()
    yield
    cache.clear()


def _page_queries(client, url: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return sum('FROM "wagtailcore_page"' in query["sql"] for query in queries)


def test_a_remembered_route_saves_the_tree_walk(learner_client, course):
    lesson = course.lessons().first()
    cold = _page_queries(learner_client, lesson.url)
    warm = _page_queries(learner_client, lesson.url)
    assert warm < cold


def test_renaming_a_course_moves_its_lessons_at_once(learner_client, course):
    lesson = course.lessons().first()
    old_url = lesson.url
    assert learner_client.get(old_url).status_code == 200

    course.slug = "renamed-course"
    course.save_revision().publish()

    assert learner_client.get(old_url).status_code == 404
    lesson.refresh_from_db()
    assert "/renamed-course/" in lesson.url
    assert learner_client.get(lesson.url).status_code == 200


def test_an_unpublished_or_deleted_lesson_is_not_found(learner_client, course):
    first, second = course.lessons()[:2]
    for lesson in (first, second):
        assert learner_client.get(lesson.url).status_code == 200
    url_first, url_second = first.url, second.url

    first.unpublish()
    second.delete()

    assert learner_client.get(url_first).status_code == 404
    assert learner_client.get(url_second).status_code == 404
