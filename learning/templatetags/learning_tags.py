"""Learner state for course and lesson templates.

`courses` cannot import `learning`, so course, lesson and catalogue templates load these
tags to show the signed-in learner's progress, answers and status.
"""

from __future__ import annotations

from typing import Any

from django import template

from ..selectors import CourseProgress, course_progress, courses_progress, lesson_answers

register = template.Library()


@register.simple_tag(takes_context=True)
def catalogue_progress(context: template.Context, courses) -> dict[int, CourseProgress]:
    """Progress for every course in a listing, keyed by course id (fixed query count)."""
    return courses_progress(learner=context["request"].user, courses=list(courses))


@register.simple_tag(takes_context=True)
def course_state(context: template.Context, course) -> CourseProgress:
    if course.pk is None:  # a trainer previewing a course not yet saved
        return CourseProgress(course=course, has_assessment=course.has_assessment)
    return course_progress(learner=context["request"].user, course=course)


@register.simple_tag(takes_context=True)
def lesson_state(context: template.Context, lesson) -> dict[str, Any]:
    """Everything a lesson page shows about the learner: their answers, whether they have
    completed it, and the previous and next lessons."""
    course = lesson.course
    progress = course_progress(learner=context["request"].user, course=course)
    lessons = progress.lessons
    ids = [item.pk for item in lessons]
    index = ids.index(lesson.pk) if lesson.pk in ids else -1
    return {
        "course": course,
        "progress": progress,
        "answers": lesson_answers(learner=context["request"].user, lesson=lesson),
        "questions": lesson.knowledge_check_questions(),
        "is_complete": lesson.pk in progress.completed_lesson_ids,
        "previous": lessons[index - 1] if index > 0 else None,
        "next": lessons[index + 1] if 0 <= index < len(lessons) - 1 else None,
        "number": index + 1,
        "count": len(lessons),
    }


@register.filter
def lookup(mapping, key):
    """`mapping|lookup:key` for dicts keyed by ids."""
    if not mapping:
        return None
    return mapping.get(key)


@register.filter
def contains(collection, item) -> bool:
    return bool(collection) and item in collection
