"""What most course tests start from: a course of two lessons and a signed-in learner."""

from __future__ import annotations

import pytest

from tests.factories import CourseIndexPageFactory, UserFactory, course_with_lessons


@pytest.fixture
def course(home_page):
    index = CourseIndexPageFactory(parent=home_page)
    return course_with_lessons(parent=index, lessons=2, title="Neglect basics")


@pytest.fixture
def learner_client(client):
    """The test client signed in as a new learner (`client.learner`)."""
    client.learner = UserFactory()
    client.force_login(client.learner)
    return client
