"""The licence register in the admin's Reports menu (`/admin/reports/licences/`), scoped
like coverage: managers see their partnership, agency leads their own agency,
administrators everything; learners and trainers get 403. Managers (and administrators)
also grant a licence by hand, revoke one, and mark champions, each with the audit trail.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path

from wagtail.admin.views.reports import ReportView

from learning.exceptions import LicenceRejected
from learning.licences.forms import LicenceGrantForm, LicenceRevokeForm, RegisterFilterForm
from learning.licences.selectors import (
    LicenceRow,
    licence_counts_by_agency,
    licence_in_scope,
    licence_register_rows,
    licences_scope_for,
)
from learning.licences.services import licence_champion_set, licence_grant, licence_revoke
from learning.people.exports import SafeSpreadsheetExportMixin
from learning.people.policies import ForbiddenAs403Mixin, forbidden_as_403
from learning.people.scope import Scope


class ScopedLicencesMixin(ForbiddenAs403Mixin):
    licences_scope: Scope

    def grant_access(self, request: HttpRequest) -> None:
        self.licences_scope = licences_scope_for(request.user)


class LicenceRegisterView(ScopedLicencesMixin, SafeSpreadsheetExportMixin, ReportView):
    """Who holds which licence, since when, until when, and on what evidence."""

    page_title = "Licences"
    header_icon = "tick-inverse"
    results_template_name = "learning/licences/admin/register_results.html"
    index_url_name = "licences_admin:register"
    paginate_by = None
    xlsx_sheet_title = "Licence register"
    list_export = [
        "licence_type",
        "person",
        "email",
        "agency",
        "licensed_on",
        "renew_by",
        "status",
        "champion",
        "granted",
        "revocation_reason",
    ]
    export_headings = {
        "licence_type": "Licence",
        "person": "Person",
        "email": "Email",
        "agency": "Agency",
        "licensed_on": "Licensed on",
        "renew_by": "Renew by",
        "status": "Status",
        "champion": "Champion",
        "granted": "Granted on the evidence of",
        "revocation_reason": "Revoked because",
    }

    def get_filename(self) -> str:
        return f"licence-register-{dt.date.today():%Y-%m-%d}"

    def get_queryset(self) -> list[LicenceRow]:
        self.filter_form = RegisterFilterForm(self.request.GET or None, scope=self.licences_scope)
        return licence_register_rows(scope=self.licences_scope, filters=self.filter_form.filters())

    def get_context_data(self, **kwargs) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        context.update(
            filter_form=self.filter_form,
            summary=licence_counts_by_agency(context["object_list"]),
            may_manage=self.licences_scope.is_partnership_wide,
            agency_only=self.licences_scope.is_agency_only,
            export_buttons=[
                ("Download CSV", self.csv_export_url),
                ("Download Excel spreadsheet", self.xlsx_export_url),
            ],
        )
        return context


def _row_or_404(scope: Scope, pk: int) -> LicenceRow:
    licence = licence_in_scope(scope=scope, pk=pk)
    if licence is None:
        raise Http404("No licence with that number in your scope.")
    return LicenceRow(licence, dt.date.today())


@forbidden_as_403
def licence_detail_view(request: HttpRequest, pk: int) -> HttpResponse:
    """One licence with its evidence; a manager may mark or unmark a champion here."""
    scope = licences_scope_for(request.user)
    row = _row_or_404(scope, pk)
    if request.method == "POST":
        if not scope.is_partnership_wide:
            raise PermissionDenied("Only partnership managers can change licences.")
        try:
            licence_champion_set(
                licence=row.licence,
                by=request.user,
                is_champion=request.POST.get("champion") == "1",
            )
        except LicenceRejected as rejected:
            messages.error(request, rejected.message)
        else:
            messages.success(request, f"Champion status of {row.person} saved.")
        return redirect("licences_admin:detail", pk=pk)
    return TemplateResponse(
        request,
        "learning/licences/admin/detail.html",
        {
            "row": row,
            "licence": row.licence,
            "page_title": f"{row.licence_type} licence: {row.person}",
            "may_manage": scope.is_partnership_wide,
            "revoke_form": LicenceRevokeForm(),
        },
    )


@forbidden_as_403
def licence_revoke_view(request: HttpRequest, pk: int) -> HttpResponse:
    scope = licences_scope_for(request.user)
    if not scope.is_partnership_wide:
        raise PermissionDenied("Only partnership managers can revoke licences.")
    row = _row_or_404(scope, pk)
    form = LicenceRevokeForm(request.POST or None)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                licence_revoke(
                    licence=row.licence, by=request.user, reason=form.cleaned_data["reason"]
                )
            except LicenceRejected as rejected:
                form.add_error("reason" if rejected.field == "reason" else None, rejected.message)
            else:
                messages.success(
                    request, f"The {row.licence_type} licence of {row.person} is revoked."
                )
                return redirect("licences_admin:detail", pk=pk)
        status = 400
    return TemplateResponse(
        request,
        "learning/licences/admin/revoke.html",
        {"row": row, "form": form, "page_title": "Revoke a licence"},
        status=status,
    )


@forbidden_as_403
def licence_grant_view(request: HttpRequest) -> HttpResponse:
    scope = licences_scope_for(request.user)
    if not scope.is_partnership_wide:
        raise PermissionDenied("Only partnership managers can grant licences.")
    form = LicenceGrantForm(request.POST or None, scope=scope)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            data = form.cleaned_data
            try:
                licence = licence_grant(
                    person=data["email"],
                    licence_type=data["licence_type"],
                    by=request.user,
                    reason=data["reason"],
                    licensed_on=data["licensed_on"],
                    is_champion=data["is_champion"],
                )
            except LicenceRejected as rejected:
                field = rejected.field if rejected.field in form.fields else None
                if rejected.field == "person":
                    field = "email"
                form.add_error(field, rejected.message)
            else:
                messages.success(
                    request,
                    f"{licence.person.get_full_name()} now holds a {licence.licence_type} licence.",
                )
                return redirect("licences_admin:detail", pk=licence.pk)
        status = 400
    return TemplateResponse(
        request,
        "learning/licences/admin/grant.html",
        {"form": form, "page_title": "Grant a licence"},
        status=status,
    )


def can_see_licences(user) -> bool:
    try:
        licences_scope_for(user)
    except PermissionDenied:
        return False
    return True


licences_admin_urls = [
    path("", LicenceRegisterView.as_view(), name="register"),
    path("grant/", licence_grant_view, name="grant"),
    path("<int:pk>/", licence_detail_view, name="detail"),
    path("<int:pk>/revoke/", licence_revoke_view, name="revoke"),
]
