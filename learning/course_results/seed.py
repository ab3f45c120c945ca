"""Demo results for the trainers' reports: the coverage seed's demo learners get the
enrolments, final-assessment attempts, knowledge-check answers and H5P results that their
completions imply, so the course results and knowledge gaps show real figures.

Answers are drawn from a fixed random source with a difficulty per topic and agency, so
some topics are missed more than others, some agencies more than others, and the same
demo is built every time. Idempotent: a learner who already has an attempt at a course
is left as they are.
"""

from __future__ import annotations

import datetime as dt
import random
import uuid

from django.db import transaction
from django.utils import timezone

from courses.catalogue.models import CoursePage, LessonPage
from courses.catalogue.questions import answer_is_correct
from courses.h5p.selectors import activities_in_lesson
from learning.people.models import Partnership, User
from learning.progress.models import (
    AssessmentAttempt,
    CourseCompletion,
    Enrolment,
    KnowledgeCheckAnswer,
)
from learning.xapi.models import H5PResult

DEMO_EMAIL_PREFIX = "demo."


def _answer(question: dict, *, right: bool, rng: random.Random) -> list[str]:
    correct = [o["id"] for o in question["options"] if o["correct"]]
    wrong = [o["id"] for o in question["options"] if not o["correct"]]
    if right or not wrong:
        return sorted(correct)
    return [rng.choice(wrong)]


def _attempt(
    *, learner: User, course: CoursePage, bank: list[dict], chance: dict[str, float], rng, at
) -> AssessmentAttempt:
    """A marked attempt, as `assessment_submit` would leave it (marked by the same rule)."""
    drawn = rng.sample(bank, min(course.questions_per_attempt or len(bank), len(bank)))
    answers = {
        q["id"]: _answer(q, right=rng.random() > chance.get(q.get("topic", ""), 0.2), rng=rng)
        for q in drawn
    }
    correct = sum(answer_is_correct(q, set(answers[q["id"]])) for q in drawn)
    score = round(100 * correct / len(drawn))
    return AssessmentAttempt(
        public_id=uuid.uuid4(),
        learner=learner,
        course=course,
        questions=drawn,
        answers=answers,
        score=score,
        passed=score >= course.pass_mark,
        pass_mark=course.pass_mark,
        submitted_at=at,
    )


def _passing(attempt: AssessmentAttempt, course: CoursePage, at) -> AssessmentAttempt:
    """A retake of the same questions, answered right (learners pass in the end)."""
    answers = {q["id"]: _answer(q, right=True, rng=random.Random(0)) for q in attempt.questions}  # noqa: S311
    return AssessmentAttempt(
        public_id=uuid.uuid4(),
        learner=attempt.learner,
        course=course,
        questions=attempt.questions,
        answers=answers,
        score=100,
        passed=True,
        pass_mark=course.pass_mark,
        submitted_at=at,
    )


def course_results_demo_seed() -> int:
    """Results for Walsall's demo learners; returns the number of attempts made."""
    partnership = Partnership.objects.filter(slug="walsall").first()
    if partnership is None:
        return 0
    now = timezone.now()
    learners = list(
        User.objects.filter(
            agency__partnership=partnership, email__startswith=DEMO_EMAIL_PREFIX
        ).order_by("email")
    )
    agency_order = {
        pk: i
        for i, pk in enumerate(partnership.agencies.order_by("name").values_list("pk", flat=True))
    }
    completions = {
        (c.learner_id, c.course_id): c
        for c in CourseCompletion.objects.filter(learner__in=learners).order_by("completed_at")
    }
    made = 0
    with transaction.atomic():
        for course in CoursePage.objects.live().order_by("path"):
            lessons = list(LessonPage.objects.child_of(course).live().order_by("path"))
            bank = list(course.assessment_question_bank().values())
            topics = sorted({q.get("topic", "") for q in bank})
            # Each topic is harder or easier: some are missed twice as often as others.
            difficulty = {topic: 0.05 + 0.09 * (i % 4) for i, topic in enumerate(topics)}
            done = set(
                AssessmentAttempt.objects.filter(course=course, learner__in=learners).values_list(
                    "learner_id", flat=True
                )
            )
            already_enrolled = set(
                Enrolment.objects.filter(course=course, learner__in=learners).values_list(
                    "learner_id", flat=True
                )
            )
            checks = [(lesson, lesson.knowledge_check_questions()) for lesson in lessons]
            placed = [p.activity_id for lesson in lessons for p in activities_in_lesson(lesson)]
            attempts, enrolments, answers, results = [], [], [], []
            for learner in learners:
                if learner.pk in done:
                    continue
                # One source per learner and course: the same demo whatever ran before.
                rng = random.Random(f"{learner.email}/{course.slug}")  # noqa: S311 - not a secret
                completion = completions.get((learner.pk, course.pk))
                if completion is None and rng.random() > 0.3:
                    continue  # most who have not completed never started
                finished = completion.completed_at if completion else now - dt.timedelta(days=3)
                started = finished - dt.timedelta(days=rng.randint(1, 20))
                if learner.pk not in already_enrolled:
                    enrolments.append(
                        Enrolment(learner=learner, course=course, enrolled_at=started)
                    )
                tilt = 0.03 * (agency_order.get(learner.agency_id, 0) % 5)
                chance = {topic: level + tilt for topic, level in difficulty.items()}
                for lesson, questions in checks:
                    for qid, question in questions.items():
                        right = rng.random() > chance.get(lesson.slug, 0.2) / 2
                        option_ids = _answer(question, right=right, rng=rng)
                        answers.append(
                            KnowledgeCheckAnswer(
                                learner=learner,
                                lesson=lesson,
                                question_id=qid,
                                option_ids=option_ids,
                                is_correct=answer_is_correct(question, set(option_ids)),
                            )
                        )
                for activity_id in placed:
                    best = round(rng.uniform(0.4, 1.0), 2)
                    results.append(
                        H5PResult(
                            learner=learner,
                            activity_id=activity_id,
                            best_scaled=best,
                            last_scaled=best,
                            passed=best >= 0.6,
                            completed=True,
                            attempts=rng.randint(1, 3),
                        )
                    )
                if not bank:
                    continue
                first = _attempt(
                    learner=learner,
                    course=course,
                    bank=bank,
                    chance=chance,
                    rng=rng,
                    at=finished - dt.timedelta(hours=2),
                )
                attempts.append(first)
                if completion is not None and not first.passed:
                    attempts.append(_passing(first, course, finished - dt.timedelta(hours=1)))
            started_on = {e.learner_id: e.enrolled_at for e in enrolments}
            Enrolment.objects.bulk_create(enrolments, ignore_conflicts=True)
            for learner_id, enrolled_at in started_on.items():  # auto_now_add said "today"
                Enrolment.objects.filter(learner_id=learner_id, course=course).update(
                    enrolled_at=enrolled_at
                )
            AssessmentAttempt.objects.bulk_create(attempts)
            KnowledgeCheckAnswer.objects.bulk_create(answers, ignore_conflicts=True)
            H5PResult.objects.bulk_create(results, ignore_conflicts=True)
            made += len(attempts)
    return made
