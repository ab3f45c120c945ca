"""Wagtail hooks for course progress: the gate in front of course and lesson pages, and
the knowledge-check requirement for completing a lesson."""

from __future__ import annotations

from django.contrib.auth.views import redirect_to_login
from django.template.response import TemplateResponse
from django.urls import include, path

from wagtail import hooks

from courses.catalogue.models import CourseAudience, CourseIndexPage, CoursePage, LessonPage
from learning.privacy.providers import PersonalDataProvider
from learning.progress import preview_urls
from learning.progress.personal_data import progress_erase, progress_export
from learning.progress.preview import course_preview_context, lesson_preview_state
from learning.progress.selectors import (
    course_access_problem,
    course_progress,
    courses_progress,
    lesson_state,
)
from learning.progress.services import (
    enrolment_ensure,
    knowledge_checks_unanswered,
    lesson_completion_problems,
)
from learning.progress.views import INCOMPLETE_PARAM


@hooks.register("before_serve_page")
def course_gate(page, request, serve_args, serve_kwargs):
    """Practitioner courses need a sign-in; a lesson of an unpublished or locked course gets
    a page that says why and what to do; a learner's first visit enrols them."""
    if isinstance(page, LessonPage):
        course = page.course
    elif isinstance(page, CoursePage):
        course = page
    else:
        return None
    user = request.user
    if course.audience == CourseAudience.PRACTITIONERS and not user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    problem = course_access_problem(user=user, course=course, request=request)
    if problem is not None:
        return TemplateResponse(
            request,
            "learning/progress/course_unavailable.html",
            {"page": page, "course": course, "problem": problem},
            status=404 if problem.reason == "unpublished" else 403,
        )
    if user.is_authenticated:
        enrolment_ensure(learner=user, course=course)
    return None


@hooks.register("lesson_completion_requirements")
def _knowledge_checks_answered(*, learner, lesson) -> list[str]:
    return knowledge_checks_unanswered(learner=learner, lesson=lesson)


@hooks.register("construct_page_context")
def _learner_progress_context(*, page, request, context) -> None:
    """The learner's progress on the catalogue, a course page and a lesson page; in a
    trainer's preview, the whole course as it will be, with nothing recorded."""
    if getattr(request, "is_preview", False) and isinstance(page, LessonPage | CoursePage):
        if isinstance(page, LessonPage):
            context["learner_lesson"] = lesson_preview_state(lesson=page)
        else:
            context.update(course_preview_context(course=page))
        return
    if isinstance(page, LessonPage):
        context["learner_lesson"] = lesson_state(learner=request.user, lesson=page, request=request)
        if request.GET.get(INCOMPLETE_PARAM) and request.user.is_authenticated:
            context["completion_errors"] = lesson_completion_problems(
                learner=request.user, lesson=page
            )
    elif isinstance(page, CoursePage):
        context["progress"] = course_progress(learner=request.user, course=page, request=request)
    elif isinstance(page, CourseIndexPage):
        context["progress_by_course"] = courses_progress(
            learner=request.user, courses=context.get("courses", []), request=request
        )


@hooks.register("register_admin_urls")
def register_course_preview_urls():
    return [path("course-preview/", include((preview_urls.urlpatterns, preview_urls.app_name)))]


@hooks.register("register_personal_data")
def progress_personal_data() -> PersonalDataProvider:
    return PersonalDataProvider(name="progress", export=progress_export, erase=progress_erase)
