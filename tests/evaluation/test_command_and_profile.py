"""`manage.py evaluation_report` prints the report's figures; the learner's line manager's
email is set on its own page and used by the follow-ups."""

from __future__ import annotations

import csv
import io
import json

import pytest

from django.core.management import CommandError, call_command
from django.urls import reverse

from learning.evaluation.models import EvaluationResponse, ResponseStage
from tests.factories import UserFactory

from .conftest import CONFIDENCE, RATING, YES_NO, attach, complete, make_course

pytestmark = pytest.mark.django_db


@pytest.fixture
def one_response(home_page, world):
    course = make_course(home_page)
    attachment = attach(course=course)
    learner = UserFactory(agency=world.a1)
    completion = complete(learner, course)
    complete(UserFactory(agency=world.b1), course)
    for stage, conf in ((ResponseStage.BEFORE, 2), (ResponseStage.AFTER, 4)):
        EvaluationResponse.objects.create(
            attachment=attachment,
            learner=learner,
            agency=world.a1,
            stage=stage,
            completion=completion if stage == ResponseStage.AFTER else None,
            answers={f"{CONFIDENCE}:0": conf, f"{CONFIDENCE}:1": conf, RATING: 5, YES_NO: "no"},
        )
    return attachment


def run(*args) -> str:
    out = io.StringIO()
    call_command("evaluation_report", *args, stdout=out)
    return out.getvalue()


def test_command_prints_the_figures_as_csv(one_response):
    rows = list(csv.DictReader(io.StringIO(run("--format", "csv"))))
    figures = {(r["measure"], r["item"]): r["value"] for r in rows}
    assert figures[("Asked to evaluate", "")] == "2"
    assert figures[("Responses", "")] == "1"
    assert figures[("Response rate (%)", "")] == "50"
    assert figures[("Confidence shift", "Spot the signs of neglect")] == "2.00"
    assert figures[("Answered No", "Would you recommend it?")] == "1"


def test_command_narrows_to_a_partnership_and_prints_json(one_response, world):
    rows = json.loads(run("--format", "json", "--partnership", "dudley"))
    responses = next(r for r in rows if r["measure"] == "Responses")
    asked = next(r for r in rows if r["measure"] == "Asked to evaluate")
    assert (responses["value"], asked["value"]) == (0, 1)


def test_command_refuses_unknown_options(one_response):
    with pytest.raises(CommandError, match="no partnership"):
        run("--partnership", "nowhere")
    with pytest.raises(CommandError, match="quarter"):
        run("--quarter", "2026-5")


def test_learner_sets_and_clears_their_line_managers_email(client):
    learner = UserFactory()
    client.force_login(learner)
    url = reverse("learning_evaluation:line_manager")
    bad = client.post(url, {"line_manager_email": "not an email"})
    assert bad.status_code == 400
    assert "govuk-error-summary" in bad.content.decode()

    assert client.post(url, {"line_manager_email": "Boss@Example.org"}).status_code == 302
    learner.refresh_from_db()
    assert learner.line_manager_email == "boss@example.org"
    page = client.get(reverse("learning:my_learning")).content.decode()
    assert "boss@example.org" in page

    client.post(url, {"line_manager_email": ""})
    learner.refresh_from_db()
    assert learner.line_manager_email == ""
