"""Scope of the evaluation report, its comments and exports: a manager sees their
partnership, a lead their agency; the manager of another partnership and the lead of
another agency see nothing of these learners; learners are refused."""

from __future__ import annotations

import csv
import io

import pytest

from django.urls import reverse

from learning.evaluation.models import EvaluationResponse, ResponseStage
from learning.people.roles import Role
from tests.factories import UserFactory

from .conftest import CONFIDENCE, RATING, TEXT, YES_NO, attach, complete, make_course, staff

pytestmark = pytest.mark.django_db

REPORT = "/admin/reports/evaluation/"
COMMENTS = "/admin/reports/evaluation/comments/"


@pytest.fixture
def responses(home_page, world):
    course = make_course(home_page)
    attachment = attach(course=course)
    for name, agency, comment in (
        ("Harriet", world.a1, '=HYPERLINK("http://evil.example")'),
        ("Percy", world.a2, "Police comment about escalation"),
    ):
        learner = UserFactory(first_name=name, last_name="Tester", agency=agency)
        completion = complete(learner, course)
        EvaluationResponse.objects.create(
            attachment=attachment,
            learner=learner,
            agency=agency,
            stage=ResponseStage.AFTER,
            completion=completion,
            answers={
                f"{CONFIDENCE}:0": 4,
                f"{CONFIDENCE}:1": 4,
                RATING: 5,
                YES_NO: "yes",
                TEXT: comment,
            },
        )
    return attachment


def csv_rows(response) -> list[dict]:
    body = b"".join(response.streaming_content) if response.streaming else response.content
    return list(csv.DictReader(io.StringIO(body.decode())))


def figure(rows, measure) -> str:
    return next(r["Figure"] for r in rows if r["Measure"] == measure)


def test_manager_sees_the_partnership_and_exports_it(client, responses, world):
    client.force_login(staff(world.a1, Role.PARTNERSHIP_MANAGER))
    assert client.get(REPORT).status_code == 200
    rows = csv_rows(client.get(REPORT, {"export": "csv"}))
    assert figure(rows, "Responses") == "2"
    comments = client.get(COMMENTS).content.decode()
    assert "Harriet Tester" in comments and "Percy Tester" in comments


def test_lead_sees_own_agency_only(client, responses, world):
    client.force_login(staff(world.a2, Role.AGENCY_LEAD))
    rows = csv_rows(client.get(REPORT, {"export": "csv"}))
    assert figure(rows, "Responses") == "1"
    comments = client.get(COMMENTS).content.decode()
    assert "Percy Tester" in comments
    assert "Harriet Tester" not in comments and "HYPERLINK" not in comments
    # Asking for another agency's figures gives nothing of theirs.
    rows = csv_rows(client.get(REPORT, {"export": "csv", "agency": world.a1.pk}))
    assert figure(rows, "Responses") == "1"


def test_manager_of_another_partnership_and_lead_of_another_agency_see_nothing(
    client, responses, world
):
    client.force_login(staff(world.b1, Role.PARTNERSHIP_MANAGER))
    rows = csv_rows(client.get(REPORT, {"export": "csv"}))
    assert figure(rows, "Responses") == "0"
    assert figure(rows, "Asked to evaluate") == "0"
    comments = client.get(COMMENTS).content.decode()
    assert "Tester" not in comments and "escalation" not in comments
    client.force_login(staff(world.b1, Role.AGENCY_LEAD))
    assert figure(csv_rows(client.get(REPORT, {"export": "csv"})), "Responses") == "0"


def test_learners_and_trainers_are_refused(client, responses, world):
    client.force_login(UserFactory(agency=world.a1))
    assert client.get(REPORT).status_code == 302  # learners never reach the admin
    assert client.get(COMMENTS, {"export": "csv"}).status_code == 302
    client.force_login(staff(world.a1, Role.TRAINER))
    assert client.get(REPORT).status_code == 403
    assert client.get(COMMENTS, {"export": "csv"}).status_code == 403


def test_comments_export_without_names_and_formula_safe(client, responses, world):
    client.force_login(staff(world.a1, Role.PARTNERSHIP_MANAGER))
    named = csv_rows(client.get(COMMENTS, {"export": "csv"}))
    assert {r["Name"] for r in named} == {"Harriet Tester", "Percy Tester"}
    assert '\'=HYPERLINK("http://evil.example")' in {r["Comment"] for r in named}

    anonymous = csv_rows(client.get(COMMENTS, {"export": "csv", "anonymous": "1"}))
    assert len(anonymous) == 2
    assert "Name" not in anonymous[0] and "Agency" not in anonymous[0]
    assert "Tester" not in str(anonymous)
    xlsx = client.get(COMMENTS, {"export": "xlsx", "anonymous": "1"})
    assert xlsx.status_code == 200


def test_report_page_links_comments_and_names_the_course(client, responses, world):
    client.force_login(staff(world.a1, Role.AGENCY_LEAD))
    html = client.get(reverse("learning_evaluation_admin:report")).content.decode()
    assert "Course: Understanding child neglect" in html
    assert "You see your own agency" in html
