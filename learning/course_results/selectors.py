"""How learners are doing on each course, for trainers: the course results and the
knowledge gaps reports.

Who sees whose results is decided once, by `course_results_scope_for`: courses belong to
every partnership (they have no owner), so everyone who may open the report sees every
course, but LEARNERS' results only within their scope (`learning.people.scope`): a
partnership manager their partnership's people, an agency lead their agency's, an
administrator everyone's, and a trainer the people of their own partnership (the
partnership of their agency), as `learning.training.policy` lets trainers run their
partnership's sessions.

Rules, in one place:
- A learner's *first attempt* at a course's final assessment is their earliest submitted
  attempt (any run). "% correct on the first attempt" and the knowledge gaps are
  measured on first attempts only: later attempts show what a learner learnt from the
  feedback, not what the course taught.
- An answer is marked by `courses.catalogue.questions.answer_is_correct`, against the
  question as it was drawn into the attempt (`AssessmentAttempt.questions`), so editing
  the bank later does not change past figures.
- A question's *topic* is the slug of the lesson that teaches it; reports show the
  lesson's title.
- Enrolments, attempts, knowledge-check answers and H5P results count in the learner's
  current agency; completions in the agency of the time (`CourseCompletion.agency`), as
  the coverage figures do.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING

from django.core.exceptions import PermissionDenied
from django.db.models import Count, OuterRef, Q, QuerySet, Subquery

from courses.catalogue.models import CoursePage, LessonPage
from courses.catalogue.questions import answer_is_correct, text_without_select_all
from courses.h5p.models import H5PActivity
from courses.h5p.selectors import LOAD_FAILURE_STATE_ID, activities_in_lesson
from learning.evaluation.selectors import AttachmentReport, attachment_for_course, evaluation_report
from learning.people.models import Agency, User
from learning.people.roles import Role, user_roles
from learning.people.scope import Scope, ScopeLevel, scope_for
from learning.progress.models import (
    AssessmentAttempt,
    CourseCompletion,
    Enrolment,
    KnowledgeCheckAnswer,
)
from learning.xapi.models import H5PResult, XAPIState

if TYPE_CHECKING:
    from django.contrib.auth.models import AnonymousUser


# --- Scope -------------------------------------------------------------------------------


def course_results_scope_for(user: User | AnonymousUser) -> Scope:
    """Whose results `user` may read in these reports; learners are refused (403).

    `scope_for` for leads, managers and administrators; a trainer (who has no scope of
    their own there) reads their own partnership's learners. Roles add up: a trainer who
    is also an agency lead reads as a trainer.
    """
    scope = scope_for(user)
    agency = getattr(user, "agency", None)
    if Role.TRAINER in user_roles(user) and agency is not None and not scope.is_partnership_wide:
        return Scope(ScopeLevel.PARTNERSHIP, partnership_id=agency.partnership_id)
    if scope.is_empty:
        raise PermissionDenied("Only trainers, agency leads and partnership managers can see this.")
    return scope


def courses_for_results() -> QuerySet[CoursePage]:
    """The courses the reports list: every live course (courses have no owner)."""
    return CoursePage.objects.live().order_by("title")


# --- Figures -----------------------------------------------------------------------------


def percent(part: int, whole: int) -> Decimal | None:
    """`part` of `whole` as a percentage to one decimal place (None when `whole` is 0)."""
    if not whole:
        return None
    return (Decimal(part) * 100 / Decimal(whole)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


@dataclass
class CourseSummary:
    """One course's headline figures for the learners in scope."""

    course: CoursePage
    enrolled: int = 0
    completed: int = 0
    assessed: int = 0  # learners who submitted at least one attempt
    passed: int = 0  # of those, learners with a passed attempt
    attempts: int = 0  # submitted attempts

    @property
    def title(self) -> str:
        return self.course.title

    @property
    def pass_rate(self) -> Decimal | None:
        return percent(self.passed, self.assessed)

    @property
    def completion_rate(self) -> Decimal | None:
        return percent(self.completed, self.enrolled)

    @property
    def attempts_per_learner(self) -> Decimal | None:
        if not self.assessed:
            return None
        return (Decimal(self.attempts) / Decimal(self.assessed)).quantize(
            Decimal("0.1"), rounding=ROUND_HALF_UP
        )


def _enrolments(scope: Scope) -> QuerySet[Enrolment]:
    return scope.filter(Enrolment.objects.all(), agency_path="learner__agency")


def _completions(scope: Scope) -> QuerySet[CourseCompletion]:
    return scope.filter(CourseCompletion.objects.all(), agency_path="agency")


def _submitted_attempts(scope: Scope) -> QuerySet[AssessmentAttempt]:
    return scope.filter(
        AssessmentAttempt.objects.filter(submitted_at__isnull=False),
        agency_path="learner__agency",
    )


def course_summaries(*, scope: Scope, courses: list[CoursePage]) -> list[CourseSummary]:
    """Each course's figures for the learners in scope: three aggregate queries in all,
    whatever the number of courses or learners."""
    summaries = {course.pk: CourseSummary(course=course) for course in courses}
    ids = list(summaries)
    for row in (
        _enrolments(scope)
        .filter(course_id__in=ids)
        .values("course_id")
        .annotate(n=Count("learner_id", distinct=True))
        .order_by()
    ):
        summaries[row["course_id"]].enrolled = row["n"]
    for row in (
        _completions(scope)
        .filter(course_id__in=ids)
        .values("course_id")
        .annotate(n=Count("learner_id", distinct=True))
        .order_by()
    ):
        summaries[row["course_id"]].completed = row["n"]
    for row in (
        _submitted_attempts(scope)
        .filter(course_id__in=ids)
        .values("course_id")
        .annotate(
            learners=Count("learner_id", distinct=True),
            passed=Count("learner_id", distinct=True, filter=Q(passed=True)),
            attempts=Count("pk"),
        )
        .order_by()
    ):
        summary = summaries[row["course_id"]]
        summary.assessed, summary.passed = row["learners"], row["passed"]
        summary.attempts = row["attempts"]
    return list(summaries.values())


# --- First attempts: the one place an answer on a first attempt is marked ---------------


@dataclass(frozen=True)
class FirstAttemptMark:
    """One question of one learner's first attempt, marked."""

    course_id: int
    learner_id: int
    agency_id: int | None
    question_id: str
    question_text: str
    topic: str
    is_correct: bool


def first_attempts(*, scope: Scope, course_ids: list[int] | None = None) -> QuerySet:
    """Each learner's first submitted attempt at each course, for the learners in scope
    (one row per learner and course, chosen in SQL)."""
    earliest = (
        AssessmentAttempt.objects.filter(
            learner_id=OuterRef("learner_id"),
            course_id=OuterRef("course_id"),
            submitted_at__isnull=False,
        )
        .order_by("submitted_at", "pk")
        .values("pk")[:1]
    )
    attempts = _submitted_attempts(scope).filter(pk=Subquery(earliest))
    if course_ids is not None:
        attempts = attempts.filter(course_id__in=course_ids)
    return attempts


def first_attempt_marks(
    *, scope: Scope, course_ids: list[int] | None = None, agency_id: int | None = None
) -> list[FirstAttemptMark]:
    """Every question of every first attempt in scope, marked (one query)."""
    attempts = first_attempts(scope=scope, course_ids=course_ids)
    if agency_id:
        attempts = attempts.filter(learner__agency_id=agency_id)
    marks = []
    for course_id, learner_id, agency, questions, answers in attempts.values_list(
        "course_id", "learner_id", "learner__agency_id", "questions", "answers"
    ):
        for question in questions:
            chosen = {str(option) for option in (answers or {}).get(question["id"], [])}
            marks.append(
                FirstAttemptMark(
                    course_id=course_id,
                    learner_id=learner_id,
                    agency_id=agency,
                    question_id=question["id"],
                    question_text=text_without_select_all(question.get("text", "")),
                    topic=question.get("topic", "") or "",
                    is_correct=answer_is_correct(question, chosen),
                )
            )
    return marks


def lesson_titles(course: CoursePage) -> dict[str, str]:
    """Topic (lesson slug) -> lesson title for a course's lessons, drafts included."""
    return dict(LessonPage.objects.child_of(course).values_list("slug", "title"))


# --- One course's results -----------------------------------------------------------------


@dataclass
class LearnerResult:
    """One learner's line in a course's results (and in its export)."""

    learner: User
    agency: Agency | None
    enrolled_on: dt.date | None = None
    attempts: int = 0
    first_score: int | None = None
    best_score: int | None = None
    passed: bool = False
    completed_on: dt.date | None = None

    @property
    def name(self) -> str:
        return self.learner.get_full_name()

    @property
    def email(self) -> str:
        return self.learner.email

    @property
    def agency_name(self) -> str:
        return self.agency.name if self.agency else ""

    @property
    def status(self) -> str:
        if self.completed_on:
            return "Completed"
        if self.passed:
            return "Passed, lessons to finish"
        if self.attempts:
            return "Not passed yet"
        return "In progress"

    @property
    def passed_label(self) -> str:
        return "Yes" if self.passed else ("No" if self.attempts else "")


@dataclass
class QuestionFigures:
    question_id: str
    text: str
    topic: str
    topic_title: str
    answered: int = 0
    correct: int = 0

    @property
    def percent_correct(self) -> Decimal | None:
        return percent(self.correct, self.answered)


@dataclass
class TopicFigures:
    topic: str
    title: str
    answered: int = 0
    wrong: int = 0
    learners: set[int] = field(default_factory=set)

    @property
    def percent_wrong(self) -> Decimal | None:
        return percent(self.wrong, self.answered)


@dataclass
class OptionPattern:
    text: str
    is_correct: bool
    chosen: int
    share: Decimal | None


@dataclass
class CheckPattern:
    """How learners answer one knowledge-check question (their latest answers)."""

    lesson: LessonPage
    text: str
    answered: int
    correct: int
    options: list[OptionPattern]

    @property
    def percent_correct(self) -> Decimal | None:
        return percent(self.correct, self.answered)


@dataclass
class ActivityFigures:
    activity: H5PActivity
    lesson: LessonPage
    learners: int = 0
    attempts: int = 0
    completed: int = 0
    passed: int = 0
    best_scores: list[float] = field(default_factory=list)

    @property
    def average_best(self) -> Decimal | None:
        if not self.best_scores:
            return None
        average = Decimal(str(sum(self.best_scores))) * 100 / len(self.best_scores)
        return average.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)

    @property
    def pass_rate(self) -> Decimal | None:
        return percent(self.passed, self.learners)


@dataclass
class CourseResults:
    summary: CourseSummary
    learners: list[LearnerResult]
    questions: list[QuestionFigures]
    topics: list[TopicFigures]
    checks: list[CheckPattern]
    activities: list[ActivityFigures]


def _learner_results(scope: Scope, course: CoursePage) -> list[LearnerResult]:
    """Everyone in scope who enrolled, attempted or completed: four queries."""
    rows: dict[int, LearnerResult] = {}
    enrolled = dict(
        _enrolments(scope).filter(course=course).values_list("learner_id", "enrolled_at")
    )
    attempts: dict[int, list[tuple]] = defaultdict(list)
    for learner_id, score, passed, submitted in (
        _submitted_attempts(scope)
        .filter(course=course)
        .order_by("submitted_at", "pk")
        .values_list("learner_id", "score", "passed", "submitted_at")
    ):
        attempts[learner_id].append((score, passed, submitted))
    completions: dict[int, tuple[dt.datetime, int | None]] = {}
    for learner_id, completed_at, agency_id in (
        _completions(scope)
        .filter(course=course)
        .order_by("completed_at")
        .values_list("learner_id", "completed_at", "agency_id")
    ):
        completions[learner_id] = (completed_at, agency_id)  # the latest run wins
    people = set(enrolled) | set(attempts) | set(completions)
    learners = User.objects.filter(pk__in=people).select_related("agency")
    agencies = {a.pk: a for a in Agency.objects.filter(pk__in={c[1] for c in completions.values()})}
    for learner in learners:
        made = attempts.get(learner.pk, [])
        scores = [score for score, _passed, _at in made if score is not None]
        completion = completions.get(learner.pk)
        agency = learner.agency
        if completion and completion[1] in agencies:
            agency = agencies[completion[1]]
        rows[learner.pk] = LearnerResult(
            learner=learner,
            agency=agency,
            enrolled_on=enrolled[learner.pk].date() if learner.pk in enrolled else None,
            attempts=len(made),
            first_score=scores[0] if scores else None,
            best_score=max(scores) if scores else None,
            passed=any(passed for _score, passed, _at in made),
            completed_on=completion[0].date() if completion else None,
        )
    return sorted(
        rows.values(), key=lambda r: (r.agency_name, r.learner.last_name, r.learner.first_name)
    )


def _question_figures(
    marks: list[FirstAttemptMark], titles: dict[str, str]
) -> tuple[list[QuestionFigures], list[TopicFigures]]:
    questions: dict[str, QuestionFigures] = {}
    topics: dict[str, TopicFigures] = {}
    for mark in marks:
        title = titles.get(mark.topic, mark.topic or "No topic")
        figures = questions.setdefault(
            mark.question_id,
            QuestionFigures(mark.question_id, mark.question_text, mark.topic, title),
        )
        figures.answered += 1
        figures.correct += mark.is_correct
        topic = topics.setdefault(mark.topic, TopicFigures(mark.topic, title))
        topic.answered += 1
        topic.wrong += not mark.is_correct
        topic.learners.add(mark.learner_id)
    ordered_questions = sorted(
        questions.values(), key=lambda q: (q.percent_correct or Decimal(0), q.text)
    )
    most_missed = sorted(topics.values(), key=lambda t: (-(t.percent_wrong or Decimal(0)), t.title))
    return ordered_questions, most_missed


def _check_patterns(scope: Scope, lessons: list[LessonPage]) -> list[CheckPattern]:
    """Each knowledge-check question of the course's lessons with how often each option
    is chosen (one query for every answer in scope)."""
    answers: dict[tuple[int, str], list[tuple[list, bool]]] = defaultdict(list)
    for lesson_id, question_id, option_ids, is_correct in scope.filter(
        KnowledgeCheckAnswer.objects.filter(lesson__in=lessons), agency_path="learner__agency"
    ).values_list("lesson_id", "question_id", "option_ids", "is_correct"):
        answers[(lesson_id, question_id)].append((option_ids, is_correct))
    patterns = []
    for lesson in lessons:
        for question_id, question in lesson.knowledge_check_questions().items():
            given = answers.get((lesson.pk, question_id), [])
            counts = Counter(str(option) for option_ids, _ok in given for option in option_ids)
            patterns.append(
                CheckPattern(
                    lesson=lesson,
                    text=text_without_select_all(question["text"]),
                    answered=len(given),
                    correct=sum(1 for _ids, ok in given if ok),
                    options=[
                        OptionPattern(
                            text=option["text"],
                            is_correct=option["correct"],
                            chosen=counts[option["id"]],
                            share=percent(counts[option["id"]], len(given)),
                        )
                        for option in question["options"]
                    ],
                )
            )
    return patterns


def _activity_figures(scope: Scope, lessons: list[LessonPage]) -> list[ActivityFigures]:
    """The H5P activities the lessons place, with their learners' results per placement
    (an activity placed in two lessons has a result in each; two queries). A result that
    names no lesson (recorded before results were kept per placement) counts at the
    activity's first placement in the course."""
    placed = [(lesson, p.activity_id) for lesson in lessons for p in activities_in_lesson(lesson)]
    if not placed:
        return []
    activities = H5PActivity.objects.in_bulk([activity_id for _lesson, activity_id in placed])
    figures: dict[tuple[int, int], ActivityFigures] = {}
    first_placement: dict[int, tuple[int, int]] = {}
    for lesson, activity_id in placed:
        if activity_id in activities and (lesson.pk, activity_id) not in figures:
            figures[(lesson.pk, activity_id)] = ActivityFigures(
                activity=activities[activity_id], lesson=lesson
            )
            first_placement.setdefault(activity_id, (lesson.pk, activity_id))
    results = scope.filter(
        H5PResult.objects.filter(activity_id__in=list(first_placement)).filter(
            Q(lesson_id__in=[lesson.pk for lesson in lessons]) | Q(lesson__isnull=True)
        ),
        agency_path="learner__agency",
    ).values_list("lesson_id", "activity_id", "best_scaled", "attempts", "completed", "passed")
    for lesson_id, activity_id, best, attempts, completed, passed in results:
        key = (lesson_id, activity_id) if lesson_id else first_placement[activity_id]
        row = figures.get(key)
        if row is None:  # a lesson that no longer places this activity
            continue
        row.learners += 1
        row.attempts += attempts
        row.completed += completed
        row.passed += passed
        if best is not None:
            row.best_scores.append(best)
    return list(figures.values())


def lessons_placing(activity: H5PActivity) -> list[LessonPage]:
    """The live lessons whose body places the activity, in site order (one query; the
    placements are read from each lesson's raw body)."""
    lessons = LessonPage.objects.live().order_by("path")
    return [
        lesson
        for lesson in lessons
        if any(placed.activity_id == activity.pk for placed in activities_in_lesson(lesson))
    ]


def activity_results(*, scope: Scope, activity: H5PActivity) -> list[ActivityFigures]:
    """One activity's figures per placement (lesson), across courses, for the learners in
    scope: the same rule as a course's H5P rows (a result naming no lesson counts at the
    activity's first placement)."""
    return [
        row
        for row in _activity_figures(scope, lessons_placing(activity))
        if row.activity.pk == activity.pk
    ]


def activity_load_failures(*, scope: Scope, activity: H5PActivity) -> int:
    """How many learners in scope the activity failed to load for since it was last saved
    (the player records a failure as a State document, courses.h5p.selectors)."""
    failures = XAPIState.objects.filter(
        activity_id=activity.iri,
        state_id=LOAD_FAILURE_STATE_ID,
        learner__isnull=False,
        updated__gte=activity.uploaded_at,
    )
    return (
        scope.filter(failures, agency_path="learner__agency")
        .values("learner_id")
        .distinct()
        .count()
    )


def course_results(*, scope: Scope, course: CoursePage) -> CourseResults:
    """Everything the course's results page shows, for the learners in scope."""
    lessons = list(LessonPage.objects.child_of(course).live().order_by("path"))
    titles = lesson_titles(course)
    questions, topics = _question_figures(
        first_attempt_marks(scope=scope, course_ids=[course.pk]), titles
    )
    return CourseResults(
        summary=course_summaries(scope=scope, courses=[course])[0],
        learners=_learner_results(scope, course),
        questions=questions,
        topics=topics,
        checks=_check_patterns(scope, lessons),
        activities=_activity_figures(scope, lessons),
    )


# --- Knowledge gaps ------------------------------------------------------------------------


@dataclass
class KnowledgeGap:
    """Per course, question topic and agency: the share of first-attempt answers wrong."""

    course: str
    topic: str
    agency: str
    learners: int
    answered: int
    wrong: int

    @property
    def percent_wrong(self) -> Decimal | None:
        return percent(self.wrong, self.answered)


def knowledge_gaps(
    *, scope: Scope, course_id: int | None = None, agency_id: int | None = None
) -> list[KnowledgeGap]:
    """The knowledge gaps in scope, the biggest share wrong first (four queries)."""
    courses = courses_for_results()
    if course_id:
        courses = courses.filter(pk=course_id)
    courses = {course.pk: course for course in courses}
    marks = first_attempt_marks(scope=scope, course_ids=list(courses), agency_id=agency_id)
    titles: dict[int, dict[str, str]] = defaultdict(dict)
    if courses:
        children = Q()
        for course in courses.values():
            children |= Q(path__startswith=course.path, depth=course.depth + 1)
        by_path = {course.path: course.pk for course in courses.values()}
        for path, slug, title in LessonPage.objects.filter(children).values_list(
            "path", "slug", "title"
        ):
            titles[by_path[path[: -LessonPage.steplen]]][slug] = title
    agencies = dict(
        Agency.objects.filter(pk__in={m.agency_id for m in marks}).values_list("pk", "name")
    )
    groups: dict[tuple[int, str, int | None], list[FirstAttemptMark]] = defaultdict(list)
    for mark in marks:
        groups[(mark.course_id, mark.topic, mark.agency_id)].append(mark)
    gaps = [
        KnowledgeGap(
            course=courses[course_pk].title,
            topic=titles[course_pk].get(topic, topic or "No topic"),
            agency=agencies.get(agency_pk, "No agency"),
            learners=len({m.learner_id for m in group}),
            answered=len(group),
            wrong=sum(1 for m in group if not m.is_correct),
        )
        for (course_pk, topic, agency_pk), group in groups.items()
    ]
    return sorted(
        gaps, key=lambda g: (-(g.percent_wrong or Decimal(0)), g.course, g.topic, g.agency)
    )


def course_evaluation(*, scope: Scope, course: CoursePage) -> AttachmentReport | None:
    """The evaluation headlines of `course` (responses, response rate, mean ratings and
    the confidence shift per outcome) for the learners in the same results scope, or None
    when no evaluation is attached. The figures are the evaluation report's, not a copy."""
    attachment = attachment_for_course(course)
    if attachment is None:
        return None
    (report,) = evaluation_report(scope=scope, attachment_id=attachment.pk)
    return report
