"""Fixtures for course authoring: staff with the second factor, a course index to write
into, and the seeded briefings."""

from __future__ import annotations

import pytest

from learning.people.roles import Role
from tests.briefings.conftest import briefings, with_mfa  # noqa: F401
from tests.factories import CourseIndexPageFactory, UserFactory


@pytest.fixture
def trainer():
    return with_mfa(UserFactory(roles={Role.TRAINER}))


@pytest.fixture
def manager():
    return with_mfa(UserFactory(roles={Role.PARTNERSHIP_MANAGER}))


@pytest.fixture
def course_index(home_page):
    return CourseIndexPageFactory(parent=home_page)


def draft(page):
    """A page never published: not live, its content in a revision (as the editor saves)."""
    page.live = False
    page.save()
    page.save_revision()
    return page


@pytest.fixture
def draft_course(course_index):
    """A draft course of two draft lessons, as a trainer leaves it before submitting."""
    from tests.factories import CoursePageFactory, LessonPageFactory

    course = draft(CoursePageFactory(parent=course_index, title="Neglect in adolescence"))
    for n in (1, 2):
        draft(LessonPageFactory(parent=course, slug=f"lesson-{n}", title=f"Lesson {n}"))
    return course
