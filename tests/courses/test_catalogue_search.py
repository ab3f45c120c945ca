"""Issue 19: /courses/ can be searched and filtered by who a course is for, without
JavaScript (a GET form), and the page's query count stays pinned."""

from __future__ import annotations

import re

import pytest

from tests.factories import CourseIndexPageFactory, UserFactory, course_with_lessons

from .test_query_counts import CATALOGUE_QUERIES

pytestmark = pytest.mark.django_db


@pytest.fixture
def catalogue(home_page, client):
    index = CourseIndexPageFactory(parent=home_page)
    course_with_lessons(
        parent=index, lessons=1, title="Graded Care Profile 2", summary="Using GCP2 well."
    )
    course_with_lessons(
        parent=index, lessons=1, title="Understanding neglect", summary="What neglect is."
    )
    course_with_lessons(
        parent=index,
        lessons=1,
        title="Spotting the signs",
        summary="For people who visit homes: what neglect looks like.",
        audience="public",
    )
    client.force_login(UserFactory())
    return index


def _titles(html: str) -> list[str]:
    return re.findall(
        r'<h2 class="govuk-heading-m"><a class="govuk-link" href="[^"]+">([^<]+)</a>', html
    )


def test_catalogue_has_a_search_and_audience_filter_form(client, catalogue):
    html = client.get(catalogue.url).text
    assert f'<form method="get" action="{catalogue.url}"' in html
    assert 'name="q"' in html and 'type="search"' in html
    assert 'name="audience"' in html
    assert "Practitioners" in html and "The public" in html


def test_search_finds_courses_by_title_or_summary(client, catalogue):
    html = client.get(catalogue.url, {"q": "neglect"}).text
    assert _titles(html) == ["Understanding neglect", "Spotting the signs"]
    assert "2 courses match" in html
    assert _titles(client.get(catalogue.url, {"q": "gcp2"}).text) == ["Graded Care Profile 2"]


def test_filter_by_audience(client, catalogue):
    assert _titles(client.get(catalogue.url, {"audience": "public"}).text) == ["Spotting the signs"]
    both = client.get(catalogue.url, {"audience": "practitioners", "q": "neglect"}).text
    assert _titles(both) == ["Understanding neglect"]
    assert 'value="neglect"' in both
    assert re.search(r'value="practitioners"\s+selected', both)


def test_no_match_says_so_and_how_to_see_all(client, catalogue):
    html = client.get(catalogue.url, {"q": "zebra"}).text
    assert _titles(html) == []
    assert "No courses match" in html
    assert f'href="{catalogue.url}">See all courses</a>' in html


def test_an_unknown_audience_is_ignored(client, catalogue):
    assert len(_titles(client.get(catalogue.url, {"audience": "<script>"}).text)) == 3


def test_search_keeps_the_catalogue_query_count_pinned(
    client, catalogue, django_assert_max_num_queries
):
    client.get(catalogue.url)
    # One more than the plain catalogue: a search's own list of courses reads its lessons
    # the first time (the lessons are cached per list of courses and content version).
    with django_assert_max_num_queries(CATALOGUE_QUERIES + 1):
        client.get(catalogue.url, {"q": "neglect", "audience": "practitioners"})
