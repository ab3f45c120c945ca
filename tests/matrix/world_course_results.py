"""Course results, knowledge gaps, practice indicators and the Section 11 return in the
matrix's world: each learner has a marked first attempt at the world's course (one answer
wrong), and each partnership a practice indicator with a return from each of its
agencies."""

from __future__ import annotations

import datetime as dt
import uuid

from django.utils import timezone

from learning.indicators.models import IndicatorReturn, PracticeIndicator
from learning.progress.models import AssessmentAttempt


def build_course_results_world(world) -> None:
    course = world["course"]
    bank = list(course.assessment_question_bank().values())[:2]
    for person in ("learner_A", "learner_A2", "learner_B"):
        right, wrong = bank
        world[f"first_attempt_{person}"] = AssessmentAttempt.objects.create(
            public_id=uuid.uuid4(),
            learner=world[person],
            course=course,
            questions=bank,
            answers={
                right["id"]: [o["id"] for o in right["options"] if o["correct"]],
                wrong["id"]: [o["id"] for o in wrong["options"] if not o["correct"]][:1],
            },
            score=50,
            passed=False,
            pass_mark=course.pass_mark,
            submitted_at=timezone.now() - dt.timedelta(days=40),
        )
    for side, agencies in (("A", ("A1", "A2")), ("B", ("B1",))):
        indicator = PracticeIndicator.objects.create(
            partnership=world[f"partnership_{side}"],
            name=f"{ {'A': 'Kestrel', 'B': 'Heron'}[side] } GCP2 assessments completed",
        )
        world[f"indicator_{side}"] = indicator
        for key in agencies:
            world[f"indicator_return_{key}"] = IndicatorReturn.objects.create(
                indicator=indicator,
                agency=world[f"agency_{key}"],
                quarter_start=dt.date(2025, 4, 1),
                value=12,
            )
