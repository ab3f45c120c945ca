"""The admin side of the public section: area contacts and employers, each kept by the
partnership they belong to, and the open-course completions report for managers.

Who may see and edit what is decided by learning.selectors.scope_for (through
learning.public.employers_in_scope): a partnership manager sees their own partnership's
records, an administrator everything, anyone else nothing.
"""

from __future__ import annotations

import datetime as dt

from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from wagtail.admin.panels import ObjectList
from wagtail.snippets.views.snippets import SnippetViewSetGroup

from cms.public.models import AreaContact, OpenCoursePage, ReportConcernPage, SpotTheSignsPage
from learning.people.exports import spreadsheet_response
from learning.people.policies import ScopedForm, ScopedSnippetViewSet
from learning.people.scope import scope_for
from learning.public.models import Employer
from learning.public.selectors import (
    can_manage_employers,
    completions_by_employer,
    completions_by_sector,
    completions_without_employer_count,
)
from learning.public.services import employer_join_token, employer_report_token


class AreaContactViewSet(ScopedSnippetViewSet):
    model = AreaContact
    partnership_path = "partnership"
    icon = "mail"
    menu_label = "Area contacts"
    list_display = [
        "area_name",
        "partnership",
        "phone_in_hours",
        "phone_out_of_hours",
        "checked_status",
    ]
    list_filter = ["link_kind"]
    search_fields = ["area_name", "postcode_districts"]
    edit_handler = ObjectList(AreaContact.panels, base_form_class=ScopedForm)


class EmployerViewSet(ScopedSnippetViewSet):
    model = Employer
    partnership_path = "partnership"
    icon = "site"
    menu_label = "Employers"
    list_display = ["name", "sector", "partnership", "join_code", "join_code_expires_on"]
    list_filter = ["sector"]
    search_fields = ["name"]
    edit_handler = ObjectList(Employer.panels, base_form_class=ScopedForm)


class PublicSectionGroup(SnippetViewSetGroup):
    menu_label = "Spot the signs"
    menu_icon = "help"
    menu_order = 310
    items = (AreaContactViewSet, EmployerViewSet)


EXPORT_HEADINGS = ["Employer", "Sector", "Partnership", "Join code", "This month", "Total"]


def _completions_spreadsheet(request: HttpRequest, export_format: str) -> HttpResponse:
    """The completions-by-employer table as CSV or XLSX, safe to open in a spreadsheet
    (employer names are typed by people)."""
    return spreadsheet_response(
        headings=EXPORT_HEADINGS,
        rows=(
            [
                employer.name,
                employer.get_sector_display(),
                employer.partnership.name,
                employer.join_code,
                employer.completions_this_month,
                employer.completions_total,
            ]
            for employer in completions_by_employer(user=request.user)
        ),
        filename=f"open-course-by-employer-{dt.date.today():%Y-%m-%d}",
        export_format=export_format,
    )


def open_course_completions(request: HttpRequest) -> HttpResponse:
    """Completions of the open course by employer and by sector, within the manager's
    scope, with each employer's join link, private report link and printables; CSV and
    XLSX downloads of the employer table (`?export=csv` or `?export=xlsx`)."""
    if not can_manage_employers(request.user):
        raise PermissionDenied
    export_format = request.GET.get("export")
    if export_format in ("csv", "xlsx"):
        return _completions_spreadsheet(request, export_format)
    course_page = OpenCoursePage.objects.live().first()
    landing = SpotTheSignsPage.objects.live().first()
    rows = []
    for employer in completions_by_employer(user=request.user):
        join_url = report_url = ""
        if course_page is not None:
            join_url = request.build_absolute_uri(
                course_page.url
                + course_page.reverse_subpage(
                    "join", kwargs={"token": employer_join_token(employer)}
                )
            )
        if landing is not None:
            report_url = request.build_absolute_uri(
                landing.url
                + landing.reverse_subpage(
                    "employer_report", kwargs={"token": employer_report_token(employer)}
                )
            )
        rows.append({"employer": employer, "join_url": join_url, "report_url": report_url})
    return render(
        request,
        "cms/public/admin/completions.html",
        {
            "rows": rows,
            "sectors": completions_by_sector(user=request.user),
            "without_employer": completions_without_employer_count(user=request.user),
            "partnerships": scope_for(request.user)
            .partnerships()
            .filter(area_contacts__isnull=False)
            .distinct(),
            "finder": ReportConcernPage.objects.live().first(),
        },
    )
