"""Issue 16's done-when for local inserts: after `seed_demo`, the shared neglect course
shows WeCAN to Wolverhampton learners and GCP2 to Walsall learners."""

from __future__ import annotations

import io

import pytest

from django.core.management import call_command
from django.test import Client

from cms.local_inserts.models import LocalArrangements
from cms.local_inserts.seed import seed_local_arrangements
from courses.catalogue.models import LessonPage
from courses.catalogue.seed import seed_local_insert_placement
from learning.people.models import Partnership, User
from learning.people.seed import PARTNERSHIPS

from .helpers import insert_text

pytestmark = pytest.mark.django_db


def _lesson_as(email: str, lesson: LessonPage) -> str:
    client = Client()
    client.force_login(User.objects.get(email=email))
    response = client.get(lesson.url)
    assert response.status_code == 200
    return response.content.decode()


def test_seeded_shared_course_shows_each_learner_their_partnerships_tool():
    call_command("seed_demo", stdout=io.StringIO())
    lesson = LessonPage.objects.get(
        slug="thresholds-and-escalation", live=True, url_path__contains="understanding-child"
    )

    wolverhampton = _lesson_as("wolverhampton.learner@example.org", lesson)
    walsall = _lesson_as("learner@example.org", lesson)

    assert "Wolverhampton Children's Assessment of Neglect (WeCAN)" in insert_text(
        wolverhampton, "assessment_tool"
    )
    assert "GCP2" not in insert_text(wolverhampton, "assessment_tool")
    assert "Graded Care Profile 2 (GCP2)" in insert_text(walsall, "assessment_tool")
    assert "WeCAN" not in insert_text(walsall, "assessment_tool")
    # Thresholds and front doors are each learner's own too.
    assert "Thresholds of Need and Support" in insert_text(wolverhampton, "threshold_document")
    assert "Walsall Safeguarding Partnership has not added its threshold document" in (
        insert_text(walsall, "threshold_document")
    )
    assert "Wolverhampton:" in insert_text(wolverhampton, "front_door")
    assert "Walsall:" in insert_text(walsall, "front_door")

    # Every seeded partnership has its arrangements; running the steps again adds nothing.
    assert LocalArrangements.objects.count() == len(PARTNERSHIPS)
    revision_before = lesson.latest_revision_id
    assert seed_local_arrangements() == 0
    seed_local_insert_placement(home=lesson.get_site().root_page)
    lesson.refresh_from_db()
    assert lesson.latest_revision_id == revision_before
    assert [b.value["kind"] for b in lesson.body if b.block_type == "local_insert"] == [
        "threshold_document",
        "assessment_tool",
        "escalation_policy",
        "front_door",
    ]


def test_seeded_arrangements_leave_empty_what_the_strategies_do_not_say(db):
    from learning.people.seed import seed_organisations

    seed_organisations()
    seed_local_arrangements()

    croydon = Partnership.objects.get(slug="croydon").local_arrangements
    assert croydon.assessment_tool_name == ""
    assert "does not say which" in croydon.source
    walsall = Partnership.objects.get(slug="walsall").local_arrangements
    assert walsall.training_booking_url == ""
    assert "7 Minute Briefing" in walsall.source
