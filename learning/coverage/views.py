"""Wagtail admin views for training coverage: the dashboard, an agency's learners, and the
headcount import. Every view asks `coverage_scope_for` first; the figures come from
learning/coverage.py."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from django import forms
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.urls import path, reverse
from django.views.generic import FormView

from wagtail.admin.panels import ObjectList
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.reports import ReportView
from wagtail.snippets.views.snippets import SnippetViewSetGroup

from learning.coverage.models import Headcount, TrainingKPI
from learning.coverage.section_11.views import section_11_urls
from learning.coverage.selectors import (
    KPICoverage,
    coverage_dashboard,
    coverage_learners,
    coverage_scope_for,
    kpis_in_scope,
)
from learning.coverage.services import HeadcountImportRejected, headcount_import
from learning.people.exports import SafeSpreadsheetExportMixin
from learning.people.models import Agency, Sector
from learning.people.policies import ForbiddenAs403Mixin, ScopedForm, ScopedSnippetViewSet
from learning.people.scope import Scope


class CoverageFilterForm(forms.Form):
    """Filters of the dashboard; choices come from the person's scope only."""

    kpi = forms.TypedChoiceField(label="KPI", required=False, coerce=int, empty_value=None)
    partnership = forms.TypedChoiceField(required=False, coerce=int, empty_value=None)
    sector = forms.ChoiceField(required=False, choices=[("", "All sectors"), *Sector.choices])
    agency = forms.TypedChoiceField(required=False, coerce=int, empty_value=None)
    year = forms.TypedChoiceField(
        label="Financial year", required=False, coerce=int, empty_value=None
    )
    # "Figures as at" is a GOV.UK date input (day, month, year as numbers): a browser's
    # own date picker showed the date in its locale's order beside an ISO hint.
    # https://design-system.service.gov.uk/components/date-input/
    as_of_day = forms.IntegerField(label="Day", required=False)
    as_of_month = forms.IntegerField(label="Month", required=False)
    as_of_year = forms.IntegerField(label="Year", required=False)
    as_of_label = "Figures as at"
    as_of_hint = "For example, 31 3 2026. Leave blank for today."

    def __init__(self, data=None, *args, scope: Scope, **kwargs) -> None:
        if data is not None and data.get("as_of") and not data.get("as_of_day"):
            # An ISO date from a link fills in the day, month and year boxes.
            try:
                day = dt.date.fromisoformat(data["as_of"])
            except ValueError:
                pass
            else:
                data = data.copy()
                data.update(as_of_day=day.day, as_of_month=day.month, as_of_year=day.year)
        super().__init__(data, *args, **kwargs)
        kpis = list(kpis_in_scope(scope).values_list("pk", "name", "period_start"))
        self.fields["kpi"].choices = [("", "All KPIs")] + [(pk, name) for pk, name, _ in kpis]
        self.fields["partnership"].choices = [("", "All partnerships")] + [
            (p.pk, p.name) for p in scope.partnerships()
        ]
        self.fields["agency"].choices = [("", "All agencies")] + [
            (a.pk, a.name) for a in scope.agencies().order_by("name")
        ]
        years = sorted({start.year if start.month >= 4 else start.year - 1 for *_, start in kpis})
        self.fields["year"].choices = [("", "Any year")] + [
            (y, f"April {y} to March {y + 1}") for y in years
        ]

    def clean(self) -> dict[str, Any]:
        """`as_of` from the day, month and year, or from an ISO `as_of` (the drill-down
        links and scripts use it)."""
        cleaned = super().clean()
        parts = [cleaned.get(f"as_of_{part}") for part in ("day", "month", "year")]
        cleaned["as_of"] = None
        if any(part is not None for part in parts):
            try:
                day, month, year = parts
                cleaned["as_of"] = dt.date(year, month, day)
            except (TypeError, ValueError):
                self.add_error("as_of_day", f"{self.as_of_label} must be a real date")
        elif self.data.get("as_of"):
            try:
                cleaned["as_of"] = dt.date.fromisoformat(self.data["as_of"])
            except ValueError:
                self.add_error("as_of_day", f"{self.as_of_label} must be a real date")
        return cleaned

    def as_of_fields(self) -> list[forms.BoundField]:
        return [self["as_of_day"], self["as_of_month"], self["as_of_year"]]

    def other_fields(self) -> list[forms.BoundField]:
        return [field for field in self if not field.name.startswith("as_of_")]


@dataclass
class CoverageRow:
    """One line of the exported spreadsheet: a KPI and an agency (or the total)."""

    kpi: str
    period_start: dt.date
    period_end: dt.date
    as_of: dt.date
    agency: str
    sector: str
    trained: int
    headcount: int | None
    percent: Decimal | None
    target: str
    rag: str
    practice_indicators: str


def _indicators_text(coverage: KPICoverage, values: list[int | None]) -> str:
    """The practice indicators beside a row, in one cell: "GCP2 assessments: 30; ..."."""
    return "; ".join(
        f"{indicator.name}: {'not returned' if value is None else value}"
        for indicator, value in zip(coverage.indicators, values, strict=True)
    )


def _export_rows(dashboard: list[KPICoverage]) -> list[CoverageRow]:
    rows = []
    for coverage in dashboard:
        kpi = coverage.kpi
        for figures in [*coverage.rows, coverage.total]:
            rows.append(
                CoverageRow(
                    kpi=kpi.name,
                    period_start=kpi.period_start,
                    period_end=kpi.period_end,
                    as_of=coverage.as_of,
                    agency=figures.name,
                    sector=figures.agency.get_sector_display() if figures.agency else "",
                    trained=figures.trained,
                    headcount=figures.headcount,
                    percent=figures.percent,
                    target=kpi.target_label,
                    rag=figures.rag_label,
                    practice_indicators=_indicators_text(coverage, figures.indicator_values),
                )
            )
    return rows


class ScopedMixin(ForbiddenAs403Mixin):
    """Refuse anyone without a coverage scope (learners, trainers) with 403."""

    coverage_scope: Scope

    def grant_access(self, request: HttpRequest) -> None:
        self.coverage_scope = coverage_scope_for(request.user)


class CoverageDashboardView(ScopedMixin, SafeSpreadsheetExportMixin, ReportView):
    """Each KPI's figures per agency, the partnership total and the monthly trend."""

    page_title = "Training coverage"
    header_icon = "table"
    results_template_name = "learning/coverage/dashboard_results.html"
    index_url_name = "learning_coverage:dashboard"
    paginate_by = None
    xlsx_sheet_title = "Training coverage"
    list_export = [
        "kpi",
        "period_start",
        "period_end",
        "as_of",
        "agency",
        "sector",
        "trained",
        "headcount",
        "percent",
        "target",
        "rag",
        "practice_indicators",
    ]
    export_headings = {
        "kpi": "KPI",
        "period_start": "Period start",
        "period_end": "Period end",
        "as_of": "Figures as at",
        "agency": "Agency",
        "sector": "Sector",
        "trained": "Trained",
        "headcount": "Headcount",
        "percent": "% of headcount",
        "target": "Target",
        "rag": "RAG",
        "practice_indicators": "Practice indicators (period to date)",
    }

    def get_filename(self) -> str:
        return f"training-coverage-{dt.date.today():%Y-%m-%d}"

    def get_queryset(self) -> list[CoverageRow]:
        self.filter_form = CoverageFilterForm(self.request.GET or None, scope=self.coverage_scope)
        values: dict[str, Any] = {}
        if self.filter_form.is_valid():
            values = self.filter_form.cleaned_data
        self.dashboard = coverage_dashboard(
            scope=self.coverage_scope,
            as_of=values.get("as_of"),
            kpi_id=values.get("kpi"),
            partnership_id=values.get("partnership"),
            sector=values.get("sector") or "",
            agency_id=values.get("agency"),
            year=values.get("year"),
        )
        return _export_rows(self.dashboard)

    def get_context_data(self, **kwargs) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        as_of = self.filter_form.cleaned_data.get("as_of") if self.filter_form.is_bound else None
        context.update(
            dashboard=self.dashboard,
            filter_form=self.filter_form,
            # The drill-down links carry the chosen date as ISO (a URL, not for reading).
            as_of_param=as_of.isoformat() if as_of else "",
            export_buttons=[
                ("Download CSV", self.csv_export_url),
                ("Download Excel spreadsheet", self.xlsx_export_url),
            ],
            agency_only=self.coverage_scope.is_agency_only,
            import_url=reverse("learning_coverage:headcount_import"),
            indicators_import_url=reverse("learning_indicators:import"),
            section_11_url=reverse("learning_coverage:section_11"),
        )
        return context


class CoverageLearnersView(ScopedMixin, SafeSpreadsheetExportMixin, ReportView):
    """An agency's learners for one KPI: name, role, status, completion date, expiry."""

    header_icon = "user"
    results_template_name = "learning/coverage/learners_results.html"
    index_url_name = "learning_coverage:dashboard"
    paginate_by = 100
    list_export = [
        "name",
        "agency_name",
        "email",
        "email_domain",
        "role",
        "role_group",
        "status",
        "completed_on",
        "expires_on",
    ]
    export_headings = {
        "name": "Name",
        "agency_name": "Agency",
        "email": "Email",
        "email_domain": "Email domain",
        "role": "Job title",
        "role_group": "Role group",
        "status": "Status",
        "completed_on": "Completed on",
        "expires_on": "Expires on",
    }

    def setup(self, request: HttpRequest, *args, **kwargs) -> None:
        super().setup(request, *args, **kwargs)
        self.kpi = get_object_or_404(
            TrainingKPI.objects.prefetch_related("courses"), pk=kwargs["kpi_id"]
        )
        self.agency = get_object_or_404(Agency, pk=kwargs["agency_id"])

    def get_page_title(self) -> str:
        return f"{self.agency.name}: {self.kpi.name}"

    def get_filename(self) -> str:
        return f"coverage-{self.kpi.pk}-agency-{self.agency.pk}"

    @property
    def xlsx_sheet_title(self) -> str:
        return f"{self.agency.name} learners"

    def get_queryset(self) -> list:
        as_of = None
        if self.request.GET.get("as_of"):
            try:
                as_of = dt.date.fromisoformat(self.request.GET["as_of"])
            except ValueError:
                as_of = None
        return coverage_learners(
            kpi=self.kpi, agency=self.agency, scope=self.coverage_scope, as_of=as_of
        )

    def get_context_data(self, **kwargs) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        context.update(
            kpi=self.kpi,
            agency=self.agency,
            dashboard_url=reverse("learning_coverage:dashboard"),
            export_buttons=[
                ("Download CSV", self.csv_export_url),
                ("Download Excel spreadsheet", self.xlsx_export_url),
            ],
        )
        return context


class HeadcountImportForm(forms.Form):
    file = forms.FileField(
        label="Headcount file (CSV)",
        help_text="Columns: agency, role_group, headcount, counted_on (YYYY-MM-DD). "
        "Leave role_group blank for all staff.",
    )


class HeadcountImportView(ScopedMixin, WagtailAdminTemplateMixin, FormView):
    """Upload a headcount CSV: every row is checked, and one bad row rejects the file."""

    page_title = "Import headcounts"
    header_icon = "upload"
    template_name = "learning/coverage/headcount_import.html"
    form_class = HeadcountImportForm

    def get_breadcrumbs_items(self) -> list[dict[str, str]]:
        return []

    def form_valid(self, form: HeadcountImportForm) -> HttpResponse:
        raw = form.cleaned_data["file"].read()
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            form.add_error("file", "The file must be a CSV saved as UTF-8 text.")
            return self.form_invalid(form)
        try:
            saved = headcount_import(csv_text=text, scope=self.coverage_scope)
        except HeadcountImportRejected as rejected:
            return self.render_to_response(
                self.get_context_data(form=form, import_errors=rejected.errors), status=400
            )
        context = self.get_context_data(form=HeadcountImportForm(), saved=saved)
        return self.render_to_response(context)

    def get_context_data(self, **kwargs) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        context["recent"] = self.coverage_scope.filter(
            Headcount.objects.select_related("agency")
        ).order_by("-recorded_at")[:20]
        context["dashboard_url"] = reverse("learning_coverage:dashboard")
        return context


def can_see_coverage(user) -> bool:
    """Whether to show the report in the menu (the views check again)."""
    try:
        coverage_scope_for(user)
    except PermissionDenied:
        return False
    return True


coverage_urls = [
    path("", CoverageDashboardView.as_view(), name="dashboard"),
    path(
        "<int:kpi_id>/agency/<int:agency_id>/",
        CoverageLearnersView.as_view(),
        name="learners",
    ),
    path("headcounts/import/", HeadcountImportView.as_view(), name="headcount_import"),
    *section_11_urls,
]


class TrainingKPIViewSet(ScopedSnippetViewSet):
    """KPIs, limited to the partnership of the person editing them."""

    model = TrainingKPI
    partnership_path = "partnership"
    edit_handler = ObjectList(TrainingKPI.panels, base_form_class=ScopedForm)
    icon = "table"
    menu_label = "Training KPIs"
    list_display = ["name", "partnership", "measure", "target", "period_end"]
    list_filter = ["partnership", "measure"]


class HeadcountViewSet(ScopedSnippetViewSet):
    model = Headcount
    agency_path = "agency"
    edit_handler = ObjectList(Headcount.panels, base_form_class=ScopedForm)
    icon = "group"
    menu_label = "Headcounts"
    list_display = ["agency", "role_group", "headcount", "counted_on"]
    list_filter = ["role_group", "counted_on"]


class CoverageGroup(SnippetViewSetGroup):
    menu_label = "Coverage"
    menu_icon = "table"
    menu_order = 310
    items = (TrainingKPIViewSet, HeadcountViewSet)
