"""Wagtail hooks for the trainers' reports: the course results and knowledge gaps pages
and their Reports menu items. Imported by learning/wagtail_hooks.py."""

from django.urls import include, path, reverse

from wagtail import hooks
from wagtail.admin.menu import MenuItem

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
