"""Writes for personal data: an export (audited), erasure on request, and closing accounts
not signed in to for ACCOUNT_INACTIVE_CLOSE_MONTHS. Every erasure goes through
`personal_data_erase`, so the policy (README, "Personal data and retention") is applied
the same way from the admin, the command and the retention task."""

from __future__ import annotations

from typing import Any

from dateutil.relativedelta import relativedelta

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone

from learning.audit.services import audit_record
from learning.exceptions import PersonalDataRejected
from learning.people.models import User
from learning.privacy.models import PersonalDataErasure
from learning.privacy.providers import personal_data_providers
from learning.privacy.selectors import (
    inactive_accounts,
    personal_data_of,
    personal_data_subjects,
)

ERASED_ON_REQUEST = "erased on request"


def _check_may_act(*, person: User, actor: User | None) -> None:
    """A person (not the system) may only act on people in their personal-data scope."""
    if actor is not None and not personal_data_subjects(user=actor).filter(pk=person.pk).exists():
        raise PermissionDenied("That person's records are outside your scope.")


def personal_data_export(*, person: User, actor: User | None, via: str) -> dict[str, Any]:
    """Everything held about `person`, recording who took a copy (`via`: admin, command)."""
    _check_may_act(person=person, actor=actor)
    data = personal_data_of(person)
    audit_record(
        actor=actor,
        action="personal_data.export",
        subject=person,
        detail={"via": via, "sections": sorted(k for k in data if k not in ("exported_at",))},
    )
    return data


def personal_data_erase(
    *, person: User, actor: User | None, via: str, reason: str = ERASED_ON_REQUEST
) -> PersonalDataErasure:
    """Erase or anonymise everything held about `person`, feature by feature, in one
    transaction; the coverage figures their completions count towards do not change."""
    _check_may_act(person=person, actor=actor)
    if actor is not None and actor.pk == person.pk:
        raise PersonalDataRejected(
            "You cannot erase your own account here: ask another manager or an administrator."
        )
    with transaction.atomic():
        locked = User.objects.select_for_update().get(pk=person.pk)
        if PersonalDataErasure.objects.filter(person=locked).exists():
            raise PersonalDataRejected("This person's personal data has already been erased.")
        agency = locked.agency
        removed: dict[str, int] = {}
        for provider in personal_data_providers():
            for kind, count in provider.erase(locked, actor=actor, reason=reason).items():
                removed[f"{provider.name}: {kind}"] = count
        erasure = PersonalDataErasure.objects.create(
            person=locked, erased_at=timezone.now(), erased_by=actor, reason=reason, removed=removed
        )
        audit_record(
            actor=actor,
            action="personal_data.erase",
            subject=locked,
            agency=agency,
            detail={"reason": reason, "via": via, "removed": removed},
        )
    person.refresh_from_db()
    return erasure


def accounts_close_inactive(*, now=None) -> list[int]:
    """Close every account not signed in to for ACCOUNT_INACTIVE_CLOSE_MONTHS: deactivate
    it, then erase its personal data by the same policy as a request. Audited as the
    system. Safe to run twice: a closed account is no longer active, so never found again.
    """
    months = settings.ACCOUNT_INACTIVE_CLOSE_MONTHS
    now = now or timezone.now()
    reason = f"account closed after {months} months without sign-in"
    closed = []
    for person in inactive_accounts(signed_in_before=now - relativedelta(months=months)):
        with transaction.atomic():
            if not User.objects.filter(pk=person.pk, is_active=True).update(is_active=False):
                continue  # closed meanwhile by someone else
            audit_record(
                actor=None,
                action="account.close",
                subject=person,
                detail={"reason": reason, "last_seen": person.last_seen.isoformat()},
            )
            personal_data_erase(person=person, actor=None, via="retention", reason=reason)
        closed.append(person.pk)
    return closed
