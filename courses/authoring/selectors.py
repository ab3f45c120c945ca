"""Reads for course authoring: a course's lessons in learner order with their status, the
lessons a submission would carry, and the approver's queue grouped by course."""

from __future__ import annotations

from dataclasses import dataclass, field

from wagtail.models import WorkflowState

from courses.authoring.models import CourseSubmission
from courses.catalogue.models import CoursePage, LessonPage

DRAFT = "draft"
IN_APPROVAL = "in approval"
LIVE = "live"


@dataclass(frozen=True)
class LessonRow:
    """One lesson as the course screen lists it."""

    lesson: LessonPage
    number: int
    status: str  # DRAFT, IN_APPROVAL or LIVE
    has_draft_changes: bool  # live, with changes not yet approved

    @property
    def title(self) -> str:
        return self.lesson.get_admin_display_title()

    @property
    def tag_colour(self) -> str:
        return {DRAFT: "grey", IN_APPROVAL: "blue", LIVE: "green"}[self.status]


def course_submission_in_progress(*, course: CoursePage) -> CourseSubmission | None:
    """The course's submission awaiting approval, if there is one."""
    return (
        CourseSubmission.objects.filter(
            course=course, workflow_state__status=WorkflowState.STATUS_IN_PROGRESS
        )
        .select_related("workflow_state", "workflow_state__requested_by")
        .prefetch_related("lesson_revisions")
        .first()
    )


def course_lessons(*, course: CoursePage) -> list[LessonPage]:
    """Every lesson of a course, drafts included, in the order learners meet them."""
    return list(LessonPage.objects.child_of(course).order_by("path"))


def course_lesson_rows(*, course: CoursePage) -> list[LessonRow]:
    """The course's lessons in learner order, each with its status: draft, in approval
    (carried by the course's submission, or submitted on its own) or live."""
    submission = course_submission_in_progress(course=course)
    carried = {int(r.object_id) for r in submission.lesson_revisions.all()} if submission else set()
    rows = []
    for number, lesson in enumerate(course_lessons(course=course), 1):
        if lesson.pk in carried or lesson.workflow_in_progress:
            status = IN_APPROVAL
        elif lesson.live:
            status = LIVE
        else:
            status = DRAFT
        rows.append(
            LessonRow(
                lesson=lesson,
                number=number,
                status=status,
                has_draft_changes=lesson.live and lesson.has_unpublished_changes,
            )
        )
    return rows


def lessons_to_carry(*, course: CoursePage) -> list[LessonPage]:
    """The lessons a course submission takes with it: those with changes not yet live (new
    drafts included), except any already awaiting approval on their own."""
    return [
        lesson
        for lesson in course_lessons(course=course)
        if lesson.has_unpublished_changes and not lesson.workflow_in_progress
    ]


@dataclass
class CourseAwaitingApproval:
    """One entry of the approver's queue: a course and the lessons that go with it."""

    submission: CourseSubmission
    task_state_id: int
    lessons: list[LessonPage] = field(default_factory=list)

    @property
    def course(self) -> CoursePage:
        return self.submission.course


def courses_awaiting_approval(*, user) -> list[CourseAwaitingApproval]:
    """Courses submitted as one unit that `user` may approve, each with its lessons."""
    queue = []
    submissions = (
        CourseSubmission.objects.filter(workflow_state__status=WorkflowState.STATUS_IN_PROGRESS)
        .select_related("course", "workflow_state", "workflow_state__requested_by")
        .prefetch_related("lesson_revisions")
        .order_by("submitted_at")
    )
    for submission in submissions:
        task_state = submission.workflow_state.current_task_state
        if task_state is None:
            continue
        actions = task_state.task.specific.get_actions(submission.course, user)
        if not any(name == "approve" for name, *_rest in actions):
            continue
        ids = [int(r.object_id) for r in submission.lesson_revisions.all()]
        lessons = sorted(LessonPage.objects.filter(pk__in=ids), key=lambda page: page.path)
        queue.append(
            CourseAwaitingApproval(
                submission=submission, task_state_id=task_state.pk, lessons=lessons
            )
        )
    return queue
