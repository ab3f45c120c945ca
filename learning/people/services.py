"""Writes about people: confirming agency membership and assigning roles."""

from __future__ import annotations

from django.contrib.auth.models import Group, Permission
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone

from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from learning.people.models import User
from learning.people.roles import GROUP_ROLES, Role
from learning.people.scope import scope_for


def agency_membership_confirm(*, member: User, confirmed_by: User) -> User:
    """Confirm that `member` belongs to the agency they chose at sign-up.

    Only someone whose scope covers the member's agency may confirm; confirming twice
    keeps the first confirmation.
    """
    if not scope_for(confirmed_by).includes_agency(member.agency_id):
        raise PermissionDenied("You can only confirm people in your own agency or partnership.")
    with transaction.atomic():
        locked = User.objects.select_for_update().get(pk=member.pk)
        if locked.agency_confirmed_at is None:
            locked.agency_confirmed_at = timezone.now()
            locked.agency_confirmed_by = confirmed_by
            locked.save(update_fields=["agency_confirmed_at", "agency_confirmed_by"])
    return locked


def user_set_roles(*, user: User, roles: set[Role]) -> None:
    """Put a user in exactly the groups for `roles` (groups must exist: see seed_roles)."""
    wanted = [role.value for role in roles if role not in (Role.LEARNER, Role.ADMIN)]
    user.groups.set(Group.objects.filter(name__in=wanted))
    user.__dict__.pop("_roles_cache", None)


# Permissions each role's group holds. Page, image and document permissions are given on
# the site's root page and root collection by `roles_sync`.
# What each role may see within these is narrowed by `scope_for` (their agency or partnership).
_H5P_PERMISSIONS = [
    "courses.add_h5pactivity",
    "courses.change_h5pactivity",
    "courses.view_h5pactivity",
    # The question bank is content shared by every course and partnership, like H5P.
    *[f"courses.{action}_bankquestion" for action in ("add", "change", "view")],
]
# Evaluation forms are content shared by every partnership, like H5P activities.
_EVALUATION_PERMISSIONS = [
    f"learning.{action}_evaluationform" for action in ("add", "change", "view")
]
_GROUP_MODEL_PERMISSIONS: dict[Role, list[str]] = {
    Role.TRAINER: [
        "wagtailadmin.access_admin",
        *_H5P_PERMISSIONS,
        *_EVALUATION_PERMISSIONS,
        # Trainers organise their partnership's sessions (learning.training.policy):
        # add them and change their details; managers delete. The organisers' pages and
        # registers need only access_admin.
        *[f"learning.{action}_trainingsession" for action in ("add", "change", "view")],
    ],
    # Leads record their own agency's headcounts for coverage reports.
    Role.AGENCY_LEAD: [
        "wagtailadmin.access_admin",
        "learning.add_headcount",
        "learning.view_headcount",
        # ... and its quarterly practice indicator returns.
        "learning.add_indicatorreturn",
        "learning.view_indicatorreturn",
    ],
    Role.PARTNERSHIP_MANAGER: [
        "wagtailadmin.access_admin",
        "learning.add_agency",
        "learning.change_agency",
        "learning.view_agency",
        "learning.view_partnership",
        *[
            f"learning.{action}_{model}"
            for model in ("trainingkpi", "headcount", "practiceindicator", "indicatorreturn")
            for action in ("add", "change", "delete", "view")
        ],
        *_H5P_PERMISSIONS,
        *_EVALUATION_PERMISSIONS,
        "learning.delete_evaluationform",
        # Training: the partnership's sessions and its charge policy.
        *[
            f"learning.{action}_{model}"
            for model in ("trainingsession", "chargepolicy")
            for action in ("add", "change", "delete", "view")
        ],
        # Licences: the partnership's licence types (the register is a report of its own).
        *[f"learning.{action}_licencetype" for action in ("add", "change", "delete", "view")],
        # The public section: the partnership's area contacts and employers.
        *[
            f"{app}.{action}_{model}"
            for app, model in (
                ("cms", "areacontact"),
                ("learning", "employer"),
                # Their assessment tool, threshold document, ... (cms.local_inserts).
                ("cms", "localarrangements"),
            )
            for action in ("add", "change", "delete", "view")
        ],
    ],
}
_GROUP_PAGE_PERMISSIONS: dict[Role, list[str]] = {
    # Trainers draft and submit for moderation; without publish_page they cannot go live.
    Role.TRAINER: ["add_page", "change_page"],
    Role.PARTNERSHIP_MANAGER: ["add_page", "change_page", "publish_page", "lock_page"],
}
_GROUP_COLLECTION_PERMISSIONS: dict[Role, list[str]] = {
    Role.TRAINER: [
        "add_image",
        "change_image",
        "choose_image",
        "add_document",
        "change_document",
        "choose_document",
    ],
    Role.PARTNERSHIP_MANAGER: [
        "add_image",
        "change_image",
        "choose_image",
        "add_document",
        "change_document",
        "choose_document",
    ],
}

APPROVAL_WORKFLOW_NAME = "Partnership manager approval"


def _permission(dotted: str):
    app_label, codename = dotted.split(".", 1)
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def roles_sync(*, root_page) -> dict[Role, Group]:
    """Create the role groups and give each exactly its permissions; safe to run again.

    Trainers' pages go live only through the approval workflow, whose one task is
    approved by the Partnership manager group.
    """

    groups: dict[Role, Group] = {}
    root_collection = Collection.get_first_root_node()
    with transaction.atomic():
        for role in GROUP_ROLES:
            group, _ = Group.objects.get_or_create(name=role.value)
            groups[role] = group
            group.permissions.add(*[_permission(p) for p in _GROUP_MODEL_PERMISSIONS.get(role, [])])
            for codename in _GROUP_PAGE_PERMISSIONS.get(role, []):
                GroupPagePermission.objects.get_or_create(
                    group=group, page=root_page, permission=_permission(f"wagtailcore.{codename}")
                )
            for codename in _GROUP_COLLECTION_PERMISSIONS.get(role, []):
                app = "wagtailimages" if codename.endswith("image") else "wagtaildocs"
                GroupCollectionPermission.objects.get_or_create(
                    group=group,
                    collection=root_collection,
                    permission=_permission(f"{app}.{codename}"),
                )

        task, _ = GroupApprovalTask.objects.get_or_create(name="Approval by a partnership manager")
        task.groups.set([groups[Role.PARTNERSHIP_MANAGER]])
        workflow, _ = Workflow.objects.get_or_create(name=APPROVAL_WORKFLOW_NAME)
        WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
        WorkflowPage.objects.update_or_create(page=root_page, defaults={"workflow": workflow})
    return groups


def user_line_manager_set(*, user: User, email: str) -> User:
    """Record (or clear) the learner's line manager's email: evaluation follow-ups ask
    that manager a few questions by a signed link."""
    user.line_manager_email = email.strip().lower()
    user.save(update_fields=["line_manager_email"])
    return user
