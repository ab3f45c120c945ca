"""Reads about certificates; who may see which is decided by `learning.selectors.scope_for`."""

from __future__ import annotations

from datetime import date

from django.db.models import Q, QuerySet

from certificates.codes import is_well_formed, normalise_code
from certificates.models import (
    Certificate,
    CertificateExport,
    NameChangeDecision,
    NameChangeRequest,
)
from learning.people.scope import scope_for
from learning.progress.rules import is_refresher_due


def certificate_for_verification(*, code: str) -> Certificate | None:
    """The certificate a typed or scanned code refers to, or None (also for malformed codes,
    which never reach the database)."""
    code = normalise_code(code)
    if not is_well_formed(code):
        return None
    return Certificate.objects.select_related("superseded_by").filter(code=code).first()


def certificate_is_downloadable_by(*, certificate: Certificate, user) -> bool:
    """Whether `user` may have this certificate's PDF: their own, or one in their scope (an
    agency lead's agency, a manager's partnership, anything for an administrator)."""
    if certificate.learner_id is not None and certificate.learner_id == user.pk:
        return True
    return scope_for(user).includes_agency(certificate.agency_id)


def certificates_needing_name(*, learner, name: str) -> QuerySet[Certificate]:
    """A learner's current, unrevoked certificates that do not carry `name`: what a change
    to that name would re-issue (and why it needs approval)."""
    return (
        Certificate.objects.filter(
            learner=learner, superseded_at__isnull=True, revoked_at__isnull=True
        )
        .exclude(learner_name=name)
        .order_by("pk")
    )


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


def name_change_requests_in_scope(*, user) -> QuerySet[NameChangeRequest]:
    """Name changes of people in `user`'s scope (by the learner's agency), minus their own:
    nobody decides their own change."""
    return (
        scope_for(user)
        .filter(
            NameChangeRequest.objects.select_related("learner__agency", "decided_by"),
            agency_path="learner__agency",
        )
        .exclude(learner_id=user.pk)
        .order_by("requested_at", "pk")
    )


def name_change_requests_pending(*, user) -> QuerySet[NameChangeRequest]:
    return name_change_requests_in_scope(user=user).filter(decision=NameChangeDecision.PENDING)


def name_change_requests_of(*, learner) -> QuerySet[NameChangeRequest]:
    """A learner's own requests, newest first (their name's history)."""
    return NameChangeRequest.objects.filter(learner=learner).select_related("decided_by")


def name_change_pending_of(*, learner) -> NameChangeRequest | None:
    return NameChangeRequest.objects.filter(
        learner=learner, decision=NameChangeDecision.PENDING
    ).first()
