"""Reads about course progress: each learner's status on every course in a fixed number of
queries, what a lesson page shows them, what a course still asks of them, and their
assessment results."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from django.conf import settings
from django.db import connection
from django.db.models import DateTimeField, IntegerField, Q
from django.http import HttpRequest
from django.utils import timezone
from django.utils.dateparse import parse_datetime

from learning.people.models import User
from learning.progress.rules import is_refresher_due, run_after

if TYPE_CHECKING:
    from django.contrib.auth.models import AnonymousUser
from courses.catalogue.models import CoursePage, LessonPage
from courses.content_version.selectors import content_cached
from learning.progress.models import (
    AssessmentAttempt,
    CourseCompletion,
    Enrolment,
    KnowledgeCheckAnswer,
    LessonProgress,
)

# --- Courses: access, progress and status ---------------------------------------------


class CourseStatus(StrEnum):
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"
    REFRESHER_DUE = "refresher_due"


_STATUS_TAGS = {
    CourseStatus.NOT_STARTED: ("Not started", "grey"),
    CourseStatus.IN_PROGRESS: ("In progress", "light-blue"),
    CourseStatus.COMPLETED: ("Completed", "green"),
    CourseStatus.REFRESHER_DUE: ("Refresher due", "orange"),
}


@dataclass
class CourseProgress:
    """Where a learner is on one course: what the catalogue, course page and My learning
    show."""

    course: Any
    status: CourseStatus = CourseStatus.NOT_STARTED
    lessons_done: int = 0
    lessons_required: int = 0
    assessment_passed: bool = False
    has_assessment: bool = False
    completion: Any = None
    completed_lesson_ids: frozenset[int] = frozenset()
    next_lesson: Any = None
    enrolled_at: Any = None
    lessons: list = field(default_factory=list)

    @property
    def percent(self) -> int:
        steps = self.lessons_required + (1 if self.has_assessment else 0)
        if not steps:
            return 100 if self.completion else 0
        done = self.lessons_done + (1 if self.has_assessment and self.assessment_passed else 0)
        return round(100 * done / steps)

    @property
    def tag_text(self) -> str:
        return _STATUS_TAGS[self.status][0]

    @property
    def tag_colour(self) -> str:
        return _STATUS_TAGS[self.status][1]

    @property
    def lessons_all_done(self) -> bool:
        return self.lessons_done >= self.lessons_required


def _course_lessons(courses: list, *, request: HttpRequest | None = None) -> dict[int, list]:
    """Live lessons of each course, in order, from one query (lessons sit one level below
    their course in the page tree, so a path prefix finds the course); remembered until
    the content changes when there is a request."""

    if not courses:
        return {}
    ids = ",".join(str(course.pk) for course in courses)
    return content_cached(
        request=request,
        name=f"course-lessons:{ids}",
        compute=lambda: _course_lessons_read(courses),
    )


def _course_lessons_read(courses: list) -> dict[int, list]:
    by_path = {course.path: course.pk for course in courses}
    steplen = LessonPage.steplen
    depths = {course.depth + 1 for course in courses}
    lessons = (
        LessonPage.objects.live()
        .filter(depth__in=depths)
        .filter(Q.create([("path__startswith", path) for path in by_path], connector=Q.OR))
        .only("id", "title", "slug", "path", "depth", "url_path", "is_required")
        .order_by("path")
    )
    result: dict[int, list] = {course.pk: [] for course in courses}
    for lesson in lessons:
        course_id = by_path.get(lesson.path[:-steplen])
        if course_id is not None:
            result[course_id].append(lesson)
    return result


@dataclass
class _LearnerRecords:
    started_lessons: set[int] = field(default_factory=set)
    completed_lessons: set[int] = field(default_factory=set)
    enrolments: dict[int, Any] = field(default_factory=dict)
    latest_completions: dict[int, CourseCompletion] = field(default_factory=dict)
    passed_runs: set[tuple[int, int]] = field(default_factory=set)


def _column(model, name: str) -> str:
    quote = connection.ops.quote_name
    return f"{quote(model._meta.db_table)}.{quote(model._meta.get_field(name).column)}"


def _record_part(model, kind: str, filter_field: str, ids: list[int], **columns: str) -> tuple:
    """One SELECT of the UNION: its kind, then reference, moment, run, id, score, version
    and agency, each a column of `model` or a NULL typed as the other parts' column is."""
    integer = IntegerField().db_type(connection)
    moment = DateTimeField().db_type(connection)
    typed_nulls = {
        "ref": integer,
        "at": moment,
        "run": integer,
        "id": integer,
        "score": integer,
        "version": integer,
        "agency": integer,
    }
    # Typed NULLs, not bare ones: PostgreSQL types an untyped NULL in a UNION's first part
    # as text, which then cannot match another part's integer column.
    selected = ", ".join(
        _column(model, columns[name]) if name in columns else f"CAST(NULL AS {db_type})"
        for name, db_type in typed_nulls.items()
    )
    marks = ", ".join(["%s"] * len(ids))
    # Only identifiers from the models' own metadata are formatted in; every value is a
    # parameter.
    sql = (
        f"SELECT %s, {selected} FROM {connection.ops.quote_name(model._meta.db_table)} "  # noqa: S608
        f"WHERE {_column(model, 'learner')} = %s AND {_column(model, filter_field)} IN ({marks})"
    )
    return sql, [kind]


def _as_moment(value):
    """A datetime from a raw query: SQLite gives it naive (in UTC) or as text, where the
    ORM would have made it aware."""
    if isinstance(value, str):
        value = parse_datetime(value)
    if value is not None and settings.USE_TZ and timezone.is_naive(value):
        value = timezone.make_aware(value, dt.UTC)
    return value


def _learner_records(*, learner: User, course_ids: list[int], lesson_ids: list[int]):
    """A learner's lesson progress, enrolments, completions and passed attempts for these
    courses, read in one query (a UNION ALL): every course and lesson page shows them.

    Written as SQL rather than four annotated querysets: building those through the ORM
    cost more than running the query on every course and lesson view (issue 18). Plain
    SQL of both SQLite and PostgreSQL, every value a parameter."""
    parts: list[tuple[str, list]] = []
    if lesson_ids:
        sql, params = _record_part(
            LessonProgress, "lesson", "lesson", lesson_ids, ref="lesson", at="completed_at"
        )
        parts.append((sql, [*params, learner.pk, *lesson_ids]))
    if course_ids:
        sql, params = _record_part(
            Enrolment, "enrolment", "course", course_ids, ref="course", at="enrolled_at"
        )
        parts.append((sql, [*params, learner.pk, *course_ids]))
        sql, params = _record_part(
            CourseCompletion,
            "completion",
            "course",
            course_ids,
            ref="course",
            at="completed_at",
            run="run",
            id="id",
            score="score",
            version="course_version",
            agency="agency",
        )
        parts.append((sql, [*params, learner.pk, *course_ids]))
        sql, params = _record_part(
            AssessmentAttempt, "passed", "course", course_ids, ref="course", run="run"
        )
        passed = _column(AssessmentAttempt, "passed")
        parts.append((f"{sql} AND {passed} = %s", [*params, learner.pk, *course_ids, True]))
    records = _LearnerRecords()
    if not parts:
        return records
    with connection.cursor() as cursor:
        cursor.execute(
            " UNION ALL ".join(sql for sql, _ in parts),
            [param for _, params in parts for param in params],
        )
        rows = cursor.fetchall()
    completions: list[CourseCompletion] = []
    for kind, ref, at, run, pk, score, version, agency in rows:
        if kind == "lesson":
            records.started_lessons.add(ref)
            if at is not None:
                records.completed_lessons.add(ref)
        elif kind == "enrolment":
            records.enrolments[ref] = _as_moment(at)
        elif kind == "passed":
            records.passed_runs.add((ref, run))
        else:
            completion = CourseCompletion(
                id=pk,
                learner_id=learner.pk,
                course_id=ref,
                run=run,
                completed_at=_as_moment(at),
                score=score,
                course_version_id=version,
                agency_id=agency,
            )
            completion._state.adding = False
            completion._state.db = connection.alias
            completions.append(completion)
    for completion in sorted(completions, key=lambda item: -item.run):
        records.latest_completions.setdefault(completion.course_id, completion)
    return records


def courses_progress(
    *, learner: User | AnonymousUser, courses: list, request: HttpRequest | None = None
) -> dict[int, CourseProgress]:
    """Each course's progress for a learner, in a fixed number of queries however many
    courses, lessons or learners there are (the lessons from the cache when a page view's
    `request` is given)."""

    courses = [course for course in courses if course.pk is not None]
    result = {
        course.pk: CourseProgress(course=course, has_assessment=course.has_assessment)
        for course in courses
    }
    if not courses:
        return result
    lessons_by_course = _course_lessons(courses, request=request)
    if not getattr(learner, "is_authenticated", False):
        for course in courses:
            progress = result[course.pk]
            lessons = progress.lessons = lessons_by_course[course.pk]
            progress.lessons_required = sum(1 for lesson in lessons if lesson.is_required)
            progress.next_lesson = lessons[0] if lessons else None
        return result
    course_ids = [course.pk for course in courses]
    lesson_ids = [lesson.pk for lessons in lessons_by_course.values() for lesson in lessons]
    records = _learner_records(learner=learner, course_ids=course_ids, lesson_ids=lesson_ids)
    started_lessons = records.started_lessons
    completed_lessons = records.completed_lessons
    enrolments = records.enrolments
    latest = records.latest_completions
    passed_runs = records.passed_runs
    for course in courses:
        progress = result[course.pk]
        lessons = progress.lessons = lessons_by_course[course.pk]
        completion = latest.get(course.pk)
        if completion is not None:
            completion.course = course  # saves a query in completion_expires_on
        required = [lesson for lesson in lessons if lesson.is_required]
        progress.lessons_required = len(required)
        progress.lessons_done = sum(1 for lesson in required if lesson.pk in completed_lessons)
        progress.completed_lesson_ids = frozenset(
            lesson.pk for lesson in lessons if lesson.pk in completed_lessons
        )
        progress.enrolled_at = enrolments.get(course.pk)
        progress.completion = completion
        run = run_after(course=course, latest_completion=completion)
        progress.assessment_passed = (course.pk, run) in passed_runs
        progress.next_lesson = next(
            (lesson for lesson in lessons if lesson.pk not in completed_lessons),
            lessons[0] if lessons else None,
        )
        if completion is not None and is_refresher_due(completion):
            progress.status = CourseStatus.REFRESHER_DUE
        elif completion is not None:
            progress.status = CourseStatus.COMPLETED
        elif progress.enrolled_at or any(lesson.pk in started_lessons for lesson in lessons):
            progress.status = CourseStatus.IN_PROGRESS
    return result


def course_progress(
    *, learner: User | AnonymousUser, course, request: HttpRequest | None = None
) -> CourseProgress:
    if course.pk is None:  # a trainer previewing a course not yet saved
        return CourseProgress(course=course, has_assessment=course.has_assessment)
    return courses_progress(learner=learner, courses=[course], request=request)[course.pk]


def lesson_state(
    *, learner: User | AnonymousUser, lesson, request: HttpRequest | None = None
) -> dict[str, Any]:
    """Everything a lesson page shows about the learner: their answers, whether they have
    completed it, and the previous and next lessons."""
    course = lesson.course
    progress = course_progress(learner=learner, course=course, request=request)
    lessons = progress.lessons
    ids = [item.pk for item in lessons]
    index = ids.index(lesson.pk) if lesson.pk in ids else -1
    return {
        "course": course,
        "progress": progress,
        "answers": lesson_answers(learner=learner, lesson=lesson),
        "questions": lesson.knowledge_check_questions(),
        "is_complete": lesson.pk in progress.completed_lesson_ids,
        "previous": lessons[index - 1] if index > 0 else None,
        "next": lessons[index + 1] if 0 <= index < len(lessons) - 1 else None,
        "number": index + 1,
        "count": len(lessons),
    }


def course_requirements_met(*, learner: User, course) -> tuple[bool, int | None]:
    """Whether a learner has done everything a course asks in their current run, and the
    score to record (the best passing attempt of the run)."""

    progress = course_progress(learner=learner, course=course)
    if not progress.lessons_all_done:
        return False, None
    if not course.has_assessment:
        return True, None
    latest = (
        CourseCompletion.objects.filter(learner=learner, course=course).order_by("-run").first()
    )
    best = (
        AssessmentAttempt.objects.filter(
            learner=learner,
            course=course,
            run=run_after(course=course, latest_completion=latest),
            passed=True,
        )
        .order_by("-score")
        .values_list("score", flat=True)
        .first()
    )
    return best is not None, best


@dataclass(frozen=True)
class CourseAccessProblem:
    """Why a learner cannot open a course yet, and what they can do about it."""

    reason: str  # "unpublished" or "prerequisites"
    missing: tuple = ()


def course_access_problem(
    *, user: User | AnonymousUser, course, request: HttpRequest | None = None
) -> CourseAccessProblem | None:
    """None if the learner may open the course; otherwise why not. The course's
    prerequisites come from the cache when a page view's `request` is given."""

    if not course.live:
        return CourseAccessProblem(reason="unpublished")
    prerequisites = content_cached(
        request=request,
        name=f"course-prerequisites:{course.pk}",
        compute=lambda: list(course.prerequisites.live().order_by("title")),
    )
    if not prerequisites:
        return None
    done = set()
    if getattr(user, "is_authenticated", False):
        done = set(
            CourseCompletion.objects.filter(learner=user, course__in=prerequisites).values_list(
                "course_id", flat=True
            )
        )
    missing = tuple(course for course in prerequisites if course.pk not in done)
    return CourseAccessProblem(reason="prerequisites", missing=missing) if missing else None


def lesson_answers(*, learner: User | AnonymousUser, lesson) -> dict[str, Any]:
    """A learner's knowledge-check answers in a lesson, keyed by question id."""

    if not getattr(learner, "is_authenticated", False) or lesson.pk is None:
        return {}  # a visitor, or a trainer previewing a lesson not yet saved
    return {
        answer.question_id: answer
        for answer in KnowledgeCheckAnswer.objects.filter(learner=learner, lesson=lesson)
    }


def learner_courses(*, learner: User) -> dict[str, list[CourseProgress]]:
    """The learner's courses for My learning: in progress, completed and refresher due."""

    course_ids = set(
        Enrolment.objects.filter(learner=learner).values_list("course_id", flat=True)
    ) | set(CourseCompletion.objects.filter(learner=learner).values_list("course_id", flat=True))
    lesson_paths = LessonProgress.objects.filter(learner=learner).values_list(
        "lesson__path", flat=True
    )
    parent_paths = {path[: -CoursePage.steplen] for path in lesson_paths}
    courses = list(
        CoursePage.objects.live()
        .filter(Q(pk__in=course_ids) | Q(path__in=parent_paths))
        .order_by("title")
    )
    sections: dict[str, list[CourseProgress]] = {
        "in_progress": [],
        "completed": [],
        "refresher_due": [],
    }
    for progress in courses_progress(learner=learner, courses=courses).values():
        if progress.status is CourseStatus.IN_PROGRESS:
            sections["in_progress"].append(progress)
        elif progress.status is CourseStatus.COMPLETED:
            sections["completed"].append(progress)
        elif progress.status is CourseStatus.REFRESHER_DUE:
            sections["refresher_due"].append(progress)
    return sections


def assessment_results(*, attempt) -> dict[str, Any]:
    """What the results page shows: the score, pass or fail, each question marked, and the
    topics (lessons) to revisit for the questions answered wrongly."""
    course = attempt.course
    lessons_by_slug = {lesson.slug: lesson for lesson in course.lessons()}
    marked = []
    missed_topics: list[str] = []
    for question in attempt.questions:
        chosen = set(attempt.answers.get(question["id"], []))
        correct_ids = {option["id"] for option in question["options"] if option["correct"]}
        is_correct = chosen == correct_ids
        marked.append(
            {
                "question": question,
                "chosen": chosen,
                "is_correct": is_correct,
                "options": [
                    {**option, "chosen": option["id"] in chosen} for option in question["options"]
                ],
            }
        )
        if not is_correct and question.get("topic") and question["topic"] not in missed_topics:
            missed_topics.append(question["topic"])
    revisit = [
        {
            "topic": topic,
            "title": lessons_by_slug[topic].title if topic in lessons_by_slug else topic,
            "url": lessons_by_slug[topic].url if topic in lessons_by_slug else "",
        }
        for topic in missed_topics
    ]
    progress = course_progress(learner=attempt.learner, course=course)
    return {
        "attempt": attempt,
        "course": course,
        "marked": marked,
        "correct_count": sum(1 for item in marked if item["is_correct"]),
        "revisit": revisit,
        # What is left before the course is complete, and the completion when it is.
        "lessons_left": [
            lesson for lesson in progress.lessons if lesson.pk not in progress.completed_lesson_ids
        ],
        "completion": progress.completion,
    }
