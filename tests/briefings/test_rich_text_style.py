"""Issue 19: rich text is styled the GOV.UK way everywhere. Briefing sections and case
studies were bare `<p>`s in the browser's serif font: every rich-text area is wrapped in
`app-rich-text`, and the built stylesheets give its paragraphs the GOV.UK body font."""

from __future__ import annotations

import re

import pytest

from django.contrib.staticfiles import finders

from tests.factories import (
    CourseIndexPageFactory,
    CoursePageFactory,
    LessonPageFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db

WRAPPED = re.compile(r'<div class="[^"]*\bapp-rich-text\b[^"]*">\s*<p')


def test_briefing_sections_are_rich_text_styled(client, audit_briefing):
    client.force_login(UserFactory())
    html = client.get(audit_briefing.url).content.decode()
    sections = [s.split("</section>")[0] for s in html.split('class="app-briefing__section"')[1:]]
    text_sections = [s for s in sections if "app-briefing__text" in s]
    assert len(text_sections) >= 6
    for section in text_sections:
        assert re.search(r'<div class="app-briefing__text app-rich-text">', section), section[:200]
    assert any(WRAPPED.search(section) for section in text_sections)


def test_case_study_and_callout_text_is_rich_text_styled(client, home_page):
    course = CoursePageFactory(parent=CourseIndexPageFactory(parent=home_page))
    lesson = LessonPageFactory(
        parent=course,
        body=[
            (
                "case_study",
                {"title": "Sam", "text": "<p>Sam is 6.</p>", "questions": "<p>Why?</p>"},
            ),
            ("callout", {"kind": "warning", "heading": "Watch", "text": "<p>Careful.</p>"}),
        ],
    )
    client.force_login(UserFactory())
    html = client.get(lesson.url).content.decode()
    case_study = html.split("app-case-study")[1]
    assert WRAPPED.search(case_study)
    callout = html.split("app-callout--warning")[1]
    assert WRAPPED.search(callout)


@pytest.mark.parametrize("stylesheet", ["css/app.css", "css/public.css"])
def test_built_stylesheets_give_rich_text_paragraphs_the_govuk_body_font(stylesheet):
    path = finders.find(stylesheet)
    assert path, f"{stylesheet} is not built: run npm run build"
    with open(path, encoding="utf-8") as handle:
        css = handle.read()
    rules = " ".join(re.findall(r"[^{}]*\.app-rich-text p[,{][^}]*\}", css))
    assert "font-family:arial" in rules, "no GOV.UK font for rich-text paragraphs"
    assert "font-size" in rules
