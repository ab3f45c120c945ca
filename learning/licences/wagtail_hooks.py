"""Wagtail hooks for licences: the licence-type snippet (scoped to its partnership), the
register in the Reports menu, the guard on licensed documents, the "Licences" column of
the agency people page, and the personal-data provider. Imported by learning/wagtail_hooks.py."""

from __future__ import annotations

from django.contrib.auth.views import redirect_to_login
from django.http import HttpRequest, HttpResponse
from django.urls import include, path, reverse

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import ObjectList
from wagtail.documents import get_document_model
from wagtail.permissions import policy_registry
from wagtail.snippets.models import register_snippet

from learning.licences.admin_views import can_see_licences, licences_admin_urls
from learning.licences.models import LicenceType
from learning.licences.personal_data import licences_erase, licences_export
from learning.licences.selectors import (
    licence_held,
    licence_types_licensing_collection,
    people_licences,
)
from learning.licences.views import not_licensed
from learning.people.columns import PeopleColumn
from learning.people.policies import ScopedForm, ScopedSnippetViewSet
from learning.privacy.providers import PersonalDataProvider


class LicenceTypeViewSet(ScopedSnippetViewSet):
    model = LicenceType
    partnership_path = "partnership"
    edit_handler = ObjectList(LicenceType.panels, base_form_class=ScopedForm)
    icon = "tick-inverse"
    menu_label = "Licence types"
    menu_order = 340
    add_to_admin_menu = True
    list_display = ["name", "slug", "partnership", "validity_months", "refresher_renews"]


register_snippet(LicenceTypeViewSet)


class LicencesMenuItem(MenuItem):
    def is_shown(self, request) -> bool:
        return can_see_licences(request.user)


@hooks.register("register_admin_urls")
def register_licences_urls():
    return [path("reports/licences/", include((licences_admin_urls, "licences_admin")))]


@hooks.register("register_reports_menu_item")
def register_licences_menu_item():
    return LicencesMenuItem(
        "Licences",
        reverse("licences_admin:register"),
        name="licences",
        icon_name="tick-inverse",
        order=120,
    )


@hooks.register("before_serve_document")
def refuse_licensed_documents(document, request: HttpRequest) -> HttpResponse | None:
    """A document of a licence type's resources collection is served only to holders of
    that licence in force (and to people who may edit it in the admin): its public
    Wagtail URL is no way round `/resources/<slug>/`."""
    licence_type = licence_types_licensing_collection(document.collection_id).first()
    if licence_type is None:
        return None
    user = request.user
    if licence_held(person=user, licence_type=licence_type) is not None:
        return None
    policy = policy_registry.get_by_type(get_document_model())
    if user.is_authenticated and policy.user_has_permission_for_instance(user, "change", document):
        return None
    if not user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    return not_licensed(request, licence_type)


def _licences_by_person(people) -> dict[int, str]:
    held = people_licences(person_ids=[p.pk for p in people])
    return {
        person_id: ", ".join(
            f"{licence.licence_type.name}"
            + (f" (renew by {licence.renew_by:%-d %b %Y})" if licence.renew_by else "")
            + (", champion" if licence.is_champion else "")
            for licence in licences
        )
        for person_id, licences in held.items()
    }


@hooks.register("register_agency_people_column")
def licences_people_column() -> PeopleColumn:
    return PeopleColumn(order=10, heading="Licences", values=_licences_by_person)


@hooks.register("register_personal_data")
def licences_personal_data() -> PersonalDataProvider:
    return PersonalDataProvider(name="licences", export=licences_export, erase=licences_erase)
