"""Reads for course authoring: a course's lessons in learner order with their status, the
lessons a submission would carry, the approver's queue grouped by course, and the draft a
trainer abandoned, to offer back."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.db.models import F, Q, QuerySet
from django.utils import timezone

from wagtail.models import Page, WorkflowState

from courses.authoring.models import CourseSubmission
from courses.briefings.models import BriefingPage
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


# --- Abandoned drafts, offered back ------------------------------------------------------

#: The pages trainers write, whose add screen offers an abandoned draft back.
OFFERED_BACK = (CoursePage, LessonPage, BriefingPage)

#: How long a draft lies untouched before it counts as abandoned. Wagtail autosaves an open
#: editor every few seconds, so a draft still open in another tab is never offered.
ABANDONED_AFTER = dt.timedelta(minutes=15)


@dataclass(frozen=True)
class AbandonedDraft:
    """A page someone started and left: never published, untouched for a while."""

    page: Page
    started_at: dt.datetime


def never_published_drafts() -> QuerySet[Page]:
    """Pages of the kinds offered back that were never live and hold nothing under them.

    Discarding one deletes it, so a draft course that already has lessons is not one: its
    lessons are work too (open the course to carry on, or delete it in the usual way)."""
    kinds = ContentType.objects.get_for_models(*OFFERED_BACK).values()
    return Page.objects.filter(
        content_type__in=kinds,
        live=False,
        live_revision__isnull=True,
        first_published_at__isnull=True,
        last_published_at__isnull=True,
        numchild=0,
    )


def abandoned_draft_for(*, user, parent: Page, page_class: type[Page]) -> AbandonedDraft | None:
    """The latest draft of `page_class` that `user` started under `parent` and left: never
    published, not awaiting approval, untouched for `ABANDONED_AFTER`. Offered back on the
    add screen so the work is not silently kept under a slug (issue 20)."""
    if page_class not in OFFERED_BACK or not getattr(user, "pk", None):
        return None
    untouched_since = timezone.now() - ABANDONED_AFTER
    candidates = (
        never_published_drafts()
        .child_of(parent)
        .filter(content_type=ContentType.objects.get_for_model(page_class), owner=user)
        .filter(
            Q(latest_revision_created_at__lte=untouched_since)
            | Q(latest_revision_created_at__isnull=True)
        )
        .order_by(F("latest_revision_created_at").desc(nulls_last=True), "-pk")
    )
    for page in candidates[:5]:
        if page.workflow_in_progress:
            continue
        first = page.revisions.order_by("created_at").first()
        started_at = first.created_at if first else page.latest_revision_created_at
        return AbandonedDraft(page=page, started_at=started_at or timezone.now())
    return None
