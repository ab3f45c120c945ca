"""Wagtail admin views for people's personal data (managers and administrators, within
their scope): a list of people, a person's page with "Download their data (JSON)" and
"Erase their personal data" (after a confirmation page). Anyone outside the manager's
scope is a 404, as if not there; anyone without the role, a 403."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.views.generic import TemplateView, View

from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.reports import ReportView

from learning.exceptions import PersonalDataRejected
from learning.people.models import User
from learning.people.policies import ForbiddenAs403Mixin
from learning.privacy.selectors import (
    can_manage_personal_data,
    personal_data_erasure_of,
    personal_data_of,
    personal_data_subjects,
)
from learning.privacy.services import personal_data_erase, personal_data_export


class PersonalDataPermission(ForbiddenAs403Mixin):
    def grant_access(self, request: HttpRequest) -> None:
        if not can_manage_personal_data(request.user):
            raise PermissionDenied


class PeopleView(PersonalDataPermission, ReportView):
    """People in the manager's scope, searchable, each linking to their page."""

    page_title = "People's personal data"
    header_icon = "user"
    index_url_name = "learning_privacy:people"
    index_results_url_name = "learning_privacy:people_results"
    is_searchable = True
    search_fields = ["first_name", "last_name", "email"]
    search_backend_name = None
    paginate_by = 50
    verbose_name_plural = "people"
    columns = [
        TitleColumn(
            "name",
            label="Name",
            accessor="get_full_name",
            get_url=lambda person: reverse("learning_privacy:person", args=[person.pk]),
        ),
        Column("email", label="Email"),
        Column("agency", label="Agency"),
        Column("status", label="Account", accessor=lambda p: "Open" if p.is_active else "Closed"),
    ]

    def get_queryset(self):
        return self.search_queryset(
            personal_data_subjects(user=self.request.user).select_related("agency__partnership")
        )


class PersonMixin(PersonalDataPermission):
    """Load the person from the manager's scope: anyone else is a 404."""

    person: User

    def setup(self, request: HttpRequest, *args, **kwargs) -> None:
        super().setup(request, *args, **kwargs)
        self.person_id = kwargs["pk"]

    def grant_access(self, request: HttpRequest) -> None:
        super().grant_access(request)
        self.person = get_object_or_404(
            personal_data_subjects(user=request.user), pk=self.person_id
        )


class PersonView(PersonMixin, WagtailAdminTemplateMixin, TemplateView):
    """What is held about one person, with the download and erase actions."""

    template_name = "learning/privacy/person.html"
    header_icon = "user"

    def get_page_title(self) -> str:
        return f"Personal data: {self.person.get_full_name() or self.person.email}"

    def get_breadcrumbs_items(self) -> list[dict[str, str]]:
        return []

    def get_context_data(self, **kwargs) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        data = personal_data_of(self.person)
        context.update(
            person=self.person,
            sections=[
                (name, _count(value))
                for name, value in data.items()
                if name not in ("exported_at", "person_id")
            ],
            erasure=personal_data_erasure_of(self.person),
            people_url=reverse("learning_privacy:people"),
            download_url=reverse("learning_privacy:download", args=[self.person.pk]),
            erase_url=reverse("learning_privacy:erase", args=[self.person.pk]),
        )
        return context


def _count(value: Any) -> int:
    """How many records a section holds (lists inside a dict are added up)."""
    if isinstance(value, list):
        return len(value)
    if isinstance(value, dict):
        nested = [v for v in value.values() if isinstance(v, list)]
        return sum(len(v) for v in nested) if nested else 1
    return 0 if value is None else 1


class PersonDownloadView(PersonMixin, View):
    """POST: everything held about the person, as a JSON file (the download is audited)."""

    http_method_names = ["post"]

    def post(self, request: HttpRequest, *args, **kwargs) -> HttpResponse:
        data = personal_data_export(person=self.person, actor=request.user, via="admin")
        response = HttpResponse(
            json.dumps(data, cls=DjangoJSONEncoder, indent=2),
            content_type="application/json",
        )
        response["Content-Disposition"] = (
            f'attachment; filename="personal-data-{self.person.pk}-{dt.date.today():%Y-%m-%d}.json"'
        )
        return response


class PersonEraseView(PersonMixin, WagtailAdminTemplateMixin, TemplateView):
    """GET: what erasing will do, and a button to confirm; POST: erase."""

    template_name = "learning/privacy/erase_confirm.html"
    header_icon = "warning"

    def get_page_title(self) -> str:
        return "Erase personal data"

    def get_breadcrumbs_items(self) -> list[dict[str, str]]:
        return []

    def get_context_data(self, **kwargs) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        context.update(
            person=self.person,
            erasure=personal_data_erasure_of(self.person),
            person_url=reverse("learning_privacy:person", args=[self.person.pk]),
        )
        return context

    def post(self, request: HttpRequest, *args, **kwargs) -> HttpResponse:
        name = self.person.get_full_name() or self.person.email
        try:
            personal_data_erase(person=self.person, actor=request.user, via="admin")
        except PersonalDataRejected as rejected:
            context = self.get_context_data(error=rejected.message)
            return self.render_to_response(context, status=400)
        messages.success(request, f"The personal data of {name} has been erased.")
        return redirect("learning_privacy:person", pk=self.person.pk)


people_urls = [
    path("", PeopleView.as_view(), name="people"),
    path("results/", PeopleView.as_view(results_only=True), name="people_results"),
    path("<int:pk>/", PersonView.as_view(), name="person"),
    path("<int:pk>/download/", PersonDownloadView.as_view(), name="download"),
    path("<int:pk>/erase/", PersonEraseView.as_view(), name="erase"),
]
