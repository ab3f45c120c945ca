"""Reads about people: who belongs to which agency, who waits for confirmation, and the
service navigation each person's roles give them."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django.conf import settings
from django.db.models import F, Q, QuerySet
from django.http import HttpRequest

from wagtail import hooks
from wagtail.models import Site

from learning.people.models import Agency, AgencyEmailDomain, Partnership, User
from learning.people.roles import Role, user_roles
from learning.people.scope import scope_for

if TYPE_CHECKING:
    from django.contrib.auth.models import AnonymousUser
from django.urls import reverse


def agency_for_email(email: str) -> Agency | None:
    """The agency that owns an email address's domain, if any agency lists it."""
    domain = email.rsplit("@", 1)[-1].strip().lower()
    if not domain:
        return None
    entry = (
        AgencyEmailDomain.objects.select_related("agency__partnership")
        .filter(domain__iexact=domain)
        .first()
    )
    return entry.agency if entry else None


def learners_in_scope(*, user: User | AnonymousUser) -> QuerySet[User]:
    """People whose records `user` may see (none for learners and trainers)."""
    return scope_for(user).learners()


def people_awaiting_confirmation(*, user: User | AnonymousUser) -> QuerySet[User]:
    """Sign-ups in `user`'s scope who chose an agency and wait for a lead to confirm them."""
    return learners_in_scope(user=user).filter(agency_confirmed_at__isnull=True, is_active=True)


def agency_people(*, user: User | AnonymousUser, search: str = "") -> QuerySet[User]:
    """The people list an agency lead or manager sees, waiting confirmations first."""
    qs = learners_in_scope(user=user).filter(is_active=True)
    if search:
        qs = qs.filter(
            Q(first_name__icontains=search)
            | Q(last_name__icontains=search)
            | Q(email__icontains=search)
        )
    return qs.order_by(F("agency_confirmed_at").asc(nulls_first=True), "last_name", "first_name")


def navigation_for(user: User | AnonymousUser) -> list[dict[str, Any]]:
    """The links in the service navigation for this person's roles."""

    roles = user_roles(user)
    items: list[dict[str, Any]] = []
    if not roles:
        return items
    items.append({"label": "My learning", "href": reverse("learning:my_learning")})
    if roles & {Role.AGENCY_LEAD, Role.PARTNERSHIP_MANAGER, Role.ADMIN}:
        items.append({"label": "People", "href": reverse("learning:agency_people")})
    if roles & {Role.TRAINER, Role.PARTNERSHIP_MANAGER, Role.ADMIN}:
        items.append({"label": "Manage content", "href": "/admin/"})
    return items


def admin_brand_name(user: User | AnonymousUser) -> str:
    """The name the admin shows itself under: the signed-in staff member's partnership
    (their agency's), so a trainer sees whose platform they are working in rather than a
    host name; administrators and anyone without an agency see the platform's name."""
    agency = getattr(user, "agency", None)
    if getattr(user, "is_superuser", False) or agency is None:
        return settings.WAGTAIL_SITE_NAME
    return agency.partnership.name


def site_partnership(*, request: HttpRequest | None) -> Partnership | None:
    """The partnership whose site answered this request (each partnership has its own site,
    issue 16), so what is sent from it (allauth's emails) carries that partnership's name.

    Site settings belong to `cms`, above this app, so `cms` answers through the
    `site_partnership` hook instead of being imported here.
    """
    if request is None:
        return None
    for hook in hooks.get_hooks("site_partnership"):
        partnership = hook(request)
        if partnership is not None:
            return partnership
    return None


def partnership_site_url(*, partnership: Partnership | None) -> str | None:
    """The address of the partnership's own site, if it has one apart from the default
    site, so a reminder sent with no request links a learner back to their own site.
    `cms` answers through the `partnership_site_url` hook (site settings live there)."""
    if partnership is None:
        return None
    for hook in hooks.get_hooks("partnership_site_url"):
        url = hook(partnership)
        if url:
            return url
    return None


def learner_site_url(*, learner: User | None, url: str) -> str:
    """`url` as a full address on the learner's partnership's own site, else on the default
    site: emails go out with no request, and a learner should land on the site they know."""
    if url.startswith(("http://", "https://")):
        return url
    partnership = learner.agency.partnership if learner is not None and learner.agency_id else None
    base = partnership_site_url(partnership=partnership) or settings.WAGTAILADMIN_BASE_URL
    return base.rstrip("/") + url


def partnership_sites() -> dict[int, Any]:
    """Each partnership's own Wagtail site, by partnership id (issue 16: a site per
    partnership). Site settings belong to `cms`, which answers the `partnership_sites`
    hook."""
    found: dict[int, Any] = {}
    for hook in hooks.get_hooks("partnership_sites"):
        found.update(hook())
    return found


def partnership_content_root(*, partnership: Partnership, sites: dict[int, Any] | None = None):
    """The page a partnership's content lives under (its site's root), which its trainers
    and managers work in and whose approval workflow its managers run. A partnership with
    no site of its own works in the default site's tree, as before sites per partnership."""
    sites = partnership_sites() if sites is None else sites
    site = sites.get(partnership.pk)
    if site is None:
        site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    return site.root_page if site is not None else None


def partnership_role_group_name(*, role: Role, partnership: Partnership) -> str:
    """The group that gives a role its page permissions and approvals in one partnership's
    content (the role's own group, e.g. "Trainer", holds what is the same everywhere)."""
    return f"{role.value} ({partnership.slug})"
