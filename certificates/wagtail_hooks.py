"""Certificates in Wagtail: the admin listing (scoped), signatories, and the My learning
panel. The admin listing is read-only: certificates change only through services."""

from __future__ import annotations

from django.contrib.admin.utils import unquote
from django.shortcuts import get_object_or_404
from django.urls import reverse

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.permission_policies.base import BasePermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import InspectView, SnippetViewSet

from certificates.models import Certificate, CertificateSignatory
from certificates.personal_data import certificates_erase, certificates_export
from certificates.selectors import (
    certificates_for_learner,
    certificates_in_scope,
    name_change_pending_of,
)
from learning.my_learning.panels import MyLearningPanel
from learning.people.models import User
from learning.people.scope import scope_for
from learning.privacy.providers import PersonalDataProvider


class CertificatePermissionPolicy(BasePermissionPolicy):
    """Leads, managers and admins may view certificates in their scope; nobody edits them
    in the admin (issue, re-issue and revoke go through the services, which audit)."""

    def user_has_permission(self, user, action):
        if action != "view" or not user.is_active:
            return False
        return not scope_for(user).is_empty

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_permission(user, action) and scope_for(user).includes_agency(
            instance.agency_id
        )

    def instances_user_has_any_permission_for(self, user, actions):
        if "view" not in actions:
            return Certificate.objects.none()
        return certificates_in_scope(user=user)

    def users_with_any_permission(self, actions):
        return User.objects.none()


register_permission_policy(Certificate, CertificatePermissionPolicy(Certificate))


class CertificateInspectView(InspectView):
    """Wagtail's inspect view loads any pk; this one loads only certificates in scope."""

    def get_object(self, queryset=None):
        return get_object_or_404(
            certificates_in_scope(user=self.request.user), pk=unquote(str(self.pk))
        )


class CertificateViewSet(SnippetViewSet):
    model = Certificate
    icon = "doc-full"
    menu_label = "Certificates"
    menu_order = 310
    add_to_admin_menu = True
    inspect_view_enabled = True
    inspect_view_class = CertificateInspectView
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


class CertificateSignatoryViewSet(SnippetViewSet):
    model = CertificateSignatory
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
