"""The evaluation report in Wagtail's admin: figures per evaluation (response rates,
rating distributions, confidence shift per outcome with a chart beside its table) and the
free-text comments, each with a spreadsheet export made safe. Scoped like the coverage
dashboard: `evaluation_scope_for` first, managers their partnership, leads their agency."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django import forms
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest
from django.urls import path, reverse
from django.utils import timezone

from wagtail.admin.views.reports import ReportView

from learning.evaluation.selectors import (
    AttachmentReport,
    OutcomeShift,
    attachments,
    evaluation_comments,
    evaluation_report,
    evaluation_rows,
    evaluation_scope_for,
)
from learning.people.exports import SafeSpreadsheetExportMixin
from learning.people.policies import ForbiddenAs403Mixin
from learning.people.scope import Scope

QUARTER_NAMES = {1: "January to March", 2: "April to June", 3: "July to September"} | {
    4: "October to December"
}


def recent_quarters(today: dt.date, count: int = 8) -> list[tuple[str, str]]:
    """The last `count` calendar quarters as ("2026-Q4", "October to December 2026")."""
    year, quarter = today.year, (today.month - 1) // 3 + 1
    choices = []
    for _ in range(count):
        choices.append((f"{year}-Q{quarter}", f"{QUARTER_NAMES[quarter]} {year}"))
        quarter -= 1
        if quarter == 0:
            year, quarter = year - 1, 4
    return choices


class EvaluationFilterForm(forms.Form):
    evaluation = forms.TypedChoiceField(
        label="Course, event or briefing", required=False, coerce=int, empty_value=None
    )
    agency = forms.TypedChoiceField(required=False, coerce=int, empty_value=None)
    quarter = forms.ChoiceField(label="Quarter (when the training ended)", required=False)

    def __init__(self, *args, scope: Scope, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["evaluation"].choices = [("", "All evaluations")] + [
            (a.pk, f"{a.target_kind}: {a.target.title}") for a in attachments().order_by("pk")
        ]
        self.fields["agency"].choices = [("", "All agencies")] + [
            (a.pk, a.name) for a in scope.agencies().order_by("name")
        ]
        self.fields["quarter"].choices = [("", "Any quarter")] + recent_quarters(
            timezone.localdate()
        )


class ScopedEvaluationMixin(ForbiddenAs403Mixin):
    evaluation_scope: Scope

    def grant_access(self, request: HttpRequest) -> None:
        self.evaluation_scope = evaluation_scope_for(request.user)

    def reports(self) -> list[AttachmentReport]:
        self.filter_form = EvaluationFilterForm(
            self.request.GET or None, scope=self.evaluation_scope
        )
        values: dict[str, Any] = {}
        if self.filter_form.is_valid():
            values = self.filter_form.cleaned_data
        return evaluation_report(
            scope=self.evaluation_scope,
            attachment_id=values.get("evaluation"),
            agency_id=values.get("agency"),
            quarter=values.get("quarter") or None,
        )


def shift_chart(shifts: list[OutcomeShift]) -> dict[str, Any]:
    """Bars for mean confidence before and after, per outcome, on a 0–5 scale (SVG
    attributes only: the Content Security Policy allows no inline style)."""
    left, width, bar, gap = 40, 360, 14, 18
    rows = []
    y = 10
    for index, shift in enumerate(shifts, start=1):
        before = float(shift.before or 0)
        after = float(shift.after or 0)
        rows.append(
            {
                "number": index,
                "y": y,
                "label_y": y + bar,
                "before_width": round(width * before / 5, 1),
                "after_y": y + bar,
                "after_width": round(width * after / 5, 1),
                "before": shift.before,
                "after": shift.after,
            }
        )
        y += 2 * bar + gap
    ticks = [{"x": left + round(width * n / 5, 1), "label": n} for n in range(6)]
    return {"left": left, "width": left + width + 40, "height": y + 20, "rows": rows} | {
        "ticks": ticks,
        "axis_y": y,
        "bar": bar,
    }


class EvaluationReportView(ScopedEvaluationMixin, SafeSpreadsheetExportMixin, ReportView):
    page_title = "Evaluation"
    header_icon = "form"
    results_template_name = "learning/evaluation/admin/report_results.html"
    index_url_name = "learning_evaluation_admin:report"
    paginate_by = None
    xlsx_sheet_title = "Evaluation"
    list_export = ["evaluation", "kind", "training", "measure", "item", "value"]
    export_headings = {
        "evaluation": "Evaluation",
        "kind": "Kind",
        "training": "Course, event or briefing",
        "measure": "Measure",
        "item": "Question or outcome",
        "value": "Figure",
    }

    def get_filename(self) -> str:
        return f"evaluation-{dt.date.today():%Y-%m-%d}"

    def get_queryset(self) -> list[dict[str, Any]]:
        self.evaluation_reports = self.reports()
        return evaluation_rows(self.evaluation_reports)

    def get_context_data(self, **kwargs) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        for report in self.evaluation_reports:
            report.chart = shift_chart(report.shifts)
        query = self.request.GET.urlencode()
        comments_url = reverse("learning_evaluation_admin:comments")
        context.update(
            reports=self.evaluation_reports,
            filter_form=self.filter_form,
            agency_only=self.evaluation_scope.is_agency_only,
            comments_url=f"{comments_url}?{query}" if query else comments_url,
            export_buttons=[
                ("Download CSV", self.csv_export_url),
                ("Download Excel spreadsheet", self.xlsx_export_url),
            ],
        )
        return context


class EvaluationCommentsView(ScopedEvaluationMixin, SafeSpreadsheetExportMixin, ReportView):
    """Every free-text answer, to review; exported without names or agencies when the
    export link asks (`anonymous=1`)."""

    page_title = "Evaluation comments"
    header_icon = "openquote"
    results_template_name = "learning/evaluation/admin/comments_results.html"
    index_url_name = "learning_evaluation_admin:comments"
    paginate_by = None
    xlsx_sheet_title = "Evaluation comments"
    export_headings = {
        "training": "Course, event or briefing",
        "stage": "Stage",
        "question": "Question",
        "comment": "Comment",
        "submitted_on": "Sent on",
        "learner": "Name",
        "agency": "Agency",
    }

    @property
    def anonymous(self) -> bool:
        return self.request.GET.get("anonymous") == "1"

    @property
    def list_export(self) -> list[str]:
        fields = ["training", "stage", "question", "comment", "submitted_on"]
        return fields if self.anonymous else [*fields, "learner", "agency"]

    def get_filename(self) -> str:
        suffix = "-anonymous" if self.anonymous else ""
        return f"evaluation-comments{suffix}-{dt.date.today():%Y-%m-%d}"

    def get_queryset(self) -> list[dict[str, Any]]:
        return evaluation_comments(self.reports(), anonymous=self.anonymous)

    def get_context_data(self, **kwargs) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        params = self.request.GET.copy()
        params.pop("anonymous", None)
        params["export"] = "csv"
        with_names = params.urlencode()
        params["anonymous"] = "1"
        without_names = params.urlencode()
        params["export"] = "xlsx"
        xlsx_without_names = params.urlencode()
        context.update(
            filter_form=self.filter_form,
            report_url=reverse("learning_evaluation_admin:report"),
            export_buttons=[
                ("Download CSV", f"{self.request.path}?{with_names}"),
                ("Download CSV without names", f"{self.request.path}?{without_names}"),
                ("Download Excel without names", f"{self.request.path}?{xlsx_without_names}"),
            ],
        )
        return context


def can_see_evaluation(user) -> bool:
    """Whether to show the report in the menu (the views check again)."""
    try:
        evaluation_scope_for(user)
    except PermissionDenied:
        return False
    return True


evaluation_admin_urls = [
    path("", EvaluationReportView.as_view(), name="report"),
    path("comments/", EvaluationCommentsView.as_view(), name="comments"),
]
