"""Certificates in Wagtail: the admin listing and signatories (both through the scope
policy, learning.people.policies), and the My learning panel. The admin listing is
read-only: certificates change only through services."""

from __future__ import annotations

from django.urls import reverse

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import ObjectList
from wagtail.snippets.models import register_snippet

from certificates.models import Certificate, CertificateSignatory
from certificates.personal_data import certificates_erase, certificates_export
from certificates.selectors import (
    certificates_for_learner,
    certificates_in_scope,
    name_change_pending_of,
)
from learning.my_learning.panels import MyLearningPanel
from learning.people.models import User
from learning.people.policies import ScopedForm, ScopedPermissionPolicy, ScopedSnippetViewSet
from learning.people.scope import scope_for
from learning.privacy.providers import PersonalDataProvider


class CertificatePermissionPolicy(ScopedPermissionPolicy):
    """Leads, managers and admins may view certificates in their scope (the scope policy
    narrows which); nobody edits them in the admin (issue, re-issue and revoke go through
    the services, which audit)."""

    def user_has_permission(self, user, action):
        if action != "view" or not user.is_active:
            return False
        return not scope_for(user).is_empty

    def users_with_any_permission(self, actions):
        return User.objects.none()


class CertificateViewSet(ScopedSnippetViewSet):
    model = Certificate
    agency_path = "agency"
    policy_class = CertificatePermissionPolicy
    icon = "doc-full"
    menu_label = "Certificates"
    menu_order = 310
    add_to_admin_menu = True
    inspect_view_enabled = True
    list_display = ["learner_name", "course_title", "agency", "completed_at", "status", "code"]
    list_filter = ["kind", "course"]
    search_fields = ["learner_name", "course_title", "code"]
    search_backend_name = None
    inspect_view_fields = [
        "kind",
        "learner_name",
        "course_title",
        "agency",
        "completed_at",
        "cpd_minutes",
        "score",
        "expires_on",
        "code",
        "issued_at",
        "superseded_at",
        "revoked_at",
        "revoked_by",
        "revocation_reason",
        "name_change",
    ]

    def get_queryset(self, request):
        return certificates_in_scope(user=request.user)


class CertificateSignatoryViewSet(ScopedSnippetViewSet):
    model = CertificateSignatory
    partnership_path = "partnership"
    edit_handler = ObjectList(CertificateSignatory.panels, base_form_class=ScopedForm)
    icon = "edit"
    menu_label = "Certificate signatories"
    list_display = ["partnership", "name", "role"]


register_snippet(CertificateViewSet)
register_snippet(CertificateSignatoryViewSet)


@hooks.register("register_my_learning_panel")
def certificates_panel() -> MyLearningPanel:
    return MyLearningPanel(
        order=30,
        template="certificates/my_learning_panel.html",
        get_context=lambda request: {
            "rows": certificates_for_learner(learner=request.user),
            "pending_name_change": name_change_pending_of(learner=request.user),
        },
    )


class ScopedMenuItem(MenuItem):
    def is_shown(self, request) -> bool:
        return not scope_for(request.user).is_empty


@hooks.register("register_admin_menu_item")
def certificate_tools_menu_item() -> MenuItem:
    """Revoking and bulk download live on the site's own pages, linked from the admin."""
    return ScopedMenuItem(
        "Revoke or download certificates",
        reverse("certificates:manage"),
        icon_name="download",
        order=311,
    )


@hooks.register("register_personal_data")
def certificates_personal_data() -> PersonalDataProvider:
    return PersonalDataProvider(
        name="certificates", export=certificates_export, erase=certificates_erase
    )
