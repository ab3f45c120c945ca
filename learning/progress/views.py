"""Learner-facing posts of course progress: knowledge-check answers, completing a lesson,
and taking the final assessment."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.views.decorators.http import require_POST

from courses.catalogue.models import CoursePage, LessonPage
from learning.exceptions import AnswerRejected, AssessmentRejected, LessonNotComplete
from learning.progress.models import AssessmentAttempt
from learning.progress.preview import answer_preview, assessment_preview_marked
from learning.progress.selectors import assessment_results, course_access_problem
from learning.progress.services import (
    assessment_start,
    assessment_submit,
    course_completion_try,
    knowledge_check_answer,
    lesson_complete,
)

# --- Courses: knowledge checks, lesson completion, final assessments -------------------

# Set on a lesson's address after "Complete this lesson" was refused.
INCOMPLETE_PARAM = "not-complete"


def _wants_json(request: HttpRequest) -> bool:
    return "application/json" in request.headers.get("Accept", "")


def _open_lesson(request: HttpRequest, lesson_id: int) -> LessonPage:
    """A live lesson the learner may open (else 404/403, as its page would say)."""
    lesson = get_object_or_404(LessonPage.objects.live(), pk=lesson_id)
    problem = course_access_problem(user=request.user, course=lesson.course)
    if problem is not None:
        raise PermissionDenied("This course is not open to you yet.")
    return lesson


def _open_course(request: HttpRequest, course_id: int) -> CoursePage:
    course = get_object_or_404(CoursePage.objects.live(), pk=course_id)
    if course_access_problem(user=request.user, course=course) is not None:
        raise PermissionDenied("This course is not open to you yet.")
    return course


@login_required
@require_POST
def knowledge_check_answer_view(request: HttpRequest, lesson_id: int) -> HttpResponse:
    """Answer one knowledge-check question. With JavaScript the page asks for JSON and
    shows the feedback in place; without it, the form posts and the lesson page reloads
    at the question, showing the same feedback."""
    lesson = _open_lesson(request, lesson_id)
    question_id = request.POST.get("question", "")
    anchor = f"question-{question_id}" if question_id else "main-content"
    try:
        answer = knowledge_check_answer(
            learner=request.user,
            lesson=lesson,
            question_id=question_id,
            option_ids=request.POST.getlist("option"),
        )
    except AnswerRejected as rejected:
        if _wants_json(request):
            return JsonResponse({"error": rejected.message, "field": rejected.field}, status=400)
        messages.error(request, rejected.message)
        return redirect(f"{lesson.get_url(request)}#{anchor}")
    if _wants_json(request):
        question = lesson.knowledge_check_questions()[answer.question_id]
        html = render_to_string(
            "courses/catalogue/blocks/knowledge_check_feedback.html",
            {"question": question, "answer": answer},
            request=request,
        )
        return JsonResponse({"correct": answer.is_correct, "html": html})
    return redirect(f"{lesson.get_url(request)}#{anchor}")


@login_required
@require_POST
def lesson_complete_view(request: HttpRequest, lesson_id: int) -> HttpResponse:
    """Mark a lesson complete, then go on to the next lesson (or back to the course)."""
    lesson = _open_lesson(request, lesson_id)
    try:
        lesson_complete(learner=request.user, lesson=lesson)
    except LessonNotComplete:
        # The lesson page lists what is left in an error summary linking to each check.
        return redirect(f"{lesson.get_url(request)}?{INCOMPLETE_PARAM}=1")
    course = lesson.course
    completion = course_completion_try(learner=request.user, course=course)
    if completion is not None:
        messages.success(request, f"You have completed {course.title}.")
        return redirect(course.get_url(request))
    following = lesson.get_next_siblings().live().type(LessonPage).first()
    return redirect((following or course).get_url(request))


@login_required
@require_POST
def assessment_start_view(request: HttpRequest, course_id: int) -> HttpResponse:
    course = _open_course(request, course_id)
    try:
        attempt = assessment_start(learner=request.user, course=course)
    except AssessmentRejected as rejected:
        messages.error(request, rejected.message)
        return redirect(course.get_url(request))
    return redirect("learning:assessment_take", attempt_id=attempt.public_id)


def _own_attempt(request: HttpRequest, attempt_id) -> AssessmentAttempt:
    # Looking the attempt up among the learner's own turns someone else's id into a 404.
    return get_object_or_404(
        AssessmentAttempt.objects.select_related("course"),
        public_id=attempt_id,
        learner=request.user,
    )


@login_required
def assessment_take_view(request: HttpRequest, attempt_id) -> HttpResponse:
    """The questions; the form posts back here, so an answer missed is shown at the same
    address, with every problem listed."""
    if request.method == "POST":
        return _assessment_submit(request, attempt_id)
    attempt = _own_attempt(request, attempt_id)
    if attempt.is_submitted:
        return redirect("learning:assessment_results", attempt_id=attempt.public_id)
    return render(request, "learning/progress/assessment_take.html", {"attempt": attempt})


@login_required
@require_POST
def assessment_submit_view(request: HttpRequest, attempt_id) -> HttpResponse:
    """The older address answers were posted to; it marks them the same way."""
    return _assessment_submit(request, attempt_id)


def _assessment_submit(request: HttpRequest, attempt_id) -> HttpResponse:
    """Mark an attempt. A tampered, replayed or someone else's post gets a 400 that says
    what was wrong, and nothing is recorded."""
    answers: dict[str, list[str]] = {}
    for key in request.POST:
        if key.startswith("q-"):
            answers[key[2:]] = request.POST.getlist(key)
    try:
        attempt = assessment_submit(learner=request.user, attempt_id=attempt_id, answers=answers)
    except AssessmentRejected as rejected:
        attempt = AssessmentAttempt.objects.filter(
            public_id=attempt_id, learner=request.user, submitted_at__isnull=True
        ).first()
        return render(
            request,
            "learning/progress/assessment_take.html"
            if attempt
            else "learning/progress/assessment_rejected.html",
            {
                "attempt": attempt,
                "errors": [
                    {"text": text, "href": f"#{field}-1" if field.startswith("q-") else ""}
                    for field, text in rejected.field_errors.items()
                ]
                or [{"text": rejected.message, "href": ""}],
                "field_errors": rejected.field_errors,
                "chosen": answers,
            },
            status=400,
        )
    return redirect("learning:assessment_results", attempt_id=attempt.public_id)


@login_required
def assessment_results_view(request: HttpRequest, attempt_id) -> HttpResponse:
    attempt = _own_attempt(request, attempt_id)
    if not attempt.is_submitted:
        return redirect("learning:assessment_take", attempt_id=attempt.public_id)
    return render(
        request,
        "learning/progress/assessment_results.html",
        assessment_results(attempt=attempt),
    )


# --- Preview: knowledge checks and the final assessment tried, nothing recorded --------


def _previewable(request: HttpRequest, page_class, page_id: int):
    """The latest draft of a page the trainer may edit (else 404/403)."""
    page = get_object_or_404(page_class, pk=page_id)
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied("Only those who may edit this course can try it in preview.")
    return page.get_latest_revision_as_object()


@require_POST
def preview_knowledge_check_view(request: HttpRequest, lesson_id: int) -> HttpResponse:
    """A knowledge-check answer in a lesson's preview: feedback as a learner gets it,
    nothing recorded."""
    lesson = _previewable(request, LessonPage, lesson_id)
    question = lesson.knowledge_check_questions().get(request.POST.get("question", ""))
    if question is None:
        if _wants_json(request):
            return JsonResponse({"error": "That question is not in this lesson."}, status=400)
        raise Http404("That question is not in this lesson.")
    try:
        answer = answer_preview(
            question=question, option_ids=request.POST.getlist("option"), field="option"
        )
    except AnswerRejected as rejected:
        if _wants_json(request):
            return JsonResponse({"error": rejected.message, "field": rejected.field}, status=400)
        answer = None
        error = rejected.message
    else:
        error = ""
    if _wants_json(request):
        html = render_to_string(
            "courses/catalogue/blocks/knowledge_check_feedback.html",
            {"question": question, "answer": answer},
            request=request,
        )
        return JsonResponse({"correct": answer["is_correct"], "html": html})
    return render(
        request,
        "learning/progress/preview_knowledge_check.html",
        {
            "lesson": lesson,
            "question": question,
            "answer": answer,
            "error": error,
            "error_list": [{"text": error, "href": ""}] if error else [],
            "back_url": reverse("wagtailadmin_pages:view_draft", args=[lesson.pk]),
        },
        status=400 if error else 200,
    )


def preview_assessment_view(request: HttpRequest, course_id: int) -> HttpResponse:
    """The final assessment in a course's preview: every question of the bank, marked
    with feedback on posting, nothing recorded."""
    course = _previewable(request, CoursePage, course_id)
    context = {
        "course": course,
        "questions": list(course.assessment_question_bank().values()),
        "back_url": reverse("wagtailadmin_pages:view_draft", args=[course.pk]),
    }
    if request.method == "POST":
        answers = {
            key[2:]: request.POST.getlist(key) for key in request.POST if key.startswith("q-")
        }
        context["results"] = assessment_preview_marked(course=course, answers=answers)
    return render(request, "learning/progress/preview_assessment.html", context)
