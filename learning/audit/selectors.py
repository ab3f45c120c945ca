"""Reading the audit log, narrowed by the reader's scope (`learning.people.scope`)."""

from __future__ import annotations

from django.db.models import QuerySet

from learning.audit.models import AuditEvent


def audit_events_in(scope) -> QuerySet[AuditEvent]:
    """Events about agencies in `scope` (a `learning.people.scope.Scope`); events with no
    agency are the administrators' alone."""
    return scope.filter(
        AuditEvent.objects.select_related("actor", "subject", "agency"), agency_path="agency"
    )
