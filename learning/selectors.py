"""Reads about people: their roles and, in one place, whose records they may see."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from django.db.models import F, Q, QuerySet

from .models import Agency, AgencyEmailDomain, Partnership, User
from .roles import GROUP_ROLES, MFA_REQUIRED_ROLES, Role

if TYPE_CHECKING:
    from django.contrib.auth.models import AnonymousUser


def user_roles(user: User | AnonymousUser) -> frozenset[Role]:
    """Every role a user holds; computed once per user object (one query)."""
    if not getattr(user, "is_authenticated", False):
        return frozenset()
    cached = getattr(user, "_roles_cache", None)
    if cached is not None:
        return cached
    names = set(user.groups.values_list("name", flat=True))
    roles = {Role.LEARNER} | {role for role in GROUP_ROLES if role.value in names}
    if user.is_superuser:
        roles.add(Role.ADMIN)
    result = frozenset(roles)
    user._roles_cache = result  # type: ignore[union-attr]
    return result


def user_requires_mfa(user: User | AnonymousUser) -> bool:
    """Anyone who authors content or sees other people's records must use MFA."""
    return bool(user_roles(user) & MFA_REQUIRED_ROLES) or bool(getattr(user, "is_staff", False))


def agency_for_email(email: str) -> Agency | None:
    """The agency that owns an email address's domain, if any agency lists it."""
    domain = email.rsplit("@", 1)[-1].strip().lower()
    if not domain:
        return None
    entry = (
        AgencyEmailDomain.objects.select_related("agency__partnership")
        .filter(domain__iexact=domain)
        .first()
    )
    return entry.agency if entry else None


class ScopeLevel(StrEnum):
    ALL = "all"
    PARTNERSHIP = "partnership"
    AGENCY = "agency"
    NONE = "none"


@dataclass(frozen=True)
class Scope:
    """Whose records a person may see. Every view, export and API asks this, never a role.

    A partnership manager sees their partnership, an agency lead their own agency, a
    platform administrator everything; learners and trainers see no one else's records.
    """

    level: ScopeLevel
    partnership_id: int | None = None
    agency_id: int | None = None

    def filter(self, queryset: QuerySet, *, agency_path: str = "agency") -> QuerySet:
        """Narrow any queryset to this scope, given the lookup path from it to an Agency."""
        if self.level is ScopeLevel.ALL:
            return queryset
        if self.level is ScopeLevel.PARTNERSHIP:
            return queryset.filter(**{f"{agency_path}__partnership_id": self.partnership_id})
        if self.level is ScopeLevel.AGENCY:
            return queryset.filter(**{f"{agency_path}_id": self.agency_id})
        return queryset.none()

    def agencies(self) -> QuerySet[Agency]:
        qs = Agency.objects.select_related("partnership")
        if self.level is ScopeLevel.ALL:
            return qs
        if self.level is ScopeLevel.PARTNERSHIP:
            return qs.filter(partnership_id=self.partnership_id)
        if self.level is ScopeLevel.AGENCY:
            return qs.filter(pk=self.agency_id)
        return qs.none()

    def partnerships(self) -> QuerySet[Partnership]:
        if self.level is ScopeLevel.ALL:
            return Partnership.objects.all()
        if self.level is ScopeLevel.NONE:
            return Partnership.objects.none()
        return Partnership.objects.filter(pk=self.partnership_id)

    def learners(self) -> QuerySet[User]:
        return self.filter(User.objects.select_related("agency__partnership"))

    def includes_agency(self, agency_id: int | None) -> bool:
        if agency_id is None:
            return self.level is ScopeLevel.ALL
        return self.agencies().filter(pk=agency_id).exists()

    @property
    def is_empty(self) -> bool:
        return self.level is ScopeLevel.NONE


def scope_for(user: User | AnonymousUser) -> Scope:
    """The one place that decides whose records a user may see."""
    roles = user_roles(user)
    if Role.ADMIN in roles:
        return Scope(ScopeLevel.ALL)
    agency = getattr(user, "agency", None)
    if agency is None:
        return Scope(ScopeLevel.NONE)
    if Role.PARTNERSHIP_MANAGER in roles:
        return Scope(ScopeLevel.PARTNERSHIP, partnership_id=agency.partnership_id)
    if Role.AGENCY_LEAD in roles:
        return Scope(ScopeLevel.AGENCY, partnership_id=agency.partnership_id, agency_id=agency.pk)
    return Scope(ScopeLevel.NONE)


def learners_in_scope(*, user: User | AnonymousUser) -> QuerySet[User]:
    """People whose records `user` may see (none for learners and trainers)."""
    return scope_for(user).learners()


def people_awaiting_confirmation(*, user: User | AnonymousUser) -> QuerySet[User]:
    """Sign-ups in `user`'s scope who chose an agency and wait for a lead to confirm them."""
    return learners_in_scope(user=user).filter(agency_confirmed_at__isnull=True, is_active=True)


def agency_people(*, user: User | AnonymousUser, search: str = "") -> QuerySet[User]:
    """The people list an agency lead or manager sees, waiting confirmations first."""
    qs = learners_in_scope(user=user).filter(is_active=True)
    if search:
        qs = qs.filter(
            Q(first_name__icontains=search)
            | Q(last_name__icontains=search)
            | Q(email__icontains=search)
        )
    return qs.order_by(F("agency_confirmed_at").asc(nulls_first=True), "last_name", "first_name")


def navigation_for(user: User | AnonymousUser) -> list[dict[str, Any]]:
    """The links in the service navigation for this person's roles."""
    from django.urls import reverse

    roles = user_roles(user)
    items: list[dict[str, Any]] = []
    if not roles:
        return items
    items.append({"label": "My learning", "href": reverse("learning:my_learning")})
    if roles & {Role.AGENCY_LEAD, Role.PARTNERSHIP_MANAGER, Role.ADMIN}:
        items.append({"label": "People", "href": reverse("learning:agency_people")})
    if roles & {Role.TRAINER, Role.PARTNERSHIP_MANAGER, Role.ADMIN}:
        items.append({"label": "Manage content", "href": "/admin/"})
    return items


def completion_expires_on(completion) -> date | None:
    """When a completion stops being current: completed + the course's validity (None if
    the course never expires). Certificates and coverage both use this one rule."""
    from dateutil.relativedelta import relativedelta

    months = completion.course.validity_months
    if not months:
        return None
    return (completion.completed_at + relativedelta(months=months)).date()


def is_refresher_due(completion, *, today: date | None = None) -> bool:
    """True from REFRESHER_WINDOW_DAYS before expiry onwards."""
    from django.conf import settings
    from django.utils import timezone

    expires = completion_expires_on(completion)
    if expires is None:
        return False
    today = today or timezone.localdate()
    return (expires - today).days <= settings.REFRESHER_WINDOW_DAYS


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


def _course_lessons(courses: list) -> dict[int, list]:
    """Live lessons of each course, in order, from one query (lessons sit one level below
    their course in the page tree, so a path prefix finds the course)."""
    from courses.models import LessonPage

    if not courses:
        return {}
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


def courses_progress(*, learner: User | AnonymousUser, courses: list) -> dict[int, CourseProgress]:
    """Each course's progress for a learner, in a fixed number of queries however many
    courses, lessons or learners there are."""
    from .models import AssessmentAttempt, CourseCompletion, Enrolment, LessonProgress

    courses = [course for course in courses if course.pk is not None]
    result = {
        course.pk: CourseProgress(course=course, has_assessment=course.has_assessment)
        for course in courses
    }
    if not courses:
        return result
    lessons_by_course = _course_lessons(courses)
    if not getattr(learner, "is_authenticated", False):
        for course in courses:
            progress = result[course.pk]
            lessons = progress.lessons = lessons_by_course[course.pk]
            progress.lessons_required = sum(1 for lesson in lessons if lesson.is_required)
            progress.next_lesson = lessons[0] if lessons else None
        return result
    course_ids = [course.pk for course in courses]
    lesson_ids = [lesson.pk for lessons in lessons_by_course.values() for lesson in lessons]
    lesson_records = list(
        LessonProgress.objects.filter(learner=learner, lesson_id__in=lesson_ids).values_list(
            "lesson_id", "completed_at"
        )
    )
    started_lessons = {lesson_id for lesson_id, _ in lesson_records}
    completed_lessons = {lesson_id for lesson_id, done in lesson_records if done is not None}
    enrolments = dict(
        Enrolment.objects.filter(learner=learner, course_id__in=course_ids).values_list(
            "course_id", "enrolled_at"
        )
    )
    latest: dict[int, Any] = {}
    for completion in CourseCompletion.objects.filter(
        learner=learner, course_id__in=course_ids
    ).order_by("course_id", "-run"):
        latest.setdefault(completion.course_id, completion)
    passed_runs = set(
        AssessmentAttempt.objects.filter(
            learner=learner, course_id__in=course_ids, passed=True
        ).values_list("course_id", "run")
    )
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
        run = _current_run(course, completion)
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


def _current_run(course, completion) -> int:
    """The same rule as `services.course_current_run`, from an already-loaded completion."""
    from dateutil.relativedelta import relativedelta

    from django.utils import timezone

    if completion is None:
        return 1
    validity = course.validity_months or 0
    if validity and completion.completed_at + relativedelta(months=validity) <= timezone.now():
        return completion.run + 1
    return completion.run


def course_progress(*, learner: User | AnonymousUser, course) -> CourseProgress:
    return courses_progress(learner=learner, courses=[course])[course.pk]


def course_requirements_met(*, learner: User, course) -> tuple[bool, int | None]:
    """Whether a learner has done everything a course asks in their current run, and the
    score to record (the best passing attempt of the run)."""
    from .models import AssessmentAttempt, CourseCompletion

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
            learner=learner, course=course, run=_current_run(course, latest), passed=True
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


def course_access_problem(*, user: User | AnonymousUser, course) -> CourseAccessProblem | None:
    """None if the learner may open the course; otherwise why not."""
    from .models import CourseCompletion

    if not course.live:
        return CourseAccessProblem(reason="unpublished")
    prerequisites = list(course.prerequisites.live().order_by("title"))
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
    from .models import KnowledgeCheckAnswer

    if not getattr(learner, "is_authenticated", False) or lesson.pk is None:
        return {}  # a visitor, or a trainer previewing a lesson not yet saved
    return {
        answer.question_id: answer
        for answer in KnowledgeCheckAnswer.objects.filter(learner=learner, lesson=lesson)
    }


def learner_courses(*, learner: User) -> dict[str, list[CourseProgress]]:
    """The learner's courses for My learning: in progress, completed and refresher due."""
    from courses.models import CoursePage

    from .models import CourseCompletion, Enrolment, LessonProgress

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
    return {
        "attempt": attempt,
        "course": course,
        "marked": marked,
        "correct_count": sum(1 for item in marked if item["is_correct"]),
        "revisit": revisit,
    }
