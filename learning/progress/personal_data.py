"""What course progress holds about a learner, and how it forgets them (registered with
the `register_personal_data` hook in this feature's wagtail_hooks).

Kept on erasure, linked only to the anonymised account: enrolments, lesson progress and
completions (with their agency and date, which coverage figures count). Deleted: the
answers they gave (knowledge checks and final-assessment attempts).
"""

from __future__ import annotations

from typing import Any

from learning.people.models import User
from learning.progress.models import (
    AssessmentAttempt,
    CourseCompletion,
    Enrolment,
    KnowledgeCheckAnswer,
    LessonProgress,
)


def progress_export(person: User) -> dict[str, list[dict[str, Any]]]:
    return {
        "enrolments": [
            {"course": e.course.title, "enrolled_at": e.enrolled_at}
            for e in Enrolment.objects.filter(learner=person).select_related("course")
        ],
        "lesson_progress": [
            {"lesson": p.lesson.title, "started_at": p.started_at, "completed_at": p.completed_at}
            for p in LessonProgress.objects.filter(learner=person).select_related("lesson")
        ],
        "knowledge_check_answers": [
            {
                "lesson": a.lesson.title,
                "question_id": a.question_id,
                "options_chosen": a.option_ids,
                "is_correct": a.is_correct,
                "answered_at": a.answered_at,
            }
            for a in KnowledgeCheckAnswer.objects.filter(learner=person).select_related("lesson")
        ],
        "assessment_attempts": [
            {
                "course": a.course.title,
                "run": a.run,
                "started_at": a.started_at,
                "submitted_at": a.submitted_at,
                "questions": a.questions,
                "answers": a.answers,
                "score": a.score,
                "passed": a.passed,
            }
            for a in AssessmentAttempt.objects.filter(learner=person)
            .select_related("course")
            .order_by("started_at")
        ],
        "completions": [
            {
                "course": c.course.title,
                "run": c.run,
                "completed_at": c.completed_at,
                "score": c.score,
                "agency": c.agency.name if c.agency else None,
            }
            for c in CourseCompletion.objects.filter(learner=person)
            .select_related("course", "agency")
            .order_by("completed_at")
        ],
    }


def progress_erase(person: User, *, actor: User | None, reason: str) -> dict[str, int]:
    return {
        "knowledge-check answers": KnowledgeCheckAnswer.objects.filter(learner=person).delete()[0],
        "assessment attempts": AssessmentAttempt.objects.filter(learner=person).delete()[0],
    }
