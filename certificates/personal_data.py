"""What certificates hold about a learner, and how they forget them (registered with
`learning`'s `register_personal_data` hook in certificates/wagtail_hooks.py, since
`learning` cannot import certificates).

On erasure every certificate of the learner is revoked with the erasure's reason (so its
code no longer verifies as valid), its PDF is deleted and the name printed on it is
removed. The row stays, so the completion keeps its one certificate and none is issued
again in the anonymised name.
"""

from __future__ import annotations

from typing import Any

from django.utils import timezone

from certificates.models import Certificate
from learning.people.models import User

ERASED_NAME = "(erased)"


def certificates_export(person: User) -> list[dict[str, Any]]:
    return [
        {
            "code": c.display_code,
            "kind": c.get_kind_display(),
            "name_on_certificate": c.learner_name,
            "course": c.course_title,
            "partnership": c.partnership_name,
            "completed_at": c.completed_at,
            "issued_at": c.issued_at,
            "expires_on": c.expires_on,
            "score": c.score,
            "status": c.status.label,
            "revoked_at": c.revoked_at,
            "revocation_reason": c.revocation_reason,
            "superseded_at": c.superseded_at,
            "verification_url": c.get_verification_url(),
        }
        for c in Certificate.objects.filter(learner=person).order_by("issued_at", "pk")
    ]


def certificates_erase(person: User, *, actor: User | None, reason: str) -> dict[str, int]:
    revoked = pdfs = 0
    for certificate in Certificate.objects.select_for_update().filter(learner=person):
        if certificate.pdf:
            certificate.pdf.delete(save=False)
            pdfs += 1
        if certificate.revoked_at is None:
            certificate.revoked_at = timezone.now()
            certificate.revoked_by = actor
            revoked += 1
        certificate.revocation_reason = reason
        certificate.learner_name = ERASED_NAME
        certificate.save()
    return {"certificates revoked": revoked, "certificate PDFs deleted": pdfs}
