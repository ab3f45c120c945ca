"""Issue 19: with no JavaScript (the public section has none), a form sent with errors
moves focus to the error summary: the summary is focusable and has `autofocus`, and
nothing before it takes focus."""

from __future__ import annotations

import re

import pytest

from .conftest import COURSE, FINDER

pytestmark = pytest.mark.django_db


def _assert_summary_takes_focus(html: str) -> None:
    summary = re.search(r'<div class="govuk-error-summary"[^>]*>', html).group(0)
    assert 'tabindex="-1"' in summary
    assert "autofocus" in summary
    assert html.count("autofocus") == 1


def test_finder_error_summary_takes_focus_without_script(client, public_site):
    response = client.post("/report-a-concern/find/", {"postcode": ""})
    _assert_summary_takes_focus(response.content.decode())


def test_final_check_error_summary_takes_focus_without_script(client, open_course):
    for lesson in open_course.lessons():
        client.get(f"{COURSE}lessons/{lesson.slug}/")
    response = client.post(f"{COURSE}final-check/", {})
    assert response.status_code == 400
    _assert_summary_takes_focus(response.content.decode())


def test_pages_without_errors_autofocus_nothing(client, public_site):
    assert "autofocus" not in client.get(FINDER).content.decode()
