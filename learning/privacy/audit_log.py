"""The audit log report (Reports > Audit log, for agency leads, partnership managers and
administrators): the events about records in the reader's scope
(`learning.audit.selectors.audit_events_in`), filtered by action and date, with CSV and
XLSX downloads made safe for spreadsheets. Learners and trainers get 403."""

from __future__ import annotations

import datetime as dt
from typing import Any

import django_filters

from django import forms
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest
from django.urls import path

from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.reports import ReportView

from learning.audit.models import AuditEvent
from learning.audit.selectors import audit_events_in
from learning.people.exports import SafeSpreadsheetExportMixin
from learning.people.policies import ForbiddenAs403Mixin
from learning.people.scope import Scope, scope_for


class AuditLogFilterSet(WagtailFilterSet):
    action = django_filters.ChoiceFilter(label="Action", empty_label="All actions")
    at = django_filters.DateFromToRangeFilter(label="Date", widget=DateRangePickerWidget)

    class Meta:
        model = AuditEvent
        fields: list[str] = []

    def __init__(self, *args, scope: Scope, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        actions = (
            audit_events_in(scope).order_by("action").values_list("action", flat=True).distinct()
        )
        self.filters["action"].extra["choices"] = [(action, action) for action in actions]
        self.filters["action"].extra["widget"] = forms.Select


class AuditLogView(ForbiddenAs403Mixin, SafeSpreadsheetExportMixin, ReportView):
    """Who did what to whose records, for the events in the reader's scope."""

    page_title = "Audit log"
    header_icon = "history"
    index_url_name = "learning_audit_log:index"
    index_results_url_name = "learning_audit_log:results"
    filterset_class = AuditLogFilterSet
    paginate_by = 50
    verbose_name_plural = "audit events"
    columns = [
        DateColumn("at", label="When"),
        Column("actor_display", label="Who"),
        Column("action", label="Action"),
        Column("subject_name", label="Whose record"),
        Column("agency_name", label="Agency"),
        Column("object_repr", label="Record"),
        Column("detail_text", label="Detail"),
    ]
    list_export = [
        "at",
        "actor_display",
        "action",
        "subject_name",
        "agency_name",
        "object_repr",
        "detail_text",
    ]
    export_headings = {
        "at": "When",
        "actor_display": "Who",
        "action": "Action",
        "subject_name": "Whose record",
        "agency_name": "Agency",
        "object_repr": "Record",
        "detail_text": "Detail",
    }

    def grant_access(self, request: HttpRequest) -> None:
        self.scope = scope_for(request.user)
        if self.scope.is_empty:
            raise PermissionDenied

    def get_filename(self) -> str:
        return f"audit-log-{dt.date.today():%Y-%m-%d}"

    def get_filterset_kwargs(self) -> dict[str, Any]:
        return {**super().get_filterset_kwargs(), "scope": self.scope}

    def get_base_queryset(self):
        return audit_events_in(self.scope)


def can_see_audit_log(user) -> bool:
    """Whether to show the report in the menu (the view checks again)."""
    return not scope_for(user).is_empty


audit_log_urls = [
    path("", AuditLogView.as_view(), name="index"),
    path("results/", AuditLogView.as_view(results_only=True), name="results"),
]
