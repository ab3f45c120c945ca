"""A Heron learner reads a shared lesson on Kestrel's site and sees Heron's own tool and
front door; an anonymous reader of a briefing on Heron's site sees Heron's threshold
document. axe-core checks each page with its inserts."""

from __future__ import annotations

from urllib.parse import urlparse

import pytest

from tests.browser.signing_in import sign_in_by_cookie

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_learner_reads_their_partnerships_inserts_in_a_shared_lesson(
    page, live_server, assert_accessible, home_page
):
    from tests.local_inserts.world import build_inserts

    inserts = build_inserts(home_page)
    sign_in_by_cookie(page, inserts.heron_learner)

    # Two sites: page.url is absolute; the live server answers as the default site.
    page.goto(urlparse(inserts.lesson.url).path)

    tool = page.locator('[data-local-insert="assessment_tool"]')
    assert "Wolverhampton Children's Assessment of Neglect (WeCAN)" in tool.inner_text()
    assert "GCP2" not in tool.inner_text()
    assert "01234 567890" in page.locator('[data-local-insert="front_door"]').inner_text()
    assert page.get_by_role("link", name="Heron escalation policy").is_visible()
    assert_accessible(page)

    page.goto(urlparse(inserts.briefing.url).path)
    links = page.locator('[data-local-insert="threshold_document"]')
    assert links.get_by_role("link", name="Heron thresholds of need").is_visible()
    assert_accessible(page)
