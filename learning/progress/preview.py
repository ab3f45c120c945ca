"""The whole course as a trainer previews it before approval: every lesson (drafts
included) in its real place, and knowledge checks and the final assessment that can be
tried, with feedback, while nothing is recorded.

Reads only: nothing here writes a learner record (tests/authoring/test_course_preview.py
proves a preview leaves every progress table empty).
"""

from __future__ import annotations

from typing import Any

from django.urls import reverse

from courses.catalogue.models import CoursePage, LessonPage
from courses.catalogue.questions import answer_is_correct, options_chosen
from learning.progress.selectors import CourseProgress


def _draft_url(page) -> str:
    return reverse("wagtailadmin_pages:view_draft", args=[page.pk])


def preview_lessons(*, course: CoursePage) -> list[LessonPage]:
    """Every lesson of a course, drafts included, as their latest drafts, in order."""
    if course.pk is None:
        return []
    lessons = LessonPage.objects.child_of(course).order_by("path")
    return [lesson.get_latest_revision_as_object() for lesson in lessons]


def course_preview_context(*, course: CoursePage) -> dict[str, Any]:
    """A course page in preview: every lesson listed, each linking to its own preview."""
    lessons = preview_lessons(course=course)
    progress = CourseProgress(
        course=course,
        has_assessment=course.has_assessment,
        lessons=lessons,
        lessons_required=sum(1 for lesson in lessons if lesson.is_required),
    )
    return {
        "progress": progress,
        "preview": {
            "lesson_urls": {lesson.pk: _draft_url(lesson) for lesson in lessons},
            "assessment_url": reverse("course_preview:assessment", args=[course.pk])
            if course.pk and course.has_assessment
            else "",
        },
    }


def lesson_preview_state(*, lesson: LessonPage) -> dict[str, Any]:
    """What a lesson page shows in preview: its real position among all the course's
    lessons (a new lesson goes last), and where its knowledge checks are tried."""
    course = lesson.course
    others = [item for item in preview_lessons(course=course) if item.pk != lesson.pk]
    lessons = sorted([*others, lesson], key=lambda item: item.path or "\uffff")
    index = lessons.index(lesson)
    previous = lessons[index - 1] if index > 0 else None
    following = lessons[index + 1] if index < len(lessons) - 1 else None
    return {
        "course": course,
        "is_preview": True,
        "answers": {},
        "questions": lesson.knowledge_check_questions(),
        "is_complete": False,
        "previous": previous,
        "next": following,
        "previous_url": _draft_url(previous) if previous else "",
        "next_url": _draft_url(following) if following else "",
        "course_url": _draft_url(course),
        "number": index + 1,
        "count": len(lessons),
        "answer_url": reverse("course_preview:knowledge_check", args=[lesson.pk])
        if lesson.pk
        else "",
    }


def answer_preview(*, question: dict, option_ids: list[str], field: str) -> dict[str, Any]:
    """An answer marked as it would be for a learner, kept nowhere. Raises AnswerRejected
    for an answer a learner's would be refused for."""
    chosen = options_chosen(question, option_ids, field=field)
    return {"option_ids": sorted(chosen), "is_correct": answer_is_correct(question, chosen)}


def assessment_preview_marked(*, course: CoursePage, answers: dict[str, list[str]]) -> dict:
    """Every question of the bank marked against the answers given, kept nowhere."""
    marked = []
    for question in course.assessment_question_bank().values():
        chosen = set(answers.get(question["id"], []))
        marked.append(
            {
                "question": question,
                "option_ids": sorted(chosen),
                "is_correct": answer_is_correct(question, chosen),
            }
        )
    correct = sum(1 for item in marked if item["is_correct"])
    score = round(100 * correct / len(marked)) if marked else 0
    return {
        "marked": marked,
        "correct_count": correct,
        "score": score,
        "passed": score >= course.pass_mark,
    }
