"""Wagtail admin reports for trainers: the course results (every course, then one course)
and the knowledge gaps. Every view asks `course_results_scope_for` first; the figures come
from learning/course_results/selectors.py. Downloads go through Wagtail's spreadsheet
export with `SafeSpreadsheetExportMixin`, so no cell runs as a formula."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django import forms
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from django.urls import path, reverse

from wagtail.admin.views.reports import ReportView

from courses.h5p.models import H5PActivity
from learning.course_results.selectors import (
    ActivityFigures,
    CourseSummary,
    KnowledgeGap,
    LearnerResult,
    activity_load_failures,
    activity_results,
    course_evaluation,
    course_results,
    course_results_scope_for,
    course_summaries,
    courses_for_results,
    knowledge_gaps,
)
from learning.people.exports import SafeSpreadsheetExportMixin
from learning.people.policies import ForbiddenAs403Mixin
from learning.people.scope import Scope


class ScopedResultsMixin(ForbiddenAs403Mixin):
    """Refuse anyone without a results scope (learners) with 403."""

    results_scope: Scope

    def grant_access(self, request: HttpRequest) -> None:
        self.results_scope = course_results_scope_for(request.user)

    def export_buttons(self) -> list[tuple[str, str]]:
        return [
            ("Download CSV", self.csv_export_url),
            ("Download Excel spreadsheet", self.xlsx_export_url),
        ]


class CourseResultsIndexView(ScopedResultsMixin, SafeSpreadsheetExportMixin, ReportView):
    """Every course with its headline figures for the learners in scope."""

    page_title = "Course results"
    header_icon = "list-ul"
    results_template_name = "learning/course_results/index_results.html"
    index_url_name = "learning_course_results:index"
    paginate_by = None
    xlsx_sheet_title = "Course results"
    list_export = [
        "title",
        "enrolled",
        "completed",
        "completion_rate",
        "assessed",
        "passed",
        "pass_rate",
        "attempts_per_learner",
    ]
    export_headings = {
        "title": "Course",
        "enrolled": "Enrolled",
        "completed": "Completed",
        "completion_rate": "% of enrolled completed",
        "assessed": "Took the assessment",
        "passed": "Passed",
        "pass_rate": "Pass rate %",
        "attempts_per_learner": "Attempts per learner",
    }

    def get_filename(self) -> str:
        return f"course-results-{dt.date.today():%Y-%m-%d}"

    def get_queryset(self) -> list[CourseSummary]:
        return course_summaries(scope=self.results_scope, courses=list(courses_for_results()))

    def get_context_data(self, **kwargs) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        context.update(
            export_buttons=self.export_buttons(),
            gaps_url=reverse("learning_knowledge_gaps:index"),
            scope=self.results_scope,
        )
        return context


class CourseResultsView(ScopedResultsMixin, SafeSpreadsheetExportMixin, ReportView):
    """One course: its learners (the download), then per question, topic, knowledge
    check and H5P activity."""

    header_icon = "list-ul"
    results_template_name = "learning/course_results/course_results.html"
    index_url_name = "learning_course_results:index"
    paginate_by = None
    list_export = [
        "name",
        "email",
        "agency_name",
        "enrolled_on",
        "attempts",
        "first_score",
        "best_score",
        "passed_label",
        "status",
        "completed_on",
    ]
    export_headings = {
        "name": "Name",
        "email": "Email",
        "agency_name": "Agency",
        "enrolled_on": "Enrolled on",
        "attempts": "Assessment attempts",
        "first_score": "First score %",
        "best_score": "Best score %",
        "passed_label": "Passed",
        "status": "Status",
        "completed_on": "Completed on",
    }

    def setup(self, request: HttpRequest, *args, **kwargs) -> None:
        super().setup(request, *args, **kwargs)
        self.course = get_object_or_404(courses_for_results(), pk=kwargs["course_id"])

    def get_page_title(self) -> str:
        return f"Results: {self.course.title}"

    def get_filename(self) -> str:
        return f"course-results-{self.course.slug}"

    @property
    def xlsx_sheet_title(self) -> str:
        return f"{self.course.title} learners"

    def get_queryset(self) -> list[LearnerResult]:
        self.results = course_results(scope=self.results_scope, course=self.course)
        return self.results.learners

    def get_context_data(self, **kwargs) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        context.update(
            course=self.course,
            results=self.results,
            evaluation=course_evaluation(scope=self.results_scope, course=self.course),
            export_buttons=self.export_buttons(),
            index_url=reverse("learning_course_results:index"),
            gaps_url=reverse("learning_knowledge_gaps:index") + f"?course={self.course.pk}",
        )
        return context


class KnowledgeGapsFilterForm(forms.Form):
    course = forms.TypedChoiceField(required=False, coerce=int, empty_value=None)
    agency = forms.TypedChoiceField(required=False, coerce=int, empty_value=None)

    def __init__(self, *args, scope: Scope, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["course"].choices = [("", "All courses")] + list(
            courses_for_results().values_list("pk", "title")
        )
        self.fields["agency"].choices = [("", "All agencies")] + [
            (a.pk, a.name) for a in scope.agencies().order_by("name")
        ]


class KnowledgeGapsView(ScopedResultsMixin, SafeSpreadsheetExportMixin, ReportView):
    """What to re-teach: per course, topic and agency, the share of first-attempt
    answers that were wrong."""

    page_title = "Knowledge gaps"
    header_icon = "help"
    results_template_name = "learning/course_results/knowledge_gaps_results.html"
    index_url_name = "learning_knowledge_gaps:index"
    paginate_by = None
    xlsx_sheet_title = "Knowledge gaps"
    list_export = ["course", "topic", "agency", "learners", "answered", "wrong", "percent_wrong"]
    export_headings = {
        "course": "Course",
        "topic": "Topic (lesson)",
        "agency": "Agency",
        "learners": "Learners",
        "answered": "Answers on first attempts",
        "wrong": "Wrong",
        "percent_wrong": "% wrong",
    }

    def get_filename(self) -> str:
        return f"knowledge-gaps-{dt.date.today():%Y-%m-%d}"

    def get_queryset(self) -> list[KnowledgeGap]:
        self.filter_form = KnowledgeGapsFilterForm(
            self.request.GET or None, scope=self.results_scope
        )
        values: dict[str, Any] = {}
        if self.filter_form.is_valid():
            values = self.filter_form.cleaned_data
        return knowledge_gaps(
            scope=self.results_scope,
            course_id=values.get("course"),
            agency_id=values.get("agency"),
        )

    def get_context_data(self, **kwargs) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        context.update(
            filter_form=self.filter_form,
            export_buttons=self.export_buttons(),
            index_url=reverse("learning_course_results:index"),
        )
        return context


class ActivityResultsView(ScopedResultsMixin, ReportView):
    """One H5P activity, linked from its admin listing: its learners' results in each
    lesson placing it, and how many learners it failed to load for."""

    header_icon = "media"
    results_template_name = "learning/course_results/activity_results.html"
    index_url_name = "learning_course_results:index"
    paginate_by = None

    def setup(self, request: HttpRequest, *args, **kwargs) -> None:
        super().setup(request, *args, **kwargs)
        self.activity = get_object_or_404(H5PActivity, pk=kwargs["activity_id"])

    def get_page_title(self) -> str:
        return f"Results: {self.activity.title}"

    def get_queryset(self) -> list[ActivityFigures]:
        return activity_results(scope=self.results_scope, activity=self.activity)

    def get_context_data(self, **kwargs) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        context.update(
            activity=self.activity,
            load_failures=activity_load_failures(scope=self.results_scope, activity=self.activity),
            index_url=reverse("learning_course_results:index"),
        )
        return context


def can_see_course_results(user) -> bool:
    """Whether to show the reports in the menu (the views check again)."""
    try:
        course_results_scope_for(user)
    except PermissionDenied:
        return False
    return True


course_results_urls = [
    path("", CourseResultsIndexView.as_view(), name="index"),
    path("<int:course_id>/", CourseResultsView.as_view(), name="course"),
    path("activities/<int:activity_id>/", ActivityResultsView.as_view(), name="activity"),
]
knowledge_gaps_urls = [
    path("", KnowledgeGapsView.as_view(), name="index"),
]
