"""A hand-built course whose results are known (see test_results_figures).

"Neglect in adolescence": lesson-1 teaches q1 and q2, lesson-2 teaches q3 and q4; every
attempt draws all four; pass mark 75%. Partnership P has Health (h1, h2) and Police (p1,
p2); partnership Q has Other (o1).

first attempts (R right, W wrong)   q1 q2 q3 q4  score
  h1 (Health)                        R  R  W  W   50, then a second attempt at 100
  h2 (Health)                        R  R  R  R   100
  p1 (Police)                        W  R  W  R   50
  o1 (Other, partnership Q)          W  W  W  W   0
h1, h2 completed; p2 only enrolled; everyone (o1 too) enrolled.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from courses.catalogue.models import CoursePage
from learning.people.models import Agency, User
from learning.people.roles import Role
from learning.progress.models import CourseCompletion, Enrolment
from learning.progress.services import assessment_start, assessment_submit, knowledge_check_answer
from learning.xapi.models import H5PResult
from tests.coverage.builders import staff
from tests.factories import (
    AgencyFactory,
    CourseIndexPageFactory,
    CoursePageFactory,
    H5PActivityFactory,
    LessonPageFactory,
    PartnershipFactory,
    UserFactory,
    question_data,
)

PATTERNS = {
    "h1": "RRWW",
    "h2": "RRRR",
    "p1": "WRWR",
    "o1": "WWWW",
}


def _bank() -> list:
    return [
        ("question", question_data(n, topic="lesson-1" if n <= 2 else "lesson-2"))
        for n in range(1, 5)
    ]


def answer(learner: User, course: CoursePage, pattern: str):
    """Start an attempt and submit it answering question n as `pattern[n-1]` says."""
    attempt = assessment_start(learner=learner, course=course)
    answers = {}
    for question in attempt.questions:
        n = int(question["text"].split(":")[0].removeprefix("Question "))
        correct = [o["id"] for o in question["options"] if o["correct"]]
        wrong = [o["id"] for o in question["options"] if not o["correct"]]
        answers[question["id"]] = correct if pattern[n - 1] == "R" else wrong[:1]
    return assessment_submit(learner=learner, attempt_id=attempt.public_id, answers=answers)


@dataclass
class HandBuilt:
    course: CoursePage
    health: Agency
    police: Agency
    other: Agency
    people: dict[str, User] = field(default_factory=dict)

    def staff(self, agency: Agency, role: Role, name: str = "Staff") -> User:
        return staff(agency, role, name)


def hand_built_course(home) -> HandBuilt:
    index = CourseIndexPageFactory(parent=home)
    course = CoursePageFactory(
        parent=index,
        title="Neglect in adolescence",
        slug="neglect-in-adolescence",
        pass_mark=75,
        questions_per_attempt=4,
        assessment_questions=_bank(),
    )
    lesson_1 = LessonPageFactory(parent=course, slug="lesson-1", title="Signs in teenagers")
    activity = H5PActivityFactory(title="Scenario: a missed appointment")
    lesson_2 = LessonPageFactory(
        parent=course,
        slug="lesson-2",
        title="Talking with young people",
        body=[
            ("text", "<p>Listen first.</p>"),
            ("h5p", {"activity": activity, "required": False, "min_score": 0.5}),
        ],
    )
    p = PartnershipFactory(name="Partnership P", slug="p")
    q = PartnershipFactory(name="Partnership Q", slug="q")
    built = HandBuilt(
        course=course,
        health=AgencyFactory(partnership=p, name="Health"),
        police=AgencyFactory(partnership=p, name="Police"),
        other=AgencyFactory(partnership=q, name="Other"),
    )
    for name, agency in (
        ("h1", built.health),
        ("h2", built.health),
        ("p1", built.police),
        ("p2", built.police),
        ("o1", built.other),
    ):
        person = UserFactory(agency=agency, first_name=name.upper(), last_name="Learner")
        built.people[name] = person
        Enrolment.objects.create(learner=person, course=course)
    for name, pattern in PATTERNS.items():
        answer(built.people[name], course, pattern)
    answer(built.people["h1"], course, "RRRR")  # the second attempt: not a first attempt
    for name in ("h1", "h2"):
        CourseCompletion.objects.create(
            learner=built.people[name],
            course=course,
            completed_at=dt.datetime(2026, 2, 1, 10, tzinfo=dt.UTC),
            agency=built.people[name].agency,
        )
    # Knowledge check in lesson 1 (option A right, B wrong): h1 right, p1 and o1 wrong.
    question = next(iter(lesson_1.knowledge_check_questions().values()))
    right, wrong = question["options"][0]["id"], question["options"][1]["id"]
    for name, option in (("h1", right), ("p1", wrong), ("o1", wrong)):
        knowledge_check_answer(
            learner=built.people[name],
            lesson=lesson_1,
            question_id=question["id"],
            option_ids=[option],
        )
    for name, best, passed in (("h1", 0.8, True), ("p1", 0.4, False), ("o1", 0.9, True)):
        H5PResult.objects.create(
            learner=built.people[name],
            activity=activity,
            best_scaled=best,
            last_scaled=best,
            passed=passed,
            completed=True,
            attempts=2,
        )
    built.lesson_2 = lesson_2  # type: ignore[attr-defined]
    return built
