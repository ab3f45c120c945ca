"""Read-and-reflect: confirming a read, private reflections, team-meeting use."""

from __future__ import annotations

import datetime as dt

import pytest

from django.urls import reverse
from django.utils import timezone

from learning.briefings.models import BriefingRead, BriefingReflection, BriefingTeamUse
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def read_url(page):
    return reverse("learning_briefings:read", args=[page.pk])


def reflections_url(page):
    return reverse("learning_briefings:reflections", args=[page.pk])


def team_url(page):
    return reverse("learning_briefings:team_use", args=[page.pk])


def test_read_is_recorded_once_however_often_it_is_posted(client, audit_briefing):
    learner = UserFactory()
    client.force_login(learner)
    for _ in range(3):
        response = client.post(read_url(audit_briefing))
        assert response.status_code == 302
        assert response["Location"].startswith("/briefings/multi-agency-audit-neglect/")
    reads = BriefingRead.objects.filter(learner=learner, briefing=audit_briefing)
    assert reads.count() == 1
    assert reads.get().agency == learner.agency
    html = client.get(audit_briefing.url).content.decode()
    assert "You confirmed you read this on" in html
    assert "I have read this briefing" not in html


def test_reading_needs_sign_in_and_a_post(client, audit_briefing):
    response = client.post(read_url(audit_briefing))
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]
    client.force_login(UserFactory())
    assert client.get(read_url(audit_briefing)).status_code == 405
    assert BriefingRead.objects.count() == 0


def test_a_draft_briefing_cannot_be_marked_read(client, audit_briefing):
    audit_briefing.unpublish()
    client.force_login(UserFactory())
    assert client.post(read_url(audit_briefing)).status_code == 404
    assert BriefingRead.objects.count() == 0


def test_anonymous_visitor_is_asked_to_sign_in(client, audit_briefing):
    html = client.get(audit_briefing.url).content.decode()
    assert "to record that you have read this briefing" in html
    assert "I have read this briefing" not in html


def test_reflections_are_visible_to_their_author_only(client, audit_briefing):
    author, colleague = UserFactory(), UserFactory()
    client.force_login(author)
    response = client.post(
        reflections_url(audit_briefing),
        {"answer_1": "We spotted it late in the Smith family case.", "answer_4": ""},
    )
    assert response.status_code == 302
    saved = BriefingReflection.objects.get(learner=author)
    assert saved.position == 1
    assert saved.question.startswith("Do you recognise neglect")
    assert "We spotted it late" in client.get(audit_briefing.url).content.decode()

    client.force_login(colleague)
    assert "We spotted it late" not in client.get(audit_briefing.url).content.decode()
    assert "We spotted it late" not in client.get(reverse("learning:my_learning")).content.decode()


def test_reflection_with_html_or_script_is_stored_and_shown_as_text(client, audit_briefing):
    learner = UserFactory()
    client.force_login(learner)
    payload = '<script>alert("x")</script><b>bold</b>'
    client.post(reflections_url(audit_briefing), {"answer_2": payload})
    assert BriefingReflection.objects.get(learner=learner).answer == payload
    html = client.get(audit_briefing.url).content.decode()
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&lt;b&gt;bold&lt;/b&gt;" in html


def test_clearing_an_answer_removes_it(client, audit_briefing):
    learner = UserFactory()
    client.force_login(learner)
    client.post(reflections_url(audit_briefing), {"answer_1": "First thoughts"})
    client.post(reflections_url(audit_briefing), {"answer_1": "  "})
    assert not BriefingReflection.objects.filter(learner=learner).exists()


def test_too_long_reflection_is_refused_with_a_clear_error(client, audit_briefing):
    learner = UserFactory()
    client.force_login(learner)
    response = client.post(
        reflections_url(audit_briefing), {"answer_1": "ok", "answer_2": "x" * 5001}
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert "There is a problem" in html
    assert "Answer 2 must be 5000 characters or fewer" in html
    assert not BriefingReflection.objects.filter(learner=learner).exists()


def test_team_meeting_use_is_recorded_with_date_and_colleagues(client, audit_briefing):
    learner = UserFactory()
    client.force_login(learner)
    day = timezone.localdate() - dt.timedelta(days=2)
    response = client.post(team_url(audit_briefing), {"used_on": day.isoformat(), "colleagues": 8})
    assert response.status_code == 302
    client.post(team_url(audit_briefing), {"used_on": day.isoformat(), "colleagues": 9})
    use = BriefingTeamUse.objects.get(learner=learner)
    assert (use.used_on, use.colleagues, use.agency) == (day, 9, learner.agency)
    assert "9 colleagues" in client.get(audit_briefing.url).content.decode()


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"used_on": "", "colleagues": "5"}, "Enter the date of the team meeting"),
        ({"used_on": "2025-02-30", "colleagues": "5"}, "The meeting date must be a real date"),
        ({"used_on": "2099-01-01", "colleagues": "5"}, "must be today or in the past"),
        ({"used_on": "2025-01-10", "colleagues": "0"}, "must be 1 or more"),
        ({"used_on": "2025-01-10", "colleagues": "many"}, "must be a whole number"),
    ],
)
def test_bad_team_meeting_input_names_the_rule(client, audit_briefing, data, message):
    client.force_login(UserFactory())
    response = client.post(team_url(audit_briefing), data)
    assert response.status_code == 400
    html = response.content.decode()
    assert "There is a problem" in html
    assert message in html
    assert BriefingTeamUse.objects.count() == 0


def test_my_learning_lists_briefings_read(client, briefings):
    learner = UserFactory()
    client.force_login(learner)
    client.post(read_url(briefings["disguised-compliance"]))
    html = client.get(reverse("learning:my_learning")).content.decode()
    assert "Briefings you have read" in html
    assert "Disguised compliance" in html
    assert "Neglect of adolescents" not in html


def test_briefing_page_for_a_learner_has_bounded_queries(
    client, audit_briefing, django_assert_max_num_queries
):
    client.force_login(UserFactory())
    client.post(read_url(audit_briefing))
    client.get(audit_briefing.url)
    with django_assert_max_num_queries(35):
        client.get(audit_briefing.url)
