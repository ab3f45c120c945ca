"""Admin views of course authoring: the course screen, reordering, one submission for a
course and its lessons, the approver's queue, duplicating a course, and discarding a
draft someone abandoned."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.views.decorators.http import require_POST
from django.views.defaults import permission_denied

from wagtail.models import WorkflowState
from wagtail.permission_policies.pages import PagePermissionPolicy

from courses.authoring.exceptions import (
    CourseDuplicateRejected,
    CourseSubmissionRejected,
    DraftDiscardRejected,
    LessonOrderRejected,
)
from courses.authoring.forms import CourseApproveForm, CourseDuplicateForm, CourseSubmitForm
from courses.authoring.models import CourseSubmission
from courses.authoring.selectors import (
    DRAFT,
    course_lesson_rows,
    course_submission_in_progress,
    courses_awaiting_approval,
    lessons_to_carry,
    never_published_drafts,
)
from courses.authoring.services import (
    course_duplicate,
    course_lessons_may_reorder,
    course_lessons_reorder,
    course_submit,
    page_draft_discard,
    page_draft_may_discard,
)
from courses.catalogue.models import CoursePage


def _editable_course(request: HttpRequest, course_id: int) -> CoursePage:
    course = get_object_or_404(CoursePage, pk=course_id)
    if not course.permissions_for_user(request.user).can_edit():
        raise PermissionDenied("You cannot edit this course.")
    return course


def course_screen_view(request: HttpRequest, course_id: int) -> HttpResponse:
    """The course as one thing: its lessons in learner order with their status."""
    course = _editable_course(request, course_id)
    rows = course_lesson_rows(course=course)
    return TemplateResponse(
        request,
        "courses/authoring/course_screen.html",
        {
            "page_title": f"Course: {course.get_admin_display_title()}",
            "header_title": course.get_admin_display_title(),
            "course": course,
            "rows": rows,
            "submission": course_submission_in_progress(course=course),
            "may_reorder": course_lessons_may_reorder(course=course, user=request.user),
            "add_lesson_url": reverse(
                "wagtailadmin_pages:add", args=["courses", "lessonpage", course.pk]
            ),
            "preview_url": reverse("wagtailadmin_pages:view_draft", args=[course.pk]),
        },
    )


@require_POST
def lessons_reorder_view(request: HttpRequest, course_id: int) -> HttpResponse:
    """Move one lesson up or down (buttons, no JavaScript needed), or put them all in the
    order a drag left them (`order`, comma-separated ids)."""
    course = _editable_course(request, course_id)
    ids = [row.lesson.pk for row in course_lesson_rows(course=course)]
    moved = None
    if request.POST.get("order"):
        try:
            order = [int(i) for i in request.POST["order"].split(",")]
        except ValueError:
            order = []
    else:
        lesson_id, _sep, direction = request.POST.get("move", "").partition(":")
        order = list(ids)
        if lesson_id.isdigit() and int(lesson_id) in ids and direction in ("up", "down"):
            moved = int(lesson_id)
            at = order.index(moved)
            to = at - 1 if direction == "up" else at + 1
            if 0 <= to < len(order):
                order[at], order[to] = order[to], order[at]
    try:
        course_lessons_reorder(course=course, lesson_ids=order, user=request.user)
    except LessonOrderRejected as rejected:
        if "application/json" in request.headers.get("Accept", ""):
            return JsonResponse({"error": rejected.message}, status=400)
        messages.error(request, rejected.message)
        return redirect("courses_authoring:course", course_id=course.pk)
    if "application/json" in request.headers.get("Accept", ""):
        return JsonResponse({"order": order})
    messages.success(request, "Lesson order saved.")
    anchor = f"#lesson-{moved}" if moved else ""
    return redirect(reverse("courses_authoring:course", args=[course.pk]) + anchor)


def course_submit_view(request: HttpRequest, course_id: int) -> HttpResponse:
    """One submission for the course and every lesson with changes; lessons still in
    draft are listed first, so nothing goes for approval unseen."""
    course = _editable_course(request, course_id)
    carried = lessons_to_carry(course=course)
    drafts = [lesson for lesson in carried if not lesson.live]
    form = CourseSubmitForm(request.POST or None)
    errors: list[dict] = []
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                submission = course_submit(
                    course=course,
                    user=request.user,
                    note=form.cleaned_data["note"],
                    go_live_at=form.cleaned_data["go_live_at"],
                )
            except CourseSubmissionRejected as rejected:
                errors = [{"text": rejected.message, "href": ""}]
            else:
                count = submission.lesson_revisions.count()
                messages.success(
                    request,
                    f"“{course.title}” and {count} lesson{'s' if count != 1 else ''} "
                    "sent for approval as one unit.",
                )
                return redirect("courses_authoring:course", course_id=course.pk)
        status = 400
    return TemplateResponse(
        request,
        "courses/authoring/course_submit.html",
        {
            "page_title": f"Submit {course.title} for approval",
            "header_title": "Submit course for approval",
            "course": course,
            "carried": carried,
            "drafts": drafts,
            "form": form,
            "errors": errors,
            "DRAFT": DRAFT,
        },
        status=status,
    )


def approvals_view(request: HttpRequest) -> HttpResponse:
    """Courses awaiting approval, each with the lessons that go live with it and the
    trainer's note."""
    if not PagePermissionPolicy().user_has_permission(request.user, "publish"):
        raise PermissionDenied("Only approvers see courses awaiting approval.")
    queue = courses_awaiting_approval(user=request.user)
    return TemplateResponse(
        request,
        "courses/authoring/approvals.html",
        {
            "page_title": "Courses awaiting approval",
            "header_title": "Courses awaiting approval",
            "queue": queue,
            "form": CourseApproveForm(),
        },
    )


@require_POST
def course_approve_view(request: HttpRequest, submission_id: int) -> HttpResponse:
    """Approve a course once: the course and the lessons submitted with it go live."""
    submission = get_object_or_404(
        CourseSubmission.objects.select_related("course", "workflow_state"),
        pk=submission_id,
        workflow_state__status=WorkflowState.STATUS_IN_PROGRESS,
    )
    task_state = submission.workflow_state.current_task_state
    if task_state is None:
        raise Http404("This course is not awaiting approval.")
    task = task_state.task.specific
    course = submission.course
    if not any(name == "approve" for name, *_ in task.get_actions(course, request.user)):
        raise PermissionDenied("You cannot approve this course.")
    form = CourseApproveForm(request.POST)
    comment = form.cleaned_data["comment"] if form.is_valid() else ""
    lessons = submission.lesson_revisions.count()
    task.on_action(task_state, request.user, "approve", comment=comment)
    course.refresh_from_db()
    if course.live:
        messages.success(
            request,
            f"Approved “{course.title}” with {lessons} lesson{'s' if lessons != 1 else ''}: "
            "they are live now.",
        )
    else:
        messages.success(
            request,
            f"Approved “{course.title}” with {lessons} lesson{'s' if lessons != 1 else ''} "
            "at this step; it goes on to the next approval step.",
        )
    return redirect("courses_authoring:approvals")


def course_duplicate_view(request: HttpRequest, course_id: int) -> HttpResponse:
    """Start a new course from this one: asks for a title only."""
    course = _editable_course(request, course_id)
    parent = course.get_parent()
    if not parent.permissions_for_user(request.user).can_add_subpage():
        raise PermissionDenied("You cannot add courses here.")
    form = CourseDuplicateForm(request.POST or None)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                copy = course_duplicate(
                    course=course, title=form.cleaned_data["title"], user=request.user
                )
            except CourseDuplicateRejected as rejected:
                form.add_error("title", rejected.message)
            else:
                messages.success(
                    request,
                    f"“{copy.title}” is a new draft course copied from “{course.title}”, "
                    "with its lessons and questions.",
                )
                return redirect("courses_authoring:course", course_id=copy.pk)
        status = 400
    return TemplateResponse(
        request,
        "courses/authoring/course_duplicate.html",
        {
            "page_title": f"Duplicate {course.title}",
            "header_title": "Duplicate course as a template",
            "course": course,
            "form": form,
        },
        status=status,
    )


def trainer_guide_view(request: HttpRequest) -> HttpResponse:
    """How to write a course and a briefing, place H5P and read results, in the admin
    where trainers work (it was nowhere)."""
    return TemplateResponse(
        request,
        "courses/authoring/trainer_guide.html",
        {"page_title": "Trainer guide", "header_title": "Trainer guide"},
    )


@require_POST
def draft_discard_view(request: HttpRequest, page_id: int) -> HttpResponse:
    """Throw away a draft offered back on the add screen, then start afresh there."""
    page = get_object_or_404(never_published_drafts(), pk=page_id)
    if not page_draft_may_discard(page=page, user=request.user):
        # A real 403, not Wagtail's redirect to the dashboard, as the site's own admin
        # views answer (learning.people.policies.forbidden_as_403, which courses cannot use).
        return permission_denied(
            request, PermissionDenied("Only who started this draft can discard it.")
        )
    parent = page.get_parent()
    model = page.specific_class._meta
    add_url = reverse("wagtailadmin_pages:add", args=[model.app_label, model.model_name, parent.pk])
    title = page.get_admin_display_title()
    try:
        page_draft_discard(page=page, user=request.user)
    except DraftDiscardRejected as rejected:
        messages.error(request, rejected.message)
        return redirect(add_url)
    messages.success(request, f"Discarded the draft “{title}”.")
    return redirect(add_url)
