"""What the account itself and the audit log hold about a person, and how they forget it.

The account row is kept and anonymised in place rather than deleted: completions, briefing
reads and certificates point at it, and coverage figures count them (by agency and date),
so deleting it would change past figures. Everything that identifies the person goes.
"""

from __future__ import annotations

from typing import Any

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator

from wagtail.users.models import UserProfile

from learning.audit.models import AuditEvent
from learning.people.models import User
from learning.people.roles import user_roles

ERASED_FIRST_NAME = "Erased"
ERASED_LAST_NAME = "person"
ERASED_TEXT = "[erased]"


def erased_email(person: User) -> str:
    """The address an anonymised account gets: unique, and not deliverable (.invalid)."""
    return f"erased-{person.pk}@erased.invalid"


def is_erased(person: User) -> bool:
    return person.email == erased_email(person)


# --- The account -----------------------------------------------------------------------


def account_export(person: User) -> dict[str, Any]:
    agency = person.agency
    return {
        "id": person.pk,
        "email": person.email,
        "first_name": person.first_name,
        "last_name": person.last_name,
        "job_title": person.job_title,
        "role_group": person.get_role_group_display(),
        "roles": sorted(role.value for role in user_roles(person)),
        "agency": (
            {"id": agency.pk, "name": agency.name, "partnership": agency.partnership.name}
            if agency
            else None
        ),
        "agency_confirmed_at": person.agency_confirmed_at,
        "date_joined": person.date_joined,
        "last_login": person.last_login,
        "is_active": person.is_active,
        "email_addresses": [
            {"email": a.email, "verified": a.verified, "primary": a.primary}
            for a in EmailAddress.objects.filter(user=person).order_by("pk")
        ],
        # The kind of second factor only: its secret is never exported.
        "two_factor_methods": [
            {
                "type": a.get_type_display(),
                "created_at": a.created_at,
                "last_used_at": a.last_used_at,
            }
            for a in Authenticator.objects.filter(user=person).order_by("pk")
        ],
    }


def account_erase(person: User, *, actor: User | None, reason: str) -> dict[str, int]:
    """Anonymise the account in place: no name, email, job title, password, second factor,
    roles or admin profile; inactive, so it can never sign in again. Its agency and role
    group stay, because past coverage figures count them."""
    removed = {
        "email addresses": EmailAddress.objects.filter(user=person).delete()[0],
        "two-factor methods": Authenticator.objects.filter(user=person).delete()[0],
    }
    for profile in UserProfile.objects.filter(user=person):
        if profile.avatar:
            profile.avatar.delete(save=False)
        profile.delete()
    person.first_name = ERASED_FIRST_NAME
    person.last_name = ERASED_LAST_NAME
    person.email = erased_email(person)
    person.job_title = ""
    person.is_active = False
    person.is_staff = False
    person.is_superuser = False
    # An unusable password also ends every signed-in session: Django checks a session's
    # password hash on each request.
    person.set_unusable_password()
    person.save()
    person.groups.clear()
    person.user_permissions.clear()
    person.__dict__.pop("_roles_cache", None)
    removed["accounts anonymised"] = 1
    return removed


# --- The audit log ---------------------------------------------------------------------


def audit_export(person: User) -> list[dict[str, Any]]:
    """Events about the person. (Events they did to others' records are about others.)"""
    return [
        {
            "at": event.at,
            "action": event.action,
            "by": event.actor_label or "system",
            "record": event.object_repr,
            "detail": event.detail,
        }
        for event in AuditEvent.objects.filter(subject=person).order_by("at", "pk")
    ]


def _scrub(value: Any, needles: list[str]) -> Any:
    """`value` with every string that mentions one of `needles` replaced."""
    if isinstance(value, str):
        lowered = value.lower()
        return ERASED_TEXT if any(n in lowered for n in needles) else value
    if isinstance(value, dict):
        return {key: _scrub(item, needles) for key, item in value.items()}
    if isinstance(value, list):
        return [_scrub(item, needles) for item in value]
    return value


def audit_erase(person: User, *, actor: User | None, reason: str) -> dict[str, int]:
    """Audit events are the record of what was done and are kept, but not the person's
    name or email: events about them lose the record's description and any free text,
    events they did lose the email they were signed with."""
    needles = [
        n.lower()
        for n in (person.email, person.get_full_name(), person.first_name, person.last_name)
        if n and len(n) > 2
    ]
    scrubbed = 0
    for event in AuditEvent.objects.filter(subject=person):
        if event.actor_id == person.pk:
            event.actor_label = erased_email(person)
        event.object_repr = ""
        event.detail = {
            key: ERASED_TEXT if isinstance(value, str) else _scrub(value, needles)
            for key, value in event.detail.items()
        }
        event.save(update_fields=["actor_label", "object_repr", "detail"])
        scrubbed += 1
    for event in AuditEvent.objects.filter(actor=person).exclude(subject=person):
        event.actor_label = erased_email(person)
        event.object_repr = _scrub(event.object_repr, needles)
        event.detail = _scrub(event.detail, needles)
        event.save(update_fields=["actor_label", "object_repr", "detail"])
        scrubbed += 1
    return {"audit events scrubbed": scrubbed}
