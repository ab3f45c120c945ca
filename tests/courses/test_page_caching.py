"""Lesson bodies are rendered once per published revision and served from the cache;
what belongs to one learner (answers, progress, CSRF tokens) is rendered for each request
and never reaches another learner's page (issue 18)."""

from __future__ import annotations

import re

import pytest

from django.core.cache import cache
from django.middleware.csrf import _unmask_cipher_token
from django.test import Client

from courses.catalogue.rendering import lesson_body_cache_key
from tests.factories import UserFactory

from .helpers import answer_knowledge_checks

SHARED_TEXT = "Neglect is the ongoing failure to meet a child"


@pytest.fixture(autouse=True)
def _empty_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def lesson(course):
    lesson = course.lessons().first()
    lesson.save_revision().publish()
    lesson.refresh_from_db()
    return lesson


def _signed_in(learner) -> Client:
    client = Client()
    client.force_login(learner)
    return client


def _csrf_secrets(html: str) -> set[str]:
    tokens = re.findall(r'name="csrfmiddlewaretoken" value="([^"]+)"', html)
    assert tokens, "the page has no form with a CSRF token"
    return {_unmask_cipher_token(token) for token in tokens}


def test_two_learners_get_their_own_answers_and_csrf_while_the_body_comes_from_cache(lesson):
    first, second = UserFactory(), UserFactory()
    first_client, second_client = _signed_in(first), _signed_in(second)
    answer_knowledge_checks(first_client, lesson, correctly=False)

    first_page = first_client.get(lesson.url).content.decode()
    key = lesson_body_cache_key(page=lesson)
    fragments = cache.get(key)
    assert fragments is not None, "the first view should have cached the body"
    assert fragments[1] is None, "the knowledge check must not be cached"
    # Mark the cached copy, to see the second learner is served from it.
    cache.set(key, [fragments[0].replace(SHARED_TEXT, "CACHED " + SHARED_TEXT), None])

    second_page = second_client.get(lesson.url).content.decode()

    assert "CACHED " + SHARED_TEXT in second_page
    # The first learner's wrong answer is checked and explained on their page only.
    assert " checked>" in first_page and "Not quite" in first_page
    assert " checked>" not in second_page and "Not quite" not in second_page
    # Each page's tokens are for its own reader's CSRF cookie.
    assert _csrf_secrets(first_page) == {first_client.cookies["csrftoken"].value}
    assert _csrf_secrets(second_page) == {second_client.cookies["csrftoken"].value}
    assert first_client.cookies["csrftoken"].value != second_client.cookies["csrftoken"].value


def test_the_cached_body_matches_a_fresh_render(lesson):
    client = _signed_in(UserFactory())
    cold = client.get(lesson.url).content.decode()
    warm = client.get(lesson.url).content.decode()
    strip = re.compile(r'name="csrfmiddlewaretoken" value="[^"]+"')
    assert strip.sub("", cold) == strip.sub("", warm)
    assert SHARED_TEXT in warm


def test_publishing_a_new_revision_shows_the_new_body_at_once(lesson):
    client = _signed_in(UserFactory())
    assert SHARED_TEXT in client.get(lesson.url).content.decode()

    check = lesson.body[1]
    lesson.body = [
        ("text", "<p>Revised wording for this lesson.</p>"),
        (check.block_type, check.value),
    ]
    lesson.save_revision().publish()

    page = client.get(lesson.url).content.decode()
    assert "Revised wording for this lesson." in page
    assert SHARED_TEXT not in page
