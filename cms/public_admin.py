"""The admin side of the public section: area contacts and employers, each kept by the
partnership they belong to, and the open-course completions report for managers.

Who may see and edit what is decided by learning.selectors.scope_for (through
learning.public.employers_in_scope): a partnership manager sees their own partnership's
records, an administrator everything, anyone else nothing.
"""

from __future__ import annotations

from django import forms
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.db.models import Q, QuerySet
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import ObjectList
from wagtail.permission_policies.base import BasePermissionPolicy
from wagtail.snippets.views import snippets as snippet_views
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from learning.models import Employer, Partnership
from learning.public import (
    can_manage_employers,
    completions_by_employer,
    completions_by_sector,
    completions_without_employer_count,
    employer_join_token,
    employer_report_token,
)
from learning.roles import Role
from learning.selectors import ScopeLevel, scope_for

from .public_models import AreaContact, OpenCoursePage, ReportConcernPage, SpotTheSignsPage


def _partnerships_for(user) -> QuerySet[Partnership]:
    scope = scope_for(user)
    if scope.level not in (ScopeLevel.ALL, ScopeLevel.PARTNERSHIP):
        return Partnership.objects.none()
    return scope.partnerships()


class PartnershipScopedPolicy(BasePermissionPolicy):
    """Partnership managers manage their own partnership's rows; administrators all."""

    def user_has_permission(self, user, action) -> bool:
        return bool(getattr(user, "is_active", False)) and can_manage_employers(user)

    def user_has_permission_for_instance(self, user, action, instance) -> bool:
        if not self.user_has_permission(user, action):
            return False
        return _partnerships_for(user).filter(pk=instance.partnership_id).exists()

    def instances_user_has_any_permission_for(self, user, actions) -> QuerySet:
        if not self.user_has_any_permission(user, actions):
            return self.model._default_manager.none()
        return self.model._default_manager.filter(partnership__in=_partnerships_for(user))

    def users_with_any_permission(self, actions) -> QuerySet:
        return (
            get_user_model()
            .objects.filter(is_active=True)
            .filter(Q(is_superuser=True) | Q(groups__name=Role.PARTNERSHIP_MANAGER.value))
            .distinct()
        )


class PartnershipScopedForm(WagtailAdminModelForm):
    """Offer only the partnerships the person may manage."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        if "partnership" in self.fields and self.for_user is not None:
            allowed = _partnerships_for(self.for_user)
            self.fields["partnership"].queryset = allowed
            if allowed.count() == 1 and not self.instance.pk:
                self.fields["partnership"].initial = allowed.first()

    def clean_partnership(self):
        partnership = self.cleaned_data["partnership"]
        if (
            self.for_user is not None
            and not _partnerships_for(self.for_user).filter(pk=partnership.pk).exists()
        ):
            raise forms.ValidationError("Choose a partnership you manage")
        return partnership


class ScopedObjectMixin:
    """Refuse any view of one row outside the person's partnership (the listing is
    filtered too, but an id can be typed into the address bar)."""

    def get_object(self, *args, **kwargs):
        obj = super().get_object(*args, **kwargs)
        if not _partnerships_for(self.request.user).filter(pk=obj.partnership_id).exists():
            raise PermissionDenied
        return obj


class ScopedEditView(ScopedObjectMixin, snippet_views.EditView):
    pass


class ScopedDeleteView(ScopedObjectMixin, snippet_views.DeleteView):
    pass


class ScopedCopyView(ScopedObjectMixin, snippet_views.CopyView):
    pass


class ScopedHistoryView(ScopedObjectMixin, snippet_views.HistoryView):
    pass


class ScopedUsageView(ScopedObjectMixin, snippet_views.UsageView):
    pass


class ScopedInspectView(ScopedObjectMixin, snippet_views.InspectView):
    pass


class ScopedSnippetViewSet(SnippetViewSet):
    edit_view_class = ScopedEditView
    delete_view_class = ScopedDeleteView
    copy_view_class = ScopedCopyView
    history_view_class = ScopedHistoryView
    usage_view_class = ScopedUsageView
    inspect_view_class = ScopedInspectView


class AreaContactViewSet(ScopedSnippetViewSet):
    model = AreaContact
    icon = "mail"
    menu_label = "Area contacts"
    list_display = ["area_name", "partnership", "phone_in_hours", "phone_out_of_hours"]
    search_fields = ["area_name", "postcode_districts"]
    edit_handler = ObjectList(AreaContact.panels, base_form_class=PartnershipScopedForm)

    def get_queryset(self, request):
        return AreaContact.objects.select_related("partnership").filter(
            partnership__in=_partnerships_for(request.user)
        )


class EmployerViewSet(ScopedSnippetViewSet):
    model = Employer
    icon = "site"
    menu_label = "Employers"
    list_display = ["name", "sector", "partnership", "join_code", "join_code_expires_on"]
    list_filter = ["sector"]
    search_fields = ["name"]
    edit_handler = ObjectList(Employer.panels, base_form_class=PartnershipScopedForm)

    def get_queryset(self, request):
        return Employer.objects.select_related("partnership").filter(
            partnership__in=_partnerships_for(request.user)
        )


class PublicSectionGroup(SnippetViewSetGroup):
    menu_label = "Spot the signs"
    menu_icon = "help"
    menu_order = 310
    items = (AreaContactViewSet, EmployerViewSet)


def open_course_completions(request: HttpRequest) -> HttpResponse:
    """Completions of the open course by employer and by sector, within the manager's
    scope, with each employer's join link, private report link and printables."""
    if not can_manage_employers(request.user):
        raise PermissionDenied
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
            "partnerships": _partnerships_for(request.user)
            .filter(area_contacts__isnull=False)
            .distinct(),
            "finder": ReportConcernPage.objects.live().first(),
        },
    )
