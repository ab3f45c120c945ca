"""Trainers see an H5P activity's results in the admin (issue 17): from the activities
listing, a page with its learners' results in each lesson placing it (the course results
rule, learning.course_results.selectors) within the reader's scope, and how many learners
the package failed to load for, which the player records through the xAPI State path
with its launch token."""

from __future__ import annotations

import datetime as dt

import pytest
from bs4 import BeautifulSoup

from django.test import Client
from django.urls import reverse

from courses.h5p.launch import launch_token_make
from courses.h5p.selectors import LOAD_FAILURE_STATE_ID
from learning.people.roles import Role
from learning.xapi.models import H5PResult, XAPIState
from tests.course_results.builders import hand_built_course
from tests.coverage.builders import staff
from tests.factories import LessonPageFactory

pytestmark = pytest.mark.django_db
V = {"HTTP_X_EXPERIENCE_API_VERSION": "1.0.3"}


@pytest.fixture
def built(home_page):
    built = hand_built_course(home_page)
    built.activity = built.lesson_2.body[1].value["activity"]
    return built


def results_page(client, activity):
    return client.get(reverse("learning_course_results:activity", args=[activity.pk]))


def rows(response) -> dict[str, list[str]]:
    soup = BeautifulSoup(response.content, "html.parser")
    return {
        tr.th.get_text(strip=True): [td.get_text(strip=True) for td in tr("td")]
        for tr in soup.select_one("table[data-activity-results]").tbody("tr")
    }


def report_failure(learner, activity, lesson):
    """What the player does when the package fails to build: a State document."""
    token = launch_token_make(learner_id=learner.pk, activity_id=activity.pk, lesson_id=lesson.pk)
    player = Client(HTTP_ORIGIN="null", HTTP_AUTHORIZATION=f"Bearer {token}")
    url = (
        f"/xapi/activities/state?activityId={activity.iri}"
        f"&stateId={LOAD_FAILURE_STATE_ID}&agent=%7B%7D"
    )
    response = player.put(url, '{"failed": true}', "application/json", **V)
    assert response.status_code == 204, response.content


def test_the_listing_links_each_activity_to_its_results(client, built):
    client.force_login(staff(built.health, Role.TRAINER))
    listing = client.get(reverse("wagtailsnippets_courses_h5pactivity:list"))
    assert reverse("learning_course_results:activity", args=[built.activity.pk]) in (
        listing.content.decode()
    )


def test_results_per_placement_within_the_readers_scope(client, built):
    lesson_3 = LessonPageFactory(
        parent=built.course,
        slug="lesson-3",
        title="Practising the conversation",
        body=[("h5p", {"activity": built.activity, "required": False, "min_score": 0.5})],
    )
    H5PResult.objects.create(
        learner=built.people["h2"],
        activity=built.activity,
        lesson=lesson_3,
        best_scaled=0.3,
        last_scaled=0.3,
        attempts=1,
        completed=True,
    )

    client.force_login(staff(built.health, Role.TRAINER))  # partnership P: h1, h2, p1
    found = rows(results_page(client, built.activity))
    # Lesson 2: h1 (0.8, passed) and p1 (0.4); o1 is partnership Q's and not counted.
    assert found["Talking with young people"] == [
        "Neglect in adolescence",
        "2",
        "4",
        "2",
        "1 (50.0%)",
        "60.0%",
    ]
    assert found["Practising the conversation"][1:] == ["1", "1", "1", "0 (0.0%)", "30.0%"]

    client.force_login(staff(built.other, Role.AGENCY_LEAD))  # partnership Q's agency: o1
    found = rows(results_page(client, built.activity))
    assert found["Talking with young people"][1:] == ["1", "2", "1", "1 (100.0%)", "90.0%"]
    assert found["Practising the conversation"][1] == "0"


def test_learners_may_not_see_an_activitys_results(client, built):
    client.force_login(built.people["h1"])
    response = results_page(client, built.activity)
    # No admin access at all: Wagtail sends them to the admin sign-in, as for every report.
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


def test_failed_loads_are_counted_per_learner_in_scope_since_the_activity_was_saved(client, built):
    for name in ("h1", "h1", "p1", "o1"):
        report_failure(built.people[name], built.activity, built.lesson_2)
    # A failure before the package was last saved is not counted.
    report_failure(built.people["h2"], built.activity, built.lesson_2)
    XAPIState.objects.filter(learner=built.people["h2"]).update(
        updated=built.activity.uploaded_at - dt.timedelta(minutes=1)
    )

    client.force_login(staff(built.health, Role.TRAINER))
    body = " ".join(results_page(client, built.activity).content.decode().split())
    assert "This activity failed to load for 2 learners since it was last saved." in body

    built.activity.save()  # a corrected package: earlier failures no longer count
    body = results_page(client, built.activity).content.decode()
    assert "failed to load" not in body
