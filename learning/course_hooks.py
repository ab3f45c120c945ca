"""Wagtail hooks for courses: the gate in front of course and lesson pages."""

from __future__ import annotations

from django.contrib.auth.views import redirect_to_login
from django.dispatch import receiver
from django.template.response import TemplateResponse

from wagtail import hooks

from courses.models import CourseAudience, CoursePage, LessonPage

from .selectors import course_access_problem
from .services import course_completion_try, enrolment_ensure
from .signals import lesson_completed


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
    problem = course_access_problem(user=user, course=course)
    if problem is not None:
        return TemplateResponse(
            request,
            "learning/course_unavailable.html",
            {"page": page, "course": course, "problem": problem},
            status=404 if problem.reason == "unpublished" else 403,
        )
    if user.is_authenticated:
        enrolment_ensure(learner=user, course=course)
    return None


@receiver(lesson_completed)
def complete_course_after_lesson(sender, progress, **kwargs) -> None:
    """Any path that completes a lesson (a page, an H5P activity) may finish the course."""
    lesson = progress.lesson.specific
    course_completion_try(learner=progress.learner, course=lesson.course)
