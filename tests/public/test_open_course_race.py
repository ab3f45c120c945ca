"""Concurrent final-check posts from one session count once: the database settles it.

Runs on SQLite locally and on PostgreSQL in CI (DATABASE_URL), with real threads and
separate connections."""

from __future__ import annotations

import threading

import pytest

from django.db import connection

pytestmark = pytest.mark.django_db(transaction=True)


def test_concurrent_completions_for_one_visitor_are_recorded_once(home_page):
    from courses.catalogue.models import CoursePage
    from learning.public.models import OpenCourseCompletion
    from learning.public.services import open_course_completion_record
    from tests.factories import CourseIndexPageFactory, CoursePageFactory, EmployerFactory

    course = CoursePageFactory(parent=CourseIndexPageFactory(parent=home_page), audience="public")
    course = CoursePage.objects.get(pk=course.pk)
    employer = EmployerFactory()
    barrier = threading.Barrier(4)
    results: list[bool] = []
    errors: list[BaseException] = []

    def post() -> None:
        try:
            barrier.wait(timeout=10)
            _completion, created = open_course_completion_record(
                course=course, visitor_key="one-session", employer=employer
            )
            results.append(created)
        except BaseException as error:  # reported below, in the main thread
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=post) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors, errors
    assert sorted(results) == [False, False, False, True]
    assert OpenCourseCompletion.objects.filter(course=course).count() == 1
    assert employer.completions.count() == 1
