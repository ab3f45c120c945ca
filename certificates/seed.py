"""Demo data for certificates: a signatory for every partnership (safe to run again)."""

from __future__ import annotations

from certificates.models import CertificateSignatory
from learning.people.models import Partnership

# Demo signatories: invented people, with the roles partnerships usually give them.
DEMO_SIGNATORY = ("Alex Morgan", "Independent Scrutineer")


def seed_signatories() -> None:
    name, role = DEMO_SIGNATORY
    for partnership in Partnership.objects.all():
        CertificateSignatory.objects.get_or_create(
            partnership=partnership, defaults={"name": name, "role": role}
        )
