"""Reads about certificates; who may see which is decided by `learning.selectors.scope_for`."""

from __future__ import annotations

from datetime import date

from django.db.models import Q, QuerySet

from certificates.codes import is_well_formed, normalise_code
from certificates.models import Certificate, CertificateExport
from learning.people.scope import scope_for
from learning.progress.rules import is_refresher_due


def certificate_for_verification(*, code: str) -> Certificate | None:
    """The certificate a typed or scanned code refers to, or None (also for malformed codes,
    which never reach the database)."""
    code = normalise_code(code)
    if not is_well_formed(code):
        return None
    return Certificate.objects.select_related("superseded_by").filter(code=code).first()


def certificates_for_learner(*, learner) -> list[dict]:
    """A learner's current certificates for "My learning", each with its refresher flag."""
    certificates = (
        Certificate.objects.filter(learner=learner, superseded_at__isnull=True)
        .select_related("completion__course", "course")
        .order_by("-completed_at")
    )
    return [
        {
            "certificate": certificate,
            "status": certificate.status,
            "refresher_due": certificate.completion is not None
            and certificate.revoked_at is None
            and is_refresher_due(certificate.completion),
            "name_changed": certificate.learner_name != learner.get_full_name(),
        }
        for certificate in certificates
    ]


def certificates_in_scope(
    *,
    user,
    course=None,
    agency=None,
    date_from: date | None = None,
    date_to: date | None = None,
    search: str = "",
) -> QuerySet[Certificate]:
    """Certificates of people in `user`'s scope, filtered as a manager asked."""
    qs = scope_for(user).filter(
        Certificate.objects.select_related("agency", "course", "revoked_by"), agency_path="agency"
    )
    if course is not None:
        qs = qs.filter(course=course)
    if agency is not None:
        qs = qs.filter(agency=agency)
    if date_from:
        qs = qs.filter(completed_at__date__gte=date_from)
    if date_to:
        qs = qs.filter(completed_at__date__lte=date_to)
    if search:
        code = normalise_code(search)
        qs = qs.filter(
            Q(learner_name__icontains=search) | Q(course_title__icontains=search) | Q(code=code)
        )
    return qs.order_by("-completed_at")


def certificate_exports_for(*, user) -> QuerySet[CertificateExport]:
    return CertificateExport.objects.filter(requested_by=user)
