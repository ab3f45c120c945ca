"""Demo data for certificates: a signatory for every partnership, and certificates of
attendance for the seeded register (safe to run again)."""

from __future__ import annotations

from django.db.models import Exists, OuterRef

from certificates.models import Certificate, CertificateSignatory
from certificates.services import attendance_certificate_issue, licence_certificate_issue
from learning.licences.models import Licence
from learning.people.models import Partnership
from learning.training.models import Attendance, Booking

# Demo signatories: invented people, with the roles partnerships usually give them.
DEMO_SIGNATORY = ("Alex Morgan", "Independent Scrutineer")


def seed_signatories() -> None:
    name, role = DEMO_SIGNATORY
    for partnership in Partnership.objects.all():
        CertificateSignatory.objects.get_or_create(
            partnership=partnership, defaults={"name": name, "role": role}
        )


def seed_attendance_certificates() -> int:
    """Certificates of attendance for the seeded register (marked by the seed, not the
    register page, so no signal was sent); only the few owed, never a re-issue."""
    current = Certificate.objects.filter(booking=OuterRef("pk"), superseded_at__isnull=True)
    owed = Booking.objects.filter(attendance=Attendance.ATTENDED).exclude(Exists(current))
    issued = 0
    for booking in owed:
        if attendance_certificate_issue(booking=booking) is not None:
            issued += 1
    return issued


def seed_licence_certificates() -> int:
    """Issue the licence certificates of the seeded licences (granted by the seed, whose
    signal queued them; issued here so the demo shows them at once). Only those owed."""
    issued = 0
    current = Certificate.objects.filter(licence=OuterRef("pk"), superseded_at__isnull=True)
    owed = Licence.objects.filter(revoked_at__isnull=True).filter(~Exists(current))
    for licence in owed:
        if licence_certificate_issue(licence=licence) is not None:
            issued += 1
    return issued
