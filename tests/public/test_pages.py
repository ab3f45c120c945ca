"""The public section: every page open to anyone, light, plain and framed by ACTION."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest
import textstat

from django.utils.html import escape

from cms.public.seed_content import SECTION_PAGES

from .conftest import AREAS, COURSE, FINDER, LANDING, section_urls

pytestmark = pytest.mark.django_db

# Reading age 9 to 11 (issue 7) is US grade 4 to 6 on the Flesch-Kincaid scale
# (reading age = grade + 5). Allow up to grade 6: a reading age of 11.
MAX_FLESCH_KINCAID_GRADE = 6.0
MIN_FLESCH_READING_EASE = 70.0  # "fairly easy" or easier


def test_every_page_of_the_section_returns_200_without_login(client, public_site):
    urls = section_urls()
    assert len(urls) >= 12
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        # Nothing in the section sends a visitor to sign in.
        assert "/accounts/login/?next=" not in response.content.decode(), url


def test_section_pages_hold_the_seeded_content(client, public_site):
    for data in SECTION_PAGES:
        response = client.get(f"{LANDING}{data['slug']}/")
        html = response.content.decode()
        assert f">{escape(data['title'])}<" in html
        assert escape(data["summary"]) in html


def test_landing_page_is_framed_by_action(client, public_site):
    html = client.get(LANDING).content.decode()
    letters = re.findall(r'class="app-action__letter" aria-hidden="true">(\w)<', html)
    assert "".join(letters) == "ACTION"
    for word in ["Aware", "Care", "Think", "don&#x27;t Ignore", "do Nothing"]:
        assert word in html
    assert 'href="tel:999"' in html
    for data in SECTION_PAGES:
        assert f'href="{LANDING}{data["slug"]}/"' in html


def test_what_to_look_for_names_the_signs_and_what_is_not_a_sign(client, public_site):
    html = client.get(f"{LANDING}what-to-look-for/").content.decode()
    for sign in ["flies", "not dressed for the weather", "school hours", "smell"]:
        assert sign in html
    assert "Being poor." in html
    assert "An untidy home." in html


def test_public_pages_need_no_javascript(client, public_site):
    for url in section_urls():
        html = client.get(url).content.decode()
        assert "<script" not in html, url
        assert "css/public.css" in html, url


def test_landing_page_query_count_is_pinned(client, public_site, django_assert_max_num_queries):
    client.get(LANDING)  # warm the site root cache
    with django_assert_max_num_queries(12):
        response = client.get(LANDING)
    assert response.status_code == 200


def test_images_are_sized_and_lazy_loaded(client, public_site):
    from wagtail.images.models import Image
    from wagtail.images.tests.utils import get_test_image_file

    from cms.public.models import SpotTheSignsSectionPage

    image = Image.objects.create(title="Van", file=get_test_image_file(size=(1200, 800)))
    page = SpotTheSignsSectionPage.objects.get(slug="what-to-do")
    page.body.append(("image", {"image": image, "alt_text": "An engineer's van", "caption": ""}))
    page.save_revision().publish()
    html = client.get(page.url).content.decode()
    tag = re.search(r"<img [^>]*alt=\"An engineer&#x27;s van\"[^>]*>", html).group(0)
    assert 'loading="lazy"' in tag
    assert 'width="640"' in tag and 'height="426"' in tag


class _VisibleText(HTMLParser):
    """The words a visitor reads in <main>, without the sources lists."""

    def __init__(self) -> None:
        super().__init__()
        self.depth = 0
        self.skip = 0
        self.chunks: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag == "main":
            self.depth += 1
        if tag in ("script", "style"):
            self.skip += 1

    def handle_endtag(self, tag):
        if tag == "main":
            self.depth -= 1
        if tag in ("script", "style"):
            self.skip -= 1
        if tag in ("p", "li", "h1", "h2", "h3", "dt", "dd", "legend", "label"):
            self.chunks.append(". ")

    def handle_data(self, data):
        if self.depth and not self.skip:
            self.chunks.append(data)

    def text(self) -> str:
        text = " ".join(self.chunks)
        text = re.sub(r"\s+", " ", text)
        return re.sub(r"(\.\s*){2,}", ". ", text)


def _reading_text(html: str) -> str:
    # The "Where this comes from" lists name documents and sections: leave them out.
    html = re.split(r"<h2>Where this comes from</h2>|<h2 class=\"govuk-heading-s\">Sources", html)[
        0
    ]
    parser = _VisibleText()
    parser.feed(html)
    return parser.text()


def test_section_reads_at_a_reading_age_of_about_9_to_11(client, public_site, monkeypatch):
    # textstat counts syllables with NLTK's CMU dictionary, which it downloads on first
    # use; tests run offline, so count them with Pyphen's en_GB dictionary (bundled)
    # instead, as textstat itself does for words the CMU dictionary lacks.
    from textstat.backend.counts import _count_syllables

    monkeypatch.setattr(_count_syllables, "get_cmudict", lambda lang: None)
    _count_syllables.count_syllables.cache_clear()
    textstat.set_lang("en_GB")
    pages = [LANDING, FINDER, AREAS, COURSE] + [f"{LANDING}{p['slug']}/" for p in SECTION_PAGES]
    texts = {url: _reading_text(client.get(url).content.decode()) for url in pages}
    content = " ".join(texts[f"{LANDING}{p['slug']}/"] for p in SECTION_PAGES) + texts[LANDING]
    assert len(content.split()) > 500
    grade = textstat.flesch_kincaid_grade(content)
    ease = textstat.flesch_reading_ease(content)
    assert grade <= MAX_FLESCH_KINCAID_GRADE, f"Flesch-Kincaid grade {grade}"
    assert ease >= MIN_FLESCH_READING_EASE, f"Flesch reading ease {ease}"
    for url in pages:
        assert textstat.flesch_kincaid_grade(texts[url]) <= MAX_FLESCH_KINCAID_GRADE + 2, url


def test_page_rules(public_site):
    from wagtail.test.utils import WagtailPageTestCase

    from cms.home.models import HomePage
    from cms.public.models import (
        OpenCoursePage,
        ReportConcernPage,
        SpotTheSignsPage,
        SpotTheSignsSectionPage,
    )

    case = WagtailPageTestCase()
    case.assertAllowedParentPageTypes(SpotTheSignsPage, {HomePage})
    case.assertAllowedParentPageTypes(SpotTheSignsSectionPage, {SpotTheSignsPage})
    case.assertAllowedSubpageTypes(
        SpotTheSignsPage, {SpotTheSignsSectionPage, ReportConcernPage, OpenCoursePage}
    )
    case.assertAllowedSubpageTypes(SpotTheSignsSectionPage, set())


def test_seeding_twice_changes_nothing(public_site):
    from wagtail.models import Page

    from cms.public.models import AreaContact
    from cms.public.seed import seed_public
    from learning.public.models import Employer

    counts = (Page.objects.count(), AreaContact.objects.count(), Employer.objects.count())
    seed_public(home=public_site)
    assert (Page.objects.count(), AreaContact.objects.count(), Employer.objects.count()) == counts
