"""Demo data for certificates: a signatory for every partnership (safe to run again)."""

from __future__ import annotations

from learning.models import Partnership

from .models import CertificateSignatory

# Demo signatories: invented people, with the roles partnerships usually give them.
DEMO_SIGNATORY = ("Alex Morgan", "Independent Scrutineer")


def seed_signatories(*, home=None) -> None:
    name, role = DEMO_SIGNATORY
    for partnership in Partnership.objects.all():
        CertificateSignatory.objects.get_or_create(
            partnership=partnership, defaults={"name": name, "role": role}
        )
