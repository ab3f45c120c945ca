"""The preview panel of a new, unsaved briefing shows the briefing (it used to answer 500
every 20 seconds: the reader's panel looked up records of a page with no id)."""

from __future__ import annotations

import pytest

from django.urls import reverse

from learning.people.roles import Role
from tests.briefings.conftest import with_mfa
from tests.briefings.test_workflow import briefing_form
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_previewing_an_unsaved_briefing_shows_the_briefing(client, briefings):
    from courses.briefings.models import BriefingIndexPage, BriefingPage

    catalogue = BriefingIndexPage.objects.get()
    client.force_login(with_mfa(UserFactory(roles={Role.TRAINER})))
    preview_url = reverse(
        "wagtailadmin_pages:preview_on_add", args=["courses", "briefingpage", catalogue.pk]
    )
    assert client.post(preview_url, briefing_form()).json()["is_valid"]

    response = client.get(preview_url)

    assert response.status_code == 200
    html = response.content.decode()
    assert "Learning from a rapid review" in html
    assert "Escalation stalled for months." in html
    # Nothing about a reader's own records is offered on a page that does not exist yet.
    assert "I have read this briefing" not in html
    assert 'id="your-learning"' not in html
    assert not BriefingPage.objects.filter(slug="learning-from-a-rapid-review").exists()
