"""Admin views for practice indicators: the quarterly returns' CSV import, and the
indicator and return snippets (scoped by `ScopedSnippetViewSet`)."""

from __future__ import annotations

from typing import Any

from django import forms
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.urls import path, reverse
from django.views.generic import FormView

from wagtail.admin.panels import ObjectList
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.snippets.views.snippets import SnippetViewSetGroup

from learning.exceptions import IndicatorImportRejected
from learning.indicators.models import IndicatorReturn, PracticeIndicator
from learning.indicators.selectors import (
    indicator_returns_in_scope,
    indicators_in_scope,
    indicators_scope_for,
)
from learning.indicators.services import indicator_returns_import
from learning.people.policies import ForbiddenAs403Mixin, ScopedForm, ScopedSnippetViewSet
from learning.people.scope import Scope


class IndicatorImportForm(forms.Form):
    file = forms.FileField(
        label="Practice indicator returns (CSV)",
        help_text="Columns: indicator, agency, quarter_start (the first day of the quarter, "
        "YYYY-MM-DD), value. One row per indicator, agency and quarter.",
    )


class IndicatorImportView(ForbiddenAs403Mixin, WagtailAdminTemplateMixin, FormView):
    """Upload a returns CSV: every row is checked, and one bad row rejects the file."""

    page_title = "Import practice indicator returns"
    header_icon = "upload"
    template_name = "learning/indicators/import.html"
    form_class = IndicatorImportForm
    scope: Scope

    def grant_access(self, request: HttpRequest) -> None:
        self.scope = indicators_scope_for(request.user)

    def get_breadcrumbs_items(self) -> list[dict[str, str]]:
        return []

    def form_valid(self, form: IndicatorImportForm) -> HttpResponse:
        raw = form.cleaned_data["file"].read()
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            form.add_error("file", "The file must be a CSV saved as UTF-8 text.")
            return self.form_invalid(form)
        try:
            saved = indicator_returns_import(csv_text=text, scope=self.scope)
        except IndicatorImportRejected as rejected:
            return self.render_to_response(
                self.get_context_data(form=form, import_errors=rejected.errors), status=400
            )
        return self.render_to_response(
            self.get_context_data(form=IndicatorImportForm(), saved=saved)
        )

    def get_context_data(self, **kwargs) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        context["indicators"] = indicators_in_scope(self.scope)
        context["recent"] = indicator_returns_in_scope(self.scope).order_by("-recorded_at")[:20]
        context["dashboard_url"] = reverse("learning_coverage:dashboard")
        return context


def can_import_indicators(user) -> bool:
    try:
        indicators_scope_for(user)
    except PermissionDenied:
        return False
    return True


indicator_urls = [path("import/", IndicatorImportView.as_view(), name="import")]


class PracticeIndicatorViewSet(ScopedSnippetViewSet):
    """Indicators, limited to the partnership of the person editing them."""

    model = PracticeIndicator
    partnership_path = "partnership"
    edit_handler = ObjectList(PracticeIndicator.panels, base_form_class=ScopedForm)
    icon = "table"
    menu_label = "Practice indicators"
    list_display = ["name", "partnership"]
    list_filter = ["partnership"]


class IndicatorReturnViewSet(ScopedSnippetViewSet):
    model = IndicatorReturn
    agency_path = "agency"
    edit_handler = ObjectList(IndicatorReturn.panels, base_form_class=ScopedForm)
    icon = "list-ol"
    menu_label = "Indicator returns"
    list_display = ["indicator", "agency", "quarter", "value"]
    # No filter by indicator: its choices would list every partnership's indicators.
    list_filter = ["quarter_start"]


class IndicatorsGroup(SnippetViewSetGroup):
    menu_label = "Practice indicators"
    menu_icon = "list-ol"
    menu_order = 320
    items = (PracticeIndicatorViewSet, IndicatorReturnViewSet)
