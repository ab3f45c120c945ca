"""The open course makes no server-side session for people who only look: a session row
is created only when the visitor gives an employer code or takes the final check."""

from __future__ import annotations

import pytest

from django.contrib.sessions.models import Session

from .conftest import COURSE

pytestmark = pytest.mark.django_db


def test_looking_at_the_overview_and_lessons_creates_no_session_row(client, open_course):
    assert client.get(COURSE).status_code == 200
    for lesson in open_course.lessons():
        assert client.get(f"{COURSE}lessons/{lesson.slug}/").status_code == 200
    assert client.get(COURSE).status_code == 200
    assert Session.objects.count() == 0


def test_lessons_read_without_a_session_still_open_the_final_check(client, open_course):
    for lesson in open_course.lessons():
        client.get(f"{COURSE}lessons/{lesson.slug}/")
    overview = client.get(COURSE).content.decode()
    assert Session.objects.count() == 0
    # Every lesson shows as read on the overview, from the cookie alone.
    assert overview.count('govuk-tag--green">Read<') == len(open_course.lessons())
    assert "Take the final check" in overview

    html = client.get(COURSE + "final-check/").content.decode()
    assert "Read every lesson before the final check" not in html
    assert html.count('class="govuk-form-group" id="q-') == 5
    assert Session.objects.count() == 1  # taking the check is what needs a session


def test_a_tampered_lessons_cookie_counts_as_nothing_read(client, open_course):
    client.cookies[f"open_course_{open_course.pk}_read"] = ",".join(
        str(lesson.pk) for lesson in open_course.lessons()
    )
    html = client.get(COURSE + "final-check/").content.decode()
    assert "Read every lesson before the final check" in html
    assert Session.objects.count() == 0


def test_giving_an_employer_code_is_what_starts_a_session(client, open_course):
    from learning.public.models import Employer

    response = client.post(COURSE, {"employer_code": "NOPE1234"})
    assert response.status_code == 400
    assert Session.objects.count() == 0
    response = client.post(COURSE, {"employer_code": "GASDEMO1"})
    assert response.status_code == 302
    assert Session.objects.count() == 1
    assert Employer.objects.get(join_code="GASDEMO1").name in client.get(COURSE).content.decode()


def test_a_refused_join_link_creates_no_session(client, open_course):
    response = client.get(f"{COURSE}join/not-a-token/")
    assert response.status_code == 400
    assert Session.objects.count() == 0
