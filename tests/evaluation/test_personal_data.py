"""Personal data: an export carries the person's evaluation answers and line manager's
email; erasure removes their own words and the manager's email, and keeps the figures."""

from __future__ import annotations

import pytest

from learning.evaluation.models import EvaluationFollowUp, EvaluationResponse, ResponseStage
from learning.privacy.services import personal_data_erase, personal_data_export
from tests.factories import UserFactory

from .conftest import CONFIDENCE, RATING, TEXT, YES_NO, attach, complete, make_course

pytestmark = pytest.mark.django_db


def test_export_and_erase_evaluation_data(home_page):
    course = make_course(home_page)
    attachment = attach(course=course)
    learner = UserFactory(line_manager_email="boss@example.org")
    completion = complete(learner, course)
    response = EvaluationResponse.objects.create(
        attachment=attachment,
        learner=learner,
        agency=learner.agency,
        stage=ResponseStage.AFTER,
        completion=completion,
        answers={f"{CONFIDENCE}:0": 4, RATING: 5, YES_NO: "yes", TEXT: "I told my team"},
    )
    follow_up = EvaluationFollowUp.objects.create(
        attachment=attachment,
        learner=learner,
        kind="manager",
        manager_email="boss@example.org",
        nonce="abc",
        completed_at=completion.completed_at,
        sent_at=completion.completed_at,
    )

    data = personal_data_export(person=learner, actor=None, via="command")["evaluation"]
    assert data["line_manager_email"] == "boss@example.org"
    assert data["responses"][0]["answers"][TEXT] == "I told my team"

    personal_data_erase(person=learner, actor=None, via="command")
    response.refresh_from_db()
    follow_up.refresh_from_db()
    learner.refresh_from_db()
    assert response.answers == {f"{CONFIDENCE}:0": 4, RATING: 5, YES_NO: "yes"}
    assert (follow_up.manager_email, follow_up.nonce) == ("", "")
    assert learner.line_manager_email == ""
