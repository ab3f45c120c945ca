"""Wagtail hooks for personal data: the admin pages (people's personal data, the audit
log) and this package's own providers, for the account and the audit log. Other
features register their providers in their own wagtail_hooks (see providers.py)."""

from __future__ import annotations

from django.urls import include, path, reverse

from wagtail import hooks
from wagtail.admin.menu import MenuItem

from learning.privacy.audit_log import audit_log_urls, can_see_audit_log
from learning.privacy.personal_data import (
    account_erase,
    account_export,
    audit_erase,
    audit_export,
)
from learning.privacy.providers import ERASE_LAST, PersonalDataProvider
from learning.privacy.selectors import can_manage_personal_data
from learning.privacy.views import people_urls


@hooks.register("register_personal_data")
def account_personal_data() -> PersonalDataProvider:
    # Last: the other providers (and the audit log's scrubbing) still see the name.
    return PersonalDataProvider(
        name="account", export=account_export, erase=account_erase, order=ERASE_LAST
    )


@hooks.register("register_personal_data")
def audit_personal_data() -> PersonalDataProvider:
    return PersonalDataProvider(
        name="audit_events", export=audit_export, erase=audit_erase, order=ERASE_LAST - 1
    )


@hooks.register("register_admin_urls")
def register_privacy_urls():
    return [
        path("personal-data/", include((people_urls, "learning_privacy"))),
        path("reports/audit-log/", include((audit_log_urls, "learning_audit_log"))),
    ]


class PersonalDataMenuItem(MenuItem):
    def is_shown(self, request) -> bool:
        return can_manage_personal_data(request.user)


class AuditLogMenuItem(MenuItem):
    def is_shown(self, request) -> bool:
        return can_see_audit_log(request.user)


@hooks.register("register_reports_menu_item")
def register_audit_log_menu_item():
    return AuditLogMenuItem(
        "Audit log",
        reverse("learning_audit_log:index"),
        name="audit-log",
        icon_name="history",
        order=900,
    )


@hooks.register("register_reports_menu_item")
def register_personal_data_menu_item():
    return PersonalDataMenuItem(
        "People's personal data",
        reverse("learning_privacy:people"),
        name="personal-data",
        icon_name="user",
        order=910,
    )
