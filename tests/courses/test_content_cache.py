"""Course and lesson pages take what is the same for every reader (the site, the route,
the course, its lessons and prerequisites, whether a page is private) from the cache,
keyed by the content version (issue 18). A change to the content shows on the very next
request, and nothing of one learner reaches another's page."""

from __future__ import annotations

import re

import pytest

from django.test import Client

from wagtail.models import PageViewRestriction

from courses.catalogue.models import CoursePage, LessonPage
from tests.factories import CourseIndexPageFactory, UserFactory, course_with_lessons

from .helpers import answer_knowledge_checks


@pytest.fixture
def index(home_page):
    return CourseIndexPageFactory(parent=home_page)


@pytest.fixture
def course(index):
    return course_with_lessons(parent=index, lessons=2, title="Neglect basics")


def _signed_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def _warm(client: Client, *urls: str) -> None:
    for _ in range(2):  # the first view fills the cache, the second is served from it
        for url in urls:
            assert client.get(url).status_code == 200


def test_a_published_revision_shows_on_the_next_view(course):
    client = _signed_in(UserFactory())
    lesson = course.lessons().first()
    _warm(client, course.url, lesson.url)

    lesson = LessonPage.objects.get(pk=lesson.pk)
    lesson.title = "Signs of neglect, revised"
    lesson.body = [("text", "<p>Revised wording for practitioners.</p>")]
    lesson.save_revision().publish()
    page = client.get(lesson.url).text
    assert "Signs of neglect, revised" in page
    assert "Revised wording for practitioners." in page
    assert "Signs of neglect, revised" in client.get(course.url).text

    course = CoursePage.objects.get(pk=course.pk)
    course.title = "Neglect basics, second edition"
    course.save_revision().publish()
    assert "Neglect basics, second edition" in client.get(course.url).text
    assert "Neglect basics, second edition" in client.get(lesson.url).text


def test_an_unpublished_lesson_is_gone_on_the_next_view(course):
    client = _signed_in(UserFactory())
    first, second = course.lessons()
    _warm(client, course.url, first.url, second.url)

    LessonPage.objects.get(pk=second.pk).unpublish()
    assert client.get(second.url).status_code == 404
    assert second.title not in client.get(course.url).text
    assert second.title not in client.get(first.url).text  # no "next lesson" link to it


def test_a_new_lesson_joins_the_course_on_the_next_view(course):
    from tests.factories import LessonPageFactory

    client = _signed_in(UserFactory())
    _warm(client, course.url)
    LessonPageFactory(parent=course, slug="lesson-3", title="Lesson three")
    assert "Lesson three" in client.get(course.url).text


def test_a_moved_or_renamed_course_answers_at_its_new_address_only(index, course):
    client = _signed_in(UserFactory())
    lesson = course.lessons().first()
    old_course_url, old_lesson_url = course.url, lesson.url
    _warm(client, old_course_url, old_lesson_url)

    course = CoursePage.objects.get(pk=course.pk)
    course.slug = "neglect-basics-renamed"
    course.save_revision().publish()
    assert client.get(old_course_url).status_code in (301, 404)
    assert client.get(old_lesson_url).status_code in (301, 404)
    assert client.get("/courses/neglect-basics-renamed/").status_code == 200
    assert client.get(f"/courses/neglect-basics-renamed/{lesson.slug}/").status_code == 200

    other_index = CourseIndexPageFactory(parent=index.get_parent(), slug="archive")
    CoursePage.objects.get(pk=course.pk).move(other_index, pos="last-child")
    # Wagtail's automatic redirect, not the remembered page, answers the old address.
    old = client.get("/courses/neglect-basics-renamed/")
    assert old.status_code in (301, 404)
    assert old.status_code == 404 or old["Location"] == "/archive/neglect-basics-renamed/"
    assert client.get("/archive/neglect-basics-renamed/").status_code == 200


def test_a_privacy_setting_applies_on_the_next_view(course):
    client = _signed_in(UserFactory())
    _warm(client, course.url)
    restriction = PageViewRestriction.objects.create(
        page=course, restriction_type=PageViewRestriction.PASSWORD, password="s3cret-words"
    )
    response = client.get(course.url)
    assert response.status_code == 200
    assert "password" in response.text.lower()
    assert "Your progress" not in response.text

    restriction.delete()
    assert "Your progress" in client.get(course.url).text


def test_a_new_prerequisite_locks_the_course_on_the_next_view(index, course):
    client = _signed_in(UserFactory())
    first = course.lessons().first()
    _warm(client, course.url, first.url)
    basics = course_with_lessons(parent=index, lessons=1, title="Before anything else")
    course = CoursePage.objects.get(pk=course.pk)
    course.prerequisites.add(basics)
    course.save_revision().publish()
    response = client.get(first.url)
    assert response.status_code == 403
    assert "Before anything else" in response.text


def _csrf_token(html: str) -> str:
    match = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html)
    assert match, "no CSRF token on the page"
    return match.group(1)


def test_nothing_of_one_learner_reaches_another(course):
    first, second = course.lessons()
    alice = UserFactory(first_name="Alice", last_name="Ashworth")
    bob = UserFactory(first_name="Bob", last_name="Brennan")
    alice_client, bob_client = _signed_in(alice), _signed_in(bob)
    answer_knowledge_checks(alice_client, first)
    alice_client.post(f"/learning/lessons/{first.pk}/complete/")
    _warm(alice_client, course.url, first.url, second.url)

    bob_course = bob_client.get(course.url).text
    bob_lesson = bob_client.get(first.url).text
    alice_course = alice_client.get(course.url).text
    alice_lesson = alice_client.get(first.url).text

    # Alice's marks and name are on her pages, and on none of Bob's.
    assert ">Completed<" in alice_course and "Lesson completed" in alice_lesson
    assert ">Completed<" not in bob_course and "Lesson completed" not in bob_lesson
    assert "Complete this lesson" in bob_lesson
    assert "Alice Ashworth" in alice_lesson
    for page in (bob_course, bob_lesson):
        assert "Alice" not in page
        assert "Bob Brennan" in page
    # Each has their own CSRF token (masked per response, so compare the secrets).
    assert _csrf_token(bob_lesson) != _csrf_token(bob_client.get(first.url).text)
    assert alice_client.cookies["csrftoken"].value != bob_client.cookies["csrftoken"].value
