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
    Site,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from learning.people.models import Partnership, User
from learning.people.roles import GROUP_ROLES, Role
from learning.people.scope import scope_for
from learning.people.selectors import (
    partnership_content_root,
    partnership_role_group_name,
    partnership_sites,
)


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
    """Put a user in exactly the groups for `roles` (groups must exist: see seed_roles),
    and, for a trainer or partnership manager, their partnership's group of that role,
    which gives them their own partnership's pages and approvals only."""
    wanted = [role.value for role in roles if role not in (Role.LEARNER, Role.ADMIN)]
    groups = list(Group.objects.filter(name__in=wanted))
    partnership = user.agency.partnership if user.agency_id else None
    if partnership is not None and roles & set(PARTNERSHIP_ROLES):
        own = partnership_groups_ensure(partnership=partnership)
        groups += [own[role] for role in PARTNERSHIP_ROLES if role in roles]
    user.groups.set(groups)
    user.__dict__.pop("_roles_cache", None)


def user_partnership_groups_sync(*, user: User) -> None:
    """Keep a trainer's or manager's partnership group in step with their role groups and
    agency, however the role was given (`user_set_roles`, or a group ticked in Wagtail's
    user editor, which calls this through `m2m_changed`). Adding and removing here fires
    the signal again, which then finds nothing to change."""
    names = set(user.groups.values_list("name", flat=True))
    roles = [role for role in PARTNERSHIP_ROLES if role.value in names]
    partnership = user.agency.partnership if user.agency_id else None
    wanted: set[str] = set()
    if partnership is not None:
        wanted = {partnership_role_group_name(role=r, partnership=partnership) for r in roles}
    current = {
        name
        for name in names
        if any(name.startswith(f"{role.value} (") for role in PARTNERSHIP_ROLES)
    }
    if wanted == current:
        return
    if wanted - set(Group.objects.filter(name__in=wanted).values_list("name", flat=True)):
        partnership_groups_ensure(partnership=partnership)
    stale = Group.objects.filter(name__in=current - wanted)
    if stale:
        user.groups.remove(*stale)
    missing = Group.objects.filter(name__in=wanted - current)
    if missing:
        user.groups.add(*missing)
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
# Page permissions are per partnership: each partnership's role groups hold them on its own
# site's root only (`partnership_groups_ensure`), so a trainer works on their partnership's
# content and nowhere else (docs/partnership-sites.md).
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
APPROVAL_TASK_NAME = "Approval by a partnership manager"
#: The roles whose pages and approvals are limited to their own partnership's site.
PARTNERSHIP_ROLES = (Role.TRAINER, Role.PARTNERSHIP_MANAGER)


def _permission(dotted: str):
    app_label, codename = dotted.split(".", 1)
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def _approval_task(*, root_page, label: str) -> GroupApprovalTask:
    """The approval task of the workflow on a site's root, made if missing. The default
    site's keeps the names it had before sites per partnership, so work in progress on an
    existing install carries on in the same workflow."""
    suffix = f" ({label})" if label else ""
    link = WorkflowPage.objects.filter(page=root_page).select_related("workflow").first()
    if link is None:
        workflow = Workflow.objects.create(name=f"{APPROVAL_WORKFLOW_NAME}{suffix}")
        WorkflowPage.objects.create(page=root_page, workflow=workflow)
    else:
        workflow = link.workflow
    step = WorkflowTask.objects.filter(workflow=workflow).order_by("sort_order").first()
    task = step.task.specific if step else None
    if not isinstance(task, GroupApprovalTask):
        task = GroupApprovalTask.objects.create(name=f"{APPROVAL_TASK_NAME}{suffix}")
        WorkflowTask.objects.filter(workflow=workflow).delete()
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    return task


def _site_label(root_page) -> str:
    """How a site's workflow is named: by its site's name, none for the default site."""
    site = root_page.sites_rooted_here.order_by("-is_default_site").first()
    if site is None or site.is_default_site:
        return ""
    return site.site_name or site.hostname


def partnership_groups_ensure(*, partnership: Partnership, root_page=None) -> dict[Role, Group]:
    """A partnership's Trainer and Partnership manager groups: page permissions on its own
    site's root only, and its managers in the approval task of that site's workflow, so
    a page is approved by the managers of the partnership that owns it. Safe to run again.
    """
    root = root_page or partnership_content_root(partnership=partnership)
    groups: dict[Role, Group] = {}
    with transaction.atomic():
        for role in PARTNERSHIP_ROLES:
            group, _ = Group.objects.get_or_create(
                name=partnership_role_group_name(role=role, partnership=partnership)
            )
            groups[role] = group
            stale = GroupPagePermission.objects.filter(group=group)
            if root is not None:
                stale = stale.exclude(page=root)
            stale.delete()
            if root is None:
                continue
            for codename in _GROUP_PAGE_PERMISSIONS[role]:
                GroupPagePermission.objects.get_or_create(
                    group=group, page=root, permission=_permission(f"wagtailcore.{codename}")
                )
        if root is not None:
            task = _approval_task(root_page=root, label=_site_label(root))
            task.groups.add(groups[Role.PARTNERSHIP_MANAGER])
    return groups


def roles_sync(*, root_page) -> dict[Role, Group]:
    """Create the role groups and give each exactly its permissions; safe to run again.

    Page permissions and approvals are per partnership (`partnership_groups_ensure`):
    trainers' pages go live only through the approval workflow of their site, approved by
    the managers of the partnership that owns it. `root_page` is the default site's root,
    where partnerships without a site of their own work.
    """

    groups: dict[Role, Group] = {}
    root_collection = Collection.get_first_root_node()
    with transaction.atomic():
        for role in GROUP_ROLES:
            group, _ = Group.objects.get_or_create(name=role.value)
            groups[role] = group
            group.permissions.add(*[_permission(p) for p in _GROUP_MODEL_PERMISSIONS.get(role, [])])
            # The role's own group gives no pages: its partnership's group does.
            GroupPagePermission.objects.filter(group=group).delete()
            for codename in _GROUP_COLLECTION_PERMISSIONS.get(role, []):
                app = "wagtailimages" if codename.endswith("image") else "wagtaildocs"
                GroupCollectionPermission.objects.get_or_create(
                    group=group,
                    collection=root_collection,
                    permission=_permission(f"{app}.{codename}"),
                )

        _approval_task(root_page=root_page, label="")
        sites = partnership_sites()
        managers_by_root: dict[int, list[Group]] = {}
        for partnership in Partnership.objects.order_by("slug"):
            site = sites.get(partnership.pk)
            root = site.root_page if site is not None else root_page
            own = partnership_groups_ensure(partnership=partnership, root_page=root)
            managers_by_root.setdefault(root.pk, []).append(own[Role.PARTNERSHIP_MANAGER])
        # Exactly the owning partnerships' managers approve on each site (a partnership
        # that moved to a site of its own no longer approves on the default site).
        for site in Site.objects.select_related("root_page"):
            task = _approval_task(root_page=site.root_page, label=_site_label(site.root_page))
            task.groups.set(managers_by_root.get(site.root_page_id, []))
    return groups


def user_line_manager_set(*, user: User, email: str) -> User:
    """Record (or clear) the learner's line manager's email: evaluation follow-ups ask
    that manager a few questions by a signed link."""
    user.line_manager_email = email.strip().lower()
    user.save(update_fields=["line_manager_email"])
    return user
