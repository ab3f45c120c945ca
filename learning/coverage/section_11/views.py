"""The Section 11 training return page and its downloads: scoped as coverage is (a lead
their own agency, a manager the agencies of their partnership, an administrator all)."""

from __future__ import annotations

from typing import Any

from django import forms
from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.urls import path, reverse

from learning.coverage.section_11.selectors import section_11_return, section_11_years
from learning.coverage.selectors import coverage_scope_for
from learning.people.exports import spreadsheet_response
from learning.people.policies import forbidden_as_403
from learning.people.scope import Scope


class Section11Form(forms.Form):
    agency = forms.TypedChoiceField(coerce=int)
    year = forms.TypedChoiceField(label="Financial year", coerce=int)

    def __init__(self, *args, scope: Scope, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.agencies = {a.pk: a for a in scope.agencies().order_by("name")}
        self.fields["agency"].choices = [(pk, a.name) for pk, a in self.agencies.items()]
        self.fields["year"].choices = [
            (year, f"April {year} to March {year + 1}") for year in section_11_years()
        ]


@forbidden_as_403
def section_11_view(request: HttpRequest) -> HttpResponse:
    scope = coverage_scope_for(request.user)
    data = request.GET.copy()
    form = Section11Form(data, scope=scope)
    # The first agency in scope and this financial year, unless chosen.
    if not data.get("agency") and form.agencies:
        data["agency"] = str(next(iter(form.agencies)))
    if not data.get("year"):
        data["year"] = str(section_11_years()[0])
    form = Section11Form(data, scope=scope)
    context: dict[str, Any] = {
        "page_title": "Section 11 training return",
        "form": form,
        "dashboard_url": reverse("learning_coverage:dashboard"),
        "errors": [
            {"text": f"{form[name].label}: {error}", "href": f"#{form[name].id_for_label}"}
            for name, messages in form.errors.items()
            for error in messages
        ],
    }
    if form.is_valid():
        agency = form.agencies[form.cleaned_data["agency"]]
        year = form.cleaned_data["year"]
        sections = section_11_return(scope=scope, agency=agency, year=year)
        export = request.GET.get("export")
        if export in ("csv", "xlsx"):
            return spreadsheet_response(
                headings=["Agency", "Financial year", "Section", "Measure", "Figure"],
                rows=[
                    [
                        agency.name,
                        f"{year}-{(year + 1) % 100:02d}",
                        s.title,
                        line.measure,
                        line.figure,
                    ]
                    for s in sections
                    for line in s.lines
                ],
                filename=f"section-11-training-return-{agency.pk}-{year}",
                export_format=export,
                sheet_title=f"Section 11 {year}-{(year + 1) % 100:02d}",
            )
        query = f"?agency={agency.pk}&year={year}"
        context.update(
            agency=agency,
            year_label=f"1 April {year} to 31 March {year + 1}",
            sections=sections,
            export_buttons=[
                ("Download CSV", f"{request.path}{query}&export=csv"),
                ("Download Excel spreadsheet", f"{request.path}{query}&export=xlsx"),
            ],
        )
    return TemplateResponse(
        request,
        "learning/coverage/section_11/return.html",
        context,
        status=200 if form.is_valid() else 400,
    )


section_11_urls = [path("section-11/", section_11_view, name="section_11")]
