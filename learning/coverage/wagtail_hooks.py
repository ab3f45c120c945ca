"""Wagtail hooks for training coverage: the report and its URLs, the KPI and headcount
snippets, and the demo data step. Imported by learning/wagtail_hooks.py."""

from django.templatetags.static import static
from django.urls import include, path, reverse
from django.utils.html import format_html

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet

from learning.coverage.views import CoverageGroup, can_see_coverage, coverage_urls


class CoverageMenuItem(MenuItem):
    def is_shown(self, request) -> bool:
        return can_see_coverage(request.user)


@hooks.register("register_admin_urls")
def register_coverage_urls():
    return [path("reports/training-coverage/", include((coverage_urls, "learning_coverage")))]


@hooks.register("register_reports_menu_item")
def register_coverage_menu_item():
    return CoverageMenuItem(
        "Training coverage",
        reverse("learning_coverage:dashboard"),
        name="training-coverage",
        icon_name="table",
        order=100,
    )


register_snippet(CoverageGroup)


@hooks.register("insert_global_admin_css")
def coverage_admin_css():
    return format_html('<link rel="stylesheet" href="{}">', static("learning/coverage-admin.css"))
