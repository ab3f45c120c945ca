"""Wagtail hooks for the trainers' reports: the course results and knowledge gaps pages
and their Reports menu items. Imported by learning/wagtail_hooks.py."""

from django.urls import include, path, reverse

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import Button

from courses.h5p.models import H5PActivity
from learning.course_results.views import (
    can_see_course_results,
    course_results_urls,
    knowledge_gaps_urls,
)


class CourseResultsMenuItem(MenuItem):
    def is_shown(self, request) -> bool:
        return can_see_course_results(request.user)


@hooks.register("register_admin_urls")
def register_course_results_urls():
    return [
        path("reports/course-results/", include((course_results_urls, "learning_course_results"))),
        path("reports/knowledge-gaps/", include((knowledge_gaps_urls, "learning_knowledge_gaps"))),
    ]


@hooks.register("register_reports_menu_item")
def register_course_results_menu_item():
    return CourseResultsMenuItem(
        "Course results",
        reverse("learning_course_results:index"),
        name="course-results",
        icon_name="list-ul",
        order=120,
    )


@hooks.register("register_reports_menu_item")
def register_knowledge_gaps_menu_item():
    return CourseResultsMenuItem(
        "Knowledge gaps",
        reverse("learning_knowledge_gaps:index"),
        name="knowledge-gaps",
        icon_name="help",
        order=130,
    )


@hooks.register("register_snippet_listing_buttons")
def h5p_activity_results_button(snippet, user, next_url=None):
    """From the H5P activities listing, the activity's results per placement (and load
    failures), for whoever may see course results."""
    if isinstance(snippet, H5PActivity) and can_see_course_results(user):
        yield Button(
            "Results",
            reverse("learning_course_results:activity", args=[snippet.pk]),
            icon_name="list-ul",
            priority=20,
        )
