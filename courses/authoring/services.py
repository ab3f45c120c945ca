"""Writes for course authoring: reorder a course's lessons, submit a course with its
changed lessons as one unit, publish those lessons when the course is approved,
duplicate a course as a template, and discard a draft someone abandoned."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils.text import slugify

from wagtail.actions.copy_page import CopyPageAction
from wagtail.actions.delete_page import DeletePageAction
from wagtail.actions.move_page import MovePageAction
from wagtail.models import Page, WorkflowState

from courses.authoring.exceptions import (
    CourseDuplicateRejected,
    CourseSubmissionRejected,
    DraftDiscardRejected,
    LessonOrderRejected,
)
from courses.authoring.models import CourseSubmission
from courses.authoring.selectors import course_lessons, lessons_to_carry, never_published_drafts
from courses.catalogue.models import CoursePage


def course_lessons_may_reorder(*, course: CoursePage, user) -> bool:
    """Anyone who may edit a course may arrange the lessons of one not yet live; once it
    is live the order changes what learners see at once, so only a publisher may."""
    permissions = course.permissions_for_user(user)
    if course.live:
        return permissions.can_reorder_children()
    return permissions.can_edit()


def course_lessons_reorder(*, course: CoursePage, lesson_ids: list[int], user) -> None:
    """Put a course's lessons in the order given (every lesson, each once)."""
    if not course_lessons_may_reorder(course=course, user=user):
        raise LessonOrderRejected(
            "Only a partnership manager can change the order of a live course's lessons."
        )
    lessons = {lesson.pk: lesson for lesson in course_lessons(course=course)}
    if sorted(lesson_ids) != sorted(lessons):
        raise LessonOrderRejected("The new order must list each of the course's lessons once.")
    with transaction.atomic():
        # Each lesson in turn to the end: the last one moved ends last, as asked.
        for lesson_id in lesson_ids:
            MovePageAction(lessons[lesson_id], course, pos="last-child", user=user).execute(
                skip_permission_checks=True
            )
            course.refresh_from_db()
            lessons = {lesson.pk: lesson for lesson in course_lessons(course=course)}


def course_submit(*, course: CoursePage, user, note: str = "", go_live_at=None) -> CourseSubmission:
    """Submit a course for approval with every lesson that has changes not yet live, as
    one unit: one workflow on the course, the lessons' current revisions carried along
    (approving the course publishes them: `course_submission_lessons_publish`).

    With `go_live_at`, the course's and lessons' submitted revisions carry that date, so
    approving them schedules them (Wagtail's `publish_scheduled` makes them live then)
    rather than publishing at once: the course and its lessons go live together."""
    permissions = course.permissions_for_user(user)
    if not permissions.can_edit():
        raise CourseSubmissionRejected("You cannot edit this course.")
    workflow = course.get_workflow()
    if workflow is None:
        raise CourseSubmissionRejected("Courses here have no approval step set up.")
    if course.workflow_in_progress:
        raise CourseSubmissionRejected("This course is already awaiting approval.")
    if course.locked:
        raise CourseSubmissionRejected("This course is locked; ask who locked it to unlock it.")
    with transaction.atomic():
        lesson_revisions = []
        for lesson in lessons_to_carry(course=course):
            if go_live_at is not None:
                lesson = lesson.get_latest_revision_as_object()
                lesson.go_live_at = go_live_at
                revision = lesson.save_revision(user=user)
            else:
                revision = lesson.latest_revision or lesson.save_revision(user=user)
            lesson_revisions.append(revision)
        if go_live_at is not None:
            scheduled = course.get_latest_revision_as_object()
            scheduled.go_live_at = go_live_at
            scheduled.save_revision(user=user)
            course.refresh_from_db()
        elif course.latest_revision is None:
            course.save_revision(user=user)
        state = workflow.start(course, user)
        submission = CourseSubmission.objects.create(
            workflow_state=state, course=course, note=note.strip()
        )
        submission.lesson_revisions.set(lesson_revisions)
    return submission


def course_submission_lessons_publish(*, workflow_state: WorkflowState, user) -> list:
    """Publish the lesson revisions a course's approved submission carried. Safe to run
    twice: a revision already live is not published again."""
    submission = CourseSubmission.objects.filter(workflow_state=workflow_state).first()
    if submission is None:
        return []
    published = []
    with transaction.atomic():
        for revision in submission.lesson_revisions.all().order_by("created_at"):
            lesson = revision.content_object
            if lesson.live_revision_id == revision.pk:
                continue
            revision.publish(user=user, skip_permission_checks=True)
            published.append(lesson)
    return published


def course_duplicate(*, course: CoursePage, title: str, user) -> CoursePage:
    """A copy of a course to start a new one from: a new title, the same lessons and
    question bank, everything a draft (nothing of the copy is live until approved)."""
    title = (title or "").strip()
    if not title:
        raise CourseDuplicateRejected("Enter a title for the new course.", field="title")
    parent = course.get_parent()
    slug = slugify(title)[:255] or "course"
    base, n = slug, 2
    while parent.get_children().filter(slug=slug).exists():
        slug, n = f"{base}-{n}", n + 1
    with transaction.atomic():
        copy = CopyPageAction(
            page=course,
            to=parent,
            update_attrs={"title": title, "slug": slug},
            recursive=True,
            copy_revisions=False,
            keep_live=False,
            user=user,
        ).execute(skip_permission_checks=True)
        copy = copy.specific
        for page in [copy, *[lesson.specific for lesson in copy.get_descendants()]]:
            page.save_revision(user=user)
    return copy


def page_draft_may_discard(*, page: Page, user) -> bool:
    """Who started a draft may throw it away, and so may whoever may delete the page."""
    return page.owner_id == user.pk or page.permissions_for_user(user).can_delete()


def page_draft_discard(*, page: Page, user) -> None:
    """Delete a draft that was never published (as `never_published_drafts` says), logged
    as a deletion in the page's history like any other."""
    if not page_draft_may_discard(page=page, user=user):
        raise PermissionDenied("Only who started this draft can discard it.")
    with transaction.atomic():
        page = never_published_drafts().select_for_update().filter(pk=page.pk).first()
        if page is None:
            raise DraftDiscardRejected("This page is no longer a draft that was never published.")
        if page.workflow_in_progress:
            raise DraftDiscardRejected("This draft is awaiting approval, so it is kept.")
        DeletePageAction(page, user=user).execute(skip_permission_checks=True)
