"""The demo evaluation data: what `seed_demo` promises (forms for the three courses and
the seeded events, responses at every stage across agencies, one evaluation left for
learner@example.org, figures in the command's output), and that running it twice changes
nothing."""

from __future__ import annotations

import csv
import io

import pytest

from django.core.management import call_command

from learning.evaluation.models import (
    EvaluationAttachment,
    EvaluationFollowUp,
    EvaluationResponse,
    ResponseStage,
)
from learning.evaluation.seed import COURSE_SLUGS
from learning.evaluation.selectors import evaluations_to_complete
from learning.people.models import User
from learning.training.models import TrainingEventPage

pytestmark = pytest.mark.django_db


def _snapshot() -> tuple:
    return (
        EvaluationAttachment.objects.count(),
        sorted(EvaluationResponse.objects.values_list("learner_id", "stage", "cycle")),
        EvaluationFollowUp.objects.count(),
    )


def test_seed_demo_gives_real_figures_and_is_idempotent():
    call_command("seed_demo", stdout=io.StringIO())
    first = _snapshot()
    call_command("seed_demo", stdout=io.StringIO())
    assert _snapshot() == first

    attached_courses = set(
        EvaluationAttachment.objects.filter(course__isnull=False).values_list(
            "course__slug", flat=True
        )
    )
    assert attached_courses == set(COURSE_SLUGS)
    assert EvaluationAttachment.objects.filter(event__isnull=False).count() == (
        TrainingEventPage.objects.count()
    )
    stages = set(EvaluationResponse.objects.values_list("stage", flat=True))
    assert stages == {s.value for s in ResponseStage}
    assert EvaluationResponse.objects.values("agency").distinct().count() >= 5

    learner = User.objects.get(email="learner@example.org")
    (owed,) = evaluations_to_complete(learner=learner)
    assert owed.title == "Multi-agency neglect workshop"

    out = io.StringIO()
    call_command("evaluation_report", "--format", "csv", stdout=out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    responses = [int(r["value"]) for r in rows if r["measure"] == "Responses"]
    shifts = [float(r["value"]) for r in rows if r["measure"] == "Confidence shift" and r["value"]]
    assert sum(responses) > 100
    assert shifts and all(shift > 0 for shift in shifts)
