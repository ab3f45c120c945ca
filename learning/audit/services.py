"""Writing the audit log. Call `audit_record` inside the transaction that makes the change,
so the event exists exactly when the change does."""

from __future__ import annotations

from typing import Any

from learning.audit.models import AuditEvent


def audit_record(
    *,
    actor,
    action: str,
    subject=None,
    agency=None,
    obj: Any = None,
    detail: dict | None = None,
) -> AuditEvent:
    """Record that `actor` (a user, or None for the system) did `action` to `subject`'s
    records (or to `obj`), visible to those whose scope covers `agency` (by default the
    subject's agency)."""
    if agency is None and subject is not None:
        agency = getattr(subject, "agency", None)
    return AuditEvent.objects.create(
        actor=actor if getattr(actor, "pk", None) else None,
        actor_label=getattr(actor, "email", "") or "",
        action=action,
        subject=subject,
        agency=agency,
        object_repr=str(obj)[:255] if obj is not None else "",
        detail=detail or {},
    )
