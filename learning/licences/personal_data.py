"""What licences hold about a person, and how they forget it (registered with the
`register_personal_data` hook in this feature's wagtail_hooks).

Kept on erasure, linked only to the anonymised account: the register rows (coverage counts
the licences of the time). Revoked: any licence still current, so no erased account holds
a licence; the free-text reasons a manager typed are cleared.
"""

from __future__ import annotations

from typing import Any

from django.utils import timezone

from learning.licences.models import Licence
from learning.people.models import User

ERASED = "account erased"


def licences_export(person: User) -> dict[str, Any]:
    return {
        "licences": [
            {
                "licence": licence.licence_type.name,
                "agency": licence.agency.name if licence.agency else None,
                "licensed_on": licence.licensed_on,
                "last_renewed_on": licence.last_renewed_on,
                "renew_by": licence.renew_by,
                "status": licence.status.label,
                "champion": licence.is_champion,
                "granted_by_hand_because": licence.grant_reason or None,
                "revoked_because": licence.revocation_reason or None,
            }
            for licence in Licence.objects.filter(person=person).select_related(
                "licence_type", "agency"
            )
        ]
    }


def licences_erase(person: User, **_context) -> dict[str, int]:
    licences = Licence.objects.filter(person=person)
    revoked = licences.filter(revoked_at__isnull=True).update(
        revoked_at=timezone.now(), revocation_reason=ERASED
    )
    cleared = licences.exclude(grant_reason="").update(grant_reason="")
    return {"licences_revoked": revoked, "licence_reasons_cleared": cleared}
