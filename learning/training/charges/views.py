"""The charges report (Wagtail `ReportView`, with its CSV and XLSX export made safe for
spreadsheets) and the page where a manager waives a charge. Both ask
`charges_scope_for` first: managers see their partnership's charges, administrators all,
everyone else 403."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse

from wagtail.admin.views.reports import ReportView

from learning.exceptions import TrainingRejected
from learning.people.exports import SafeSpreadsheetExportMixin
from learning.people.policies import ForbiddenAs403Mixin, forbidden_as_403
from learning.people.scope import Scope
from learning.training.charges.selectors import (
    ChargeLine,
    charge_line_for,
    charge_lines,
    charges_scope_for,
    last_month,
)
from learning.training.charges.services import charge_waive


class ChargesFilterForm(forms.Form):
    month = forms.CharField(
        label="Month",
        required=False,
        help_text="The month of the sessions, as YYYY-MM. Blank means last month.",
        max_length=7,
    )
    partnership = forms.TypedChoiceField(required=False, coerce=int, empty_value=None)

    def __init__(self, *args, scope: Scope, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["partnership"].choices = [("", "All partnerships")] + [
            (p.pk, p.name) for p in scope.partnerships().order_by("name")
        ]

    def clean_month(self) -> dt.date:
        raw = (self.cleaned_data.get("month") or "").strip()
        if not raw:
            return last_month()
        try:
            return dt.datetime.strptime(raw, "%Y-%m").date()
        except ValueError as error:
            raise forms.ValidationError("Enter a month like 2026-11") from error


class ScopedChargesMixin(ForbiddenAs403Mixin):
    charges_scope: Scope

    def grant_access(self, request: HttpRequest) -> None:
        self.charges_scope = charges_scope_for(request.user)


class ChargesReportView(ScopedChargesMixin, SafeSpreadsheetExportMixin, ReportView):
    """The month's charges for invoicing: agency, person, session, reason and amount."""

    page_title = "Training charges"
    header_icon = "form"
    results_template_name = "learning/training/charges/report_results.html"
    index_url_name = "training_charges:report"
    paginate_by = None
    list_export = [
        "partnership",
        "agency",
        "person",
        "email",
        "session",
        "reason",
        "amount",
        "waived",
    ]
    export_headings = {
        "partnership": "Partnership",
        "agency": "Agency",
        "person": "Person",
        "email": "Email",
        "session": "Session",
        "reason": "Reason",
        "amount": "Amount (£)",
        "waived": "Waived because",
    }

    def get_filename(self) -> str:
        return f"training-charges-{self.month:%Y-%m}"

    def get_queryset(self) -> list[ChargeLine]:
        self.filter_form = ChargesFilterForm(self.request.GET or None, scope=self.charges_scope)
        self.month = last_month()
        partnership_id = None
        if self.filter_form.is_valid():
            self.month = self.filter_form.cleaned_data["month"]
            partnership_id = self.filter_form.cleaned_data.get("partnership")
        return charge_lines(
            scope=self.charges_scope, month=self.month, partnership_id=partnership_id
        )

    def get_context_data(self, **kwargs) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        lines = context["object_list"]
        context.update(
            filter_form=self.filter_form,
            month=self.month,
            total=sum((line.amount for line in lines), start=0),
        )
        return context


class WaiveForm(forms.Form):
    reason = forms.CharField(
        label="Why is the charge waived?",
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=1000,
        error_messages={"required": "Enter why the charge is waived"},
    )


@forbidden_as_403
def charge_waive_view(request: HttpRequest, booking_id: int) -> HttpResponse:
    scope = charges_scope_for(request.user)
    line = charge_line_for(scope=scope, booking_id=booking_id)
    if line is None:
        raise Http404("No charge on that booking in your scope.")
    form = WaiveForm(request.POST or None)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                charge_waive(line=line, reason=form.cleaned_data["reason"], by=request.user)
            except TrainingRejected as rejected:
                form.add_error("reason" if rejected.field == "reason" else None, rejected.message)
            else:
                messages.success(request, f"The charge for {line.person} is waived.")
                month = f"{line.session_date:%Y-%m}"
                return redirect(reverse("training_charges:report") + f"?month={month}")
        status = 400
    return TemplateResponse(
        request,
        "learning/training/charges/waive.html",
        {"line": line, "form": form, "page_title": "Waive a charge"},
        status=status,
    )


def can_see_charges(user) -> bool:
    try:
        charges_scope_for(user)
    except PermissionDenied:
        return False
    return True


charges_urls = [
    path("", ChargesReportView.as_view(), name="report"),
    path("<int:booking_id>/waive/", charge_waive_view, name="waive"),
]
