"""Writes about certificates: issue, render once, re-issue after an approved change of
name, revoke, export (and expire exports), remind. Revocations, re-issues, name changes
and exports are written to the audit log (`learning.audit`) in the same transaction.

Every write is safe to repeat: the database's unique constraints settle races (one
current certificate per completion, one reminder per threshold), so a task that runs
twice, a sweeper that overlaps a worker, or two completions racing never duplicate.
"""

from __future__ import annotations

import io
import logging
import zipfile
from datetime import date, datetime, timedelta

from django.conf import settings
from django.core.files import File
from django.core.files.base import ContentFile
from django.core.files.storage import Storage, storages
from django.core.mail import EmailMultiAlternatives
from django.db import IntegrityError, transaction
from django.db.models import Exists, OuterRef
from django.template.loader import render_to_string
from django.utils import dateformat, timezone
from django.utils.text import slugify

from wagtail import hooks

from certificates.codes import new_code
from certificates.exceptions import CertificateRejected
from certificates.models import (
    Certificate,
    CertificateExport,
    CertificateKind,
    CertificateSignatory,
    NameChangeDecision,
    NameChangeRequest,
    RefresherReminder,
)
from certificates.rendering import certificate_pdf
from certificates.selectors import certificates_in_scope, certificates_needing_name
from certificates.storage import certificate_export_name, certificate_pdf_name, private_storage
from learning.audit.services import audit_record
from learning.evaluation.selectors import (
    bookings_not_held,
    completions_not_held,
    evaluation_holds_certificate,
)
from learning.licences.models import Licence
from learning.people.models import Partnership, User
from learning.people.scope import scope_for
from learning.people.selectors import partnership_site_url
from learning.progress.models import CourseCompletion
from learning.progress.rules import completion_expires_on
from learning.training.models import Attendance, Booking

logger = logging.getLogger(__name__)

_CODE_ATTEMPTS = 5


def _default_partnership() -> Partnership | None:
    """The partnership that runs the default site, for certificates with no agency.

    Site settings belong to `cms`, above this app, so `cms` answers through the
    `default_site_partnership` hook instead of being imported here.
    """
    for hook in hooks.get_hooks("default_site_partnership"):
        partnership = hook()
        if partnership is not None:
            return partnership
    return None


def _branding(partnership: Partnership | None) -> dict[str, str]:
    signatory = (
        CertificateSignatory.objects.filter(partnership=partnership).first()
        if partnership
        else None
    )
    return {
        "partnership_name": partnership.name if partnership else "",
        "signatory_name": signatory.name if signatory else "",
        "signatory_role": signatory.role if signatory else "",
    }


def _create_with_code(**fields) -> Certificate:
    """Insert a certificate with a fresh code, trying again on the (unlikely) collision."""
    for _attempt in range(_CODE_ATTEMPTS):
        code = new_code()
        if Certificate.objects.filter(code=code).exists():
            continue
        with transaction.atomic():
            return Certificate.objects.create(code=code, **fields)
    raise RuntimeError("Could not find an unused certificate code.")  # pragma: no cover


def certificate_issue(*, completion: CourseCompletion) -> Certificate | None:
    """The one current certificate for a completion, issuing (and rendering) it if owed;
    None while a required evaluation holds it back (sending the evaluation releases it).

    Concurrent callers race on the database constraint; the loser gets the winner's
    certificate. The PDF is rendered separately, once (see `certificate_pdf_render`).
    """
    current = Certificate.objects.filter(completion=completion, superseded_at__isnull=True).first()
    if current is None and evaluation_holds_certificate(completion=completion):
        return None
    if current is None:
        completion = CourseCompletion.objects.select_related(
            "learner", "course", "agency__partnership"
        ).get(pk=completion.pk)
        course = completion.course
        partnership = completion.agency.partnership if completion.agency else None
        partnership = partnership or _default_partnership()
        try:
            current = _create_with_code(
                kind=CertificateKind.PRACTITIONER,
                completion=completion,
                learner=completion.learner,
                course=course,
                agency=completion.agency,
                partnership=partnership,
                # Never the email address: the verification page is public.
                learner_name=completion.learner.get_full_name() or "Name not given",
                course_title=course.title,
                completed_at=completion.completed_at,
                cpd_minutes=course.cpd_minutes,
                score=completion.score,
                expires_on=completion_expires_on(completion),
                **_branding(partnership),
            )
        except IntegrityError:
            current = Certificate.objects.get(completion=completion, superseded_at__isnull=True)
    return certificate_pdf_render(certificate=current)


def attendance_certificate_issue(*, booking: Booking) -> Certificate | None:
    """The one current certificate of attendance for an attended booking, issuing (and
    rendering) it if owed; None if the booking is not marked attended in full.

    Like `certificate_issue`, the database settles races (one current certificate per
    booking), so marking the register twice, or a sweeper overlapping a worker, issues one.
    """
    current = Certificate.objects.filter(booking=booking, superseded_at__isnull=True).first()
    if current is None:
        booking = Booking.objects.select_related(
            "learner__agency__partnership", "attendance_agency__partnership", "session__event"
        ).get(pk=booking.pk)
        if booking.attendance != Attendance.ATTENDED:
            return None
        if evaluation_holds_certificate(booking=booking):
            return None
        session, event = booking.session, booking.session.event
        agency = booking.attendance_agency or booking.learner.agency
        # Printed and verified under the partnership that ran the training.
        partnership = event.partnership
        try:
            current = _create_with_code(
                kind=CertificateKind.ATTENDANCE,
                booking=booking,
                learner=booking.learner,
                course=None,
                agency=agency,
                partnership=partnership,
                learner_name=booking.learner.get_full_name() or "Name not given",
                course_title=event.title,
                completed_at=session.starts_at,
                cpd_minutes=event.cpd_minutes,
                score=None,
                expires_on=None,
                **_branding(partnership),
            )
        except IntegrityError:
            current = Certificate.objects.get(booking=booking, superseded_at__isnull=True)
    return certificate_pdf_render(certificate=current)


def licence_certificate_issue(*, licence: Licence) -> Certificate | None:
    """The one current licence certificate, issuing (and rendering) it if owed; None for a
    revoked licence. It prints the renew-by date as "valid until", so a renewal issues a
    new certificate and supersedes the old one (which still verifies, as superseded).
    """
    licence = Licence.objects.select_related("person", "agency", "licence_type__partnership").get(
        pk=licence.pk
    )
    if licence.revoked_at:
        return None
    current = Certificate.objects.filter(licence=licence, superseded_at__isnull=True).first()
    if current is not None and current.expires_on == licence.renew_by:
        return certificate_pdf_render(certificate=current)
    licensed_on = licence.last_renewed_on or licence.licensed_on
    partnership = licence.licence_type.partnership
    with transaction.atomic():
        if current is not None:
            retired = Certificate.objects.filter(pk=current.pk, superseded_at__isnull=True)
            if not retired.update(superseded_at=timezone.now()):
                return Certificate.objects.get(licence=licence, superseded_at__isnull=True)
        try:
            issued = _create_with_code(
                kind=CertificateKind.LICENCE,
                licence=licence,
                learner=licence.person,
                course=None,
                agency=licence.agency,
                partnership=partnership,
                learner_name=licence.person.get_full_name() or "Name not given",
                course_title=licence.licence_type.name,
                completed_at=timezone.make_aware(
                    datetime.combine(licensed_on, datetime.min.time())
                ),
                cpd_minutes=0,
                score=None,
                expires_on=licence.renew_by,
                **_branding(partnership),
            )
        except IntegrityError:
            return Certificate.objects.get(licence=licence, superseded_at__isnull=True)
        if current is not None:
            Certificate.objects.filter(pk=current.pk).update(superseded_by=issued)
    return certificate_pdf_render(certificate=issued)


def licence_certificate_withdraw(*, licence: Licence, by: User | None) -> Certificate | None:
    """The licence was revoked: revoke its current certificate with the same reason, so
    verifying it says so at once. Nothing to do (None) if it has none."""
    current = Certificate.objects.filter(
        licence=licence, superseded_at__isnull=True, revoked_at__isnull=True
    ).first()
    if current is None:
        return None
    with transaction.atomic():
        locked = Certificate.objects.select_for_update().get(pk=current.pk)
        if locked.revoked_at:
            return locked
        locked.revoked_at = timezone.now()
        locked.revoked_by = by
        locked.revocation_reason = licence.revocation_reason or "licence revoked"
        locked.save(update_fields=["revoked_at", "revoked_by", "revocation_reason"])
        audit_record(
            actor=by,
            action="certificate.revoke",
            subject=locked.learner,
            agency=locked.agency,
            obj=locked,
            detail={"code": locked.code, "reason": locked.revocation_reason, "licence": licence.pk},
        )
    return locked


def certificate_pdf_render(*, certificate: Certificate) -> Certificate:
    """Render and store the PDF if the certificate has none; never replace one.

    Rendering happens outside any lock (it takes a while); storing happens under a row
    lock, so if two renderers race only the first document is kept.
    """
    if certificate.pdf:
        return certificate
    content = certificate_pdf(certificate)
    with transaction.atomic():
        locked = Certificate.objects.select_for_update().get(pk=certificate.pk)
        if not locked.pdf:
            # The stored name is a random token (`certificates.storage`), not the code.
            locked.pdf.save("certificate.pdf", ContentFile(content), save=False)
            Certificate.objects.filter(pk=locked.pk).update(pdf=locked.pdf.name)
    locked.refresh_from_db()
    return locked


def public_certificate_issue(
    *,
    name: str,
    course,
    completed_at: datetime,
    reference: str = "",
    partnership: Partnership | None = None,
) -> Certificate:
    """A public awareness certificate for someone with no account (the open course).

    With a `reference` (the open-course record), asking again returns the same
    certificate. The PDF is rendered at once, so the page can offer it straight away.
    """
    name = " ".join((name or "").split())
    if not name:
        raise CertificateRejected("Enter the name to print on the certificate", field="name")
    if len(name) > 150:
        raise CertificateRejected("Name must be 150 characters or fewer", field="name")
    if reference:
        existing = Certificate.objects.filter(
            kind=CertificateKind.PUBLIC, course=course, reference=reference
        ).first()
        if existing:
            return certificate_pdf_render(certificate=existing)
    partnership = partnership or _default_partnership()
    try:
        certificate = _create_with_code(
            kind=CertificateKind.PUBLIC,
            course=course,
            partnership=partnership,
            learner_name=name,
            course_title=course.title,
            completed_at=completed_at,
            cpd_minutes=0,
            expires_on=None,
            reference=reference,
            **_branding(partnership),
        )
    except IntegrityError:
        certificate = Certificate.objects.get(
            kind=CertificateKind.PUBLIC, course=course, reference=reference
        )
    return certificate_pdf_render(certificate=certificate)


def certificate_reissue(*, certificate: Certificate, name_change: NameChangeRequest) -> Certificate:
    """A new certificate in the approved new name; the old one is marked superseded.

    Only an approved `NameChangeRequest` re-issues (see `name_change_approve`): the new
    certificate points at it, so its verification page can say why it was re-issued.
    """
    with transaction.atomic():
        old = Certificate.objects.select_for_update().get(pk=certificate.pk)
        if old.superseded_at or old.revoked_at:
            raise CertificateRejected(
                "This certificate has already been replaced or revoked, so it cannot be re-issued."
            )
        now = timezone.now()
        Certificate.objects.filter(pk=old.pk).update(superseded_at=now)
        new = _create_with_code(
            kind=old.kind,
            completion_id=old.completion_id,
            booking_id=old.booking_id,
            licence_id=old.licence_id,
            learner_id=old.learner_id,
            course_id=old.course_id,
            agency_id=old.agency_id,
            partnership_id=old.partnership_id,
            learner_name=name_change.new_name,
            course_title=old.course_title,
            partnership_name=old.partnership_name,
            completed_at=old.completed_at,
            cpd_minutes=old.cpd_minutes,
            score=old.score,
            expires_on=old.expires_on,
            signatory_name=old.signatory_name,
            signatory_role=old.signatory_role,
            issued_at=now,
            name_change=name_change,
        )
        Certificate.objects.filter(pk=old.pk).update(superseded_by=new)
        audit_record(
            actor=name_change.decided_by,
            action="certificate.reissue",
            subject=new.learner,
            agency=new.agency,
            obj=new,
            detail={
                "code": new.code,
                "replaces": old.code,
                "old_name": old.learner_name,
                "new_name": new.learner_name,
                "name_change": name_change.pk,
            },
        )
    _queue_render(new.pk)
    return new


def _clean_name(first_name: str, last_name: str) -> tuple[str, str]:
    first_name = " ".join((first_name or "").split())
    last_name = " ".join((last_name or "").split())
    if not first_name:
        raise CertificateRejected("Enter your first name", field="first_name")
    if not last_name:
        raise CertificateRejected("Enter your last name", field="last_name")
    for field, value, label in (
        ("first_name", first_name, "First name"),
        ("last_name", last_name, "Last name"),
    ):
        if len(value) > 150:
            raise CertificateRejected(f"{label} must be 150 characters or fewer", field=field)
    return first_name, last_name


def name_change_request(
    *, learner: User, first_name: str, last_name: str
) -> NameChangeRequest | None:
    """A learner asks to change the name printed on their certificates.

    With no current certificate in another name the account's name simply changes (None
    is returned). Otherwise the change waits for their agency lead or partnership manager
    (`name_change_approve`), so issued certificates are never re-issued in any name a
    learner types; one request waits at a time (a unique constraint).
    """
    first_name, last_name = _clean_name(first_name, last_name)
    new_name = f"{first_name} {last_name}"
    with transaction.atomic():
        learner = User.objects.select_for_update().get(pk=learner.pk)
        pending = NameChangeRequest.objects.filter(
            learner=learner, decision=NameChangeDecision.PENDING
        ).first()
        if pending is not None:
            raise CertificateRejected(
                f"You have already asked to change your name to {pending.new_name}. Wait for "
                "it to be approved, or withdraw it first.",
                field="first_name",
            )
        touched = list(certificates_needing_name(learner=learner, name=new_name))
        if not touched:
            if learner.get_full_name() == new_name:
                raise CertificateRejected(f"Your name is already {new_name}", field="first_name")
            User.objects.filter(pk=learner.pk).update(first_name=first_name, last_name=last_name)
            return None
        current = learner.get_full_name()
        # The name being replaced: the account's, or (if an administrator already changed
        # the account) the one printed on the certificates.
        old_name = current if current != new_name else touched[0].learner_name
        try:
            with transaction.atomic():
                request = NameChangeRequest.objects.create(
                    learner=learner,
                    old_name=old_name,
                    new_first_name=first_name,
                    new_last_name=last_name,
                    requested_by=learner,
                )
        except IntegrityError:
            raise CertificateRejected(
                "You have already asked to change your name. Wait for it to be approved, "
                "or withdraw it first.",
                field="first_name",
            ) from None
        audit_record(
            actor=learner,
            action="certificate.name_change_request",
            subject=learner,
            obj=request,
            detail={
                "old_name": old_name,
                "new_name": new_name,
                "certificates": [c.code for c in touched],
            },
        )
    return request


def certificate_reissue_request(
    *, certificate: Certificate, requested_by: User
) -> NameChangeRequest | None:
    """A learner asks for a certificate in their account's current name (an administrator
    changed it): like any change of name on issued certificates, it waits for approval."""
    if certificate.learner_id != requested_by.pk:
        raise CertificateRejected("You can only ask for your own certificates to be re-issued.")
    if certificate.superseded_at or certificate.revoked_at:
        raise CertificateRejected(
            "This certificate has already been replaced or revoked, so it cannot be re-issued."
        )
    if certificate.learner_name == requested_by.get_full_name():
        raise CertificateRejected(
            "Your name is the same as on the certificate. Change your name first, then ask "
            "for a new certificate.",
            field="name",
        )
    return name_change_request(
        learner=requested_by,
        first_name=requested_by.first_name,
        last_name=requested_by.last_name,
    )


def name_change_withdraw(*, request: NameChangeRequest, learner: User) -> NameChangeRequest:
    """The learner takes back their own request while it waits."""
    with transaction.atomic():
        locked = NameChangeRequest.objects.select_for_update().get(pk=request.pk)
        if locked.learner_id != learner.pk:
            raise CertificateRejected("You can only withdraw your own request.")
        if not locked.is_pending:
            raise CertificateRejected("This request has already been decided.")
        locked.decision = NameChangeDecision.WITHDRAWN
        locked.decided_at = timezone.now()
        locked.decided_by = learner
        locked.save(update_fields=["decision", "decided_at", "decided_by"])
        audit_record(
            actor=learner,
            action="certificate.name_change_withdraw",
            subject=learner,
            obj=locked,
            detail={"old_name": locked.old_name, "new_name": locked.new_name},
        )
    return locked


def _locked_pending_request(*, request: NameChangeRequest, decided_by: User) -> NameChangeRequest:
    """The request, locked, if `decided_by` may decide it: in their scope, not their own."""
    locked = (
        NameChangeRequest.objects.select_for_update(of=("self",))
        .select_related("learner")
        .get(pk=request.pk)
    )
    scope = scope_for(decided_by)
    if scope.is_empty or not scope.includes_agency(locked.learner.agency_id):
        raise CertificateRejected("You can only decide name changes for people in your scope.")
    if locked.learner_id == decided_by.pk:
        raise CertificateRejected(
            "You cannot approve or decline a change to your own name: another lead, "
            "manager or administrator must."
        )
    if not locked.is_pending:
        raise CertificateRejected(
            f"This request has already been {locked.get_decision_display().lower()}."
        )
    return locked


def name_change_approve(*, request: NameChangeRequest, decided_by: User) -> list[Certificate]:
    """Approve a name change: the account takes the new name and each current certificate
    in another name is re-issued in it (the old ones are marked superseded)."""
    with transaction.atomic():
        locked = _locked_pending_request(request=request, decided_by=decided_by)
        learner = locked.learner
        locked.decision = NameChangeDecision.APPROVED
        locked.decided_at = timezone.now()
        locked.decided_by = decided_by
        locked.save(update_fields=["decision", "decided_at", "decided_by"])
        User.objects.filter(pk=learner.pk).update(
            first_name=locked.new_first_name, last_name=locked.new_last_name
        )
        stale = list(certificates_needing_name(learner=learner, name=locked.new_name))
        audit_record(
            actor=decided_by,
            action="certificate.name_change_approve",
            subject=learner,
            obj=locked,
            detail={
                "old_name": locked.old_name,
                "new_name": locked.new_name,
                "certificates": [c.code for c in stale],
            },
        )
        reissued = [
            certificate_reissue(certificate=certificate, name_change=locked)
            for certificate in stale
        ]
    logger.info("Name change %s approved by user %s", locked.pk, decided_by.pk)
    return reissued


def name_change_decline(
    *, request: NameChangeRequest, decided_by: User, reason: str
) -> NameChangeRequest:
    """Decline a name change, saying why; the name and certificates stay as they are."""
    reason = (reason or "").strip()
    if not reason:
        raise CertificateRejected("Enter the reason for declining the change", field="reason")
    if len(reason) > 1000:
        raise CertificateRejected("Reason must be 1000 characters or fewer", field="reason")
    with transaction.atomic():
        locked = _locked_pending_request(request=request, decided_by=decided_by)
        locked.decision = NameChangeDecision.DECLINED
        locked.decided_at = timezone.now()
        locked.decided_by = decided_by
        locked.reason = reason
        locked.save(update_fields=["decision", "decided_at", "decided_by", "reason"])
        audit_record(
            actor=decided_by,
            action="certificate.name_change_decline",
            subject=locked.learner,
            obj=locked,
            detail={"old_name": locked.old_name, "new_name": locked.new_name, "reason": reason},
        )
    return locked


def _queue_render(certificate_id: int) -> None:
    # Cycle: the tasks call these services, so they are imported when first queued.
    from certificates.tasks import render_certificate_pdf

    def send() -> None:
        try:
            render_certificate_pdf.delay(certificate_id)
        except Exception:
            # The sweeper renders any certificate still without a PDF.
            logger.warning("Could not queue rendering of certificate %s", certificate_id)

    transaction.on_commit(send)


def certificate_revoke(
    *,
    certificate: Certificate,
    revoked_by: User,
    reason: str,
    check_scope: bool = True,
    supersede: bool = False,
) -> Certificate:
    """Revoke a certificate, recording who, when and why. Leads and managers, in scope.

    `check_scope=False` is for a revocation another rule has already authorised (a
    register correction by whoever may take that register, trainers included).
    `supersede=True` also retires it as the current certificate, so a new one may be
    issued later (one current certificate per booking or completion)."""
    scope = scope_for(revoked_by)
    if check_scope and (scope.is_empty or not scope.includes_agency(certificate.agency_id)):
        raise CertificateRejected("You can only revoke certificates for people in your scope.")
    reason = (reason or "").strip()
    if len(reason) < 10:
        raise CertificateRejected(
            "Enter the reason for revoking the certificate, in at least 10 characters",
            field="reason",
        )
    if len(reason) > 1000:
        raise CertificateRejected("Reason must be 1000 characters or fewer", field="reason")
    with transaction.atomic():
        locked = Certificate.objects.select_for_update().get(pk=certificate.pk)
        if locked.revoked_at:
            raise CertificateRejected("This certificate has already been revoked.")
        now = timezone.now()
        locked.revoked_at = now
        locked.revoked_by = revoked_by
        locked.revocation_reason = reason
        fields = ["revoked_at", "revoked_by", "revocation_reason"]
        if supersede and locked.superseded_at is None:
            locked.superseded_at = now
            fields.append("superseded_at")
        locked.save(update_fields=fields)
        audit_record(
            actor=revoked_by,
            action="certificate.revoke",
            subject=locked.learner,
            agency=locked.agency,
            obj=locked,
            detail={"code": locked.code, "reason": reason},
        )
    logger.info("Certificate %s revoked by user %s", locked.code, revoked_by.pk)
    return locked


ATTENDANCE_CORRECTED = "attendance corrected"


def attendance_certificate_withdraw(*, booking: Booking, by: User) -> Certificate | None:
    """Revoke the current certificate of attendance of a booking no longer marked
    attended (reason "attendance corrected"), retiring it so that marking attended again
    issues a new one. Nothing to do (None) if it has none or is attended again."""
    with transaction.atomic():
        booking = Booking.objects.select_for_update().get(pk=booking.pk)
        if booking.attendance == Attendance.ATTENDED:
            return None  # corrected back before we got here: the certificate stands
        current = Certificate.objects.filter(
            booking=booking, superseded_at__isnull=True, revoked_at__isnull=True
        ).first()
        if current is None:
            return None
        return certificate_revoke(
            certificate=current,
            revoked_by=by,
            reason=ATTENDANCE_CORRECTED,
            check_scope=False,
            supersede=True,
        )


def certificates_issue_missing(*, limit: int | None = None) -> int:
    """Issue every certificate that is owed (up to `limit`), and render missing PDFs.

    Run by the beat sweeper and `manage.py issue_missing_certificates`, so a completion
    committed while the broker or worker was down still gets its certificate. Oldest
    first; the beat passes a limit so one run stays short and the next carries on.
    """
    has_current = Certificate.objects.filter(completion=OuterRef("pk"), superseded_at__isnull=True)
    owed = completions_not_held(CourseCompletion.objects.filter(~Exists(has_current))).order_by(
        "pk"
    )
    if limit is not None:
        owed = owed[:limit]
    issued = 0
    for completion in owed:
        if certificate_issue(completion=completion) is not None:
            issued += 1
    has_attendance = Certificate.objects.filter(booking=OuterRef("pk"), superseded_at__isnull=True)
    attended = bookings_not_held(
        Booking.objects.filter(attendance=Attendance.ATTENDED).filter(~Exists(has_attendance))
    ).order_by("pk")
    if limit is not None:
        attended = attended[:limit]
    for booking in attended:
        if attendance_certificate_issue(booking=booking) is not None:
            issued += 1
    has_licence_certificate = Certificate.objects.filter(
        licence=OuterRef("pk"), superseded_at__isnull=True
    )
    licences = (
        Licence.objects.filter(revoked_at__isnull=True)
        .filter(~Exists(has_licence_certificate))
        .order_by("pk")
    )
    if limit is not None:
        licences = licences[:limit]
    for licence in licences:
        if licence_certificate_issue(licence=licence) is not None:
            issued += 1
    unrendered = Certificate.objects.filter(pdf="").order_by("pk")
    if limit is not None:
        unrendered = unrendered[:limit]
    for certificate in unrendered:
        certificate_pdf_render(certificate=certificate)
    return issued


# --- Bulk download -------------------------------------------------------------------


def certificate_export_request(
    *,
    requested_by: User,
    course=None,
    agency=None,
    date_from: date | None = None,
    date_to: date | None = None,
) -> CertificateExport:
    """Ask for a ZIP of certificates in the requester's scope; a Celery task builds it."""
    scope = scope_for(requested_by)
    if scope.is_empty:
        raise CertificateRejected("Only agency leads and partnership managers can download.")
    if agency is not None and not scope.includes_agency(agency.pk):
        raise CertificateRejected("Choose an agency in your scope", field="agency")
    if date_from and date_to and date_from > date_to:
        raise CertificateRejected("The 'from' date must be on or before the 'to' date", "date_to")
    with transaction.atomic():
        export = CertificateExport.objects.create(
            requested_by=requested_by,
            course=course,
            agency=agency,
            date_from=date_from,
            date_to=date_to,
        )
        audit_record(
            actor=requested_by,
            action="certificate.export_create",
            agency=agency or requested_by.agency,
            obj=export,
            detail={
                "export": export.pk,
                "course": getattr(course, "pk", None),
                "agency": getattr(agency, "pk", None),
                "date_from": date_from.isoformat() if date_from else None,
                "date_to": date_to.isoformat() if date_to else None,
            },
        )

    def send() -> None:
        # Cycle: the tasks call these services, so they are imported when first queued.
        from certificates.tasks import build_certificate_export

        try:
            build_certificate_export.delay(export.pk)
        except Exception:
            logger.exception("Could not queue certificate export %s", export.pk)
            CertificateExport.objects.filter(pk=export.pk).update(
                state=CertificateExport.State.FAILED,
                error="The download could not be started. Try again in a few minutes.",
            )

    transaction.on_commit(send)
    return export


def certificate_export_build(*, export: CertificateExport) -> CertificateExport:
    """Build the ZIP, counting progress as it goes; a finished export is left alone."""

    if export.state in (CertificateExport.State.READY, CertificateExport.State.EXPIRED):
        return export
    if export.is_expired:
        # Queued so long ago that its file would already be due for deletion.
        CertificateExport.objects.filter(pk=export.pk).update(state=CertificateExport.State.EXPIRED)
        export.refresh_from_db()
        return export
    certificates = list(
        certificates_in_scope(
            user=export.requested_by,
            course=export.course,
            agency=export.agency,
            date_from=export.date_from,
            date_to=export.date_to,
        ).filter(revoked_at__isnull=True, superseded_at__isnull=True)
    )
    CertificateExport.objects.filter(pk=export.pk).update(
        state=CertificateExport.State.RUNNING, total=len(certificates), done=0
    )
    buffer = io.BytesIO()
    used: set[str] = set()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for number, certificate in enumerate(certificates, start=1):
            certificate = certificate_pdf_render(certificate=certificate)
            base = slugify(f"{certificate.learner_name} {certificate.course_title}")[:80]
            name = f"{base or 'certificate'}-{certificate.code}.pdf"
            if name not in used:
                used.add(name)
                with certificate.pdf.open("rb") as handle:
                    archive.writestr(name, handle.read())
            if number % 10 == 0 or number == len(certificates):
                CertificateExport.objects.filter(pk=export.pk).update(done=number)
    export.refresh_from_db()
    # Stored in the private storage under a random name (`certificates.storage`).
    export.file.save("certificates.zip", ContentFile(buffer.getvalue()), save=False)
    export.state = CertificateExport.State.READY
    export.done = export.total
    export.save(update_fields=["file", "state", "done"])
    return export


def certificate_export_open(*, export: CertificateExport, opened_by: User) -> File:
    """The ZIP, opened for `opened_by` (who may see the export: the selector decided), and
    the download audited. An expired export has no file to give."""
    if export.is_expired or export.state != CertificateExport.State.READY or not export.file:
        raise CertificateRejected(
            "This download has expired and its file has been deleted. Prepare a new one."
        )
    handle = export.file.open("rb")
    audit_record(
        actor=opened_by,
        action="certificate.export_download",
        agency=export.agency or opened_by.agency,
        obj=export,
        detail={"export": export.pk, "certificates": export.total},
    )
    return handle


def certificate_exports_expire(*, now: datetime | None = None) -> int:
    """Delete the ZIP of every export older than CERTIFICATE_EXPORT_RETENTION_DAYS and mark
    it expired; safe to run twice (the beat task `certificates-exports-expire`)."""
    now = now or timezone.now()
    cutoff = now - timedelta(days=settings.CERTIFICATE_EXPORT_RETENTION_DAYS)
    due = CertificateExport.objects.filter(requested_at__lte=cutoff).exclude(
        state=CertificateExport.State.EXPIRED
    )
    expired = 0
    for export in due.order_by("pk"):
        with transaction.atomic():
            locked = CertificateExport.objects.select_for_update().get(pk=export.pk)
            if locked.state == CertificateExport.State.EXPIRED:
                continue
            if locked.file:
                locked.file.delete(save=False)
            locked.file = ""
            locked.state = CertificateExport.State.EXPIRED
            locked.save(update_fields=["file", "state"])
        expired += 1
    return expired


def certificate_file_open(*, certificate: Certificate, opened_by: User) -> File:
    """A certificate's PDF, opened for `opened_by` (the views decide who may). A download
    by anyone other than its owner is audited."""
    if not certificate.pdf:
        raise CertificateRejected("This certificate is still being prepared. Try again soon.")
    handle = certificate.pdf.open("rb")
    if certificate.learner_id != opened_by.pk:
        audit_record(
            actor=opened_by,
            action="certificate.download",
            subject=certificate.learner,
            agency=certificate.agency,
            obj=certificate,
            detail={"code": certificate.code},
        )
    return handle


# --- Refresher reminders -------------------------------------------------------------


def _reminder_threshold(days_left: int) -> int | None:
    """The most urgent threshold a certificate has reached (14 beats 60), if any."""
    reached = [d for d in settings.REFRESHER_REMINDER_DAYS if days_left <= d]
    return min(reached) if reached else None


def refresher_reminders_send(*, today: date | None = None) -> int:
    """Email learners whose certificate expires soon: once at 60 days, once at 14.

    Each reminder is claimed by inserting its unique row in the same transaction that
    sends the email, so a second run (or a retry) finds it taken and sends nothing. A
    learner who missed the 60-day run (beat was down) gets only the more urgent one.
    """
    today = today or timezone.localdate()
    horizon = today + timedelta(days=max(settings.REFRESHER_REMINDER_DAYS))
    newer_run = CourseCompletion.objects.filter(
        learner=OuterRef("completion__learner"),
        course=OuterRef("completion__course"),
        run__gt=OuterRef("completion__run"),
    )
    due = (
        Certificate.objects.filter(
            kind=CertificateKind.PRACTITIONER,
            revoked_at__isnull=True,
            superseded_at__isnull=True,
            expires_on__gt=today,
            expires_on__lte=horizon,
            learner__is_active=True,
        )
        .exclude(Exists(newer_run))
        .select_related("learner", "course", "completion", "partnership")
        .order_by("expires_on")
    )
    sent = 0
    for certificate in due:
        days_left = (certificate.expires_on - today).days
        threshold = _reminder_threshold(days_left)
        if threshold is None:
            continue
        try:
            with transaction.atomic():
                RefresherReminder.objects.create(
                    completion_id=certificate.completion_id, days_before=threshold
                )
                _send_reminder_email(certificate=certificate, days_left=days_left)
        except IntegrityError:
            continue
        sent += 1
    return sent


def _absolute(url: str, base: str) -> str:
    return url if url.startswith(("http://", "https://")) else base + url


def _send_reminder_email(*, certificate: Certificate, days_left: int) -> None:
    # The learner's partnership's own site, where one exists (issue 16).
    base = (
        partnership_site_url(partnership=certificate.partnership) or settings.CERTIFICATES_BASE_URL
    ).rstrip("/")
    context = {
        "certificate": certificate,
        "learner": certificate.learner,
        "days_left": days_left,
        "course_url": _absolute(certificate.course.get_url() or "/", base),
        "my_learning_url": base + "/my-learning/",
    }
    subject = (
        f"Your {certificate.course_title} certificate expires on "
        f"{dateformat.format(certificate.expires_on, 'j F Y')}"
    )
    message = EmailMultiAlternatives(
        subject=subject,
        body=render_to_string("certificates/email/refresher_reminder.txt", context),
        to=[certificate.learner.email],
    )
    message.attach_alternative(
        render_to_string("certificates/email/refresher_reminder.html", context), "text/html"
    )
    message.send()


# --- Moving files issued before the private storage ------------------------------------

# Where certificates and exports used to be kept in the public (default) storage.
PUBLIC_FOLDERS = ("certificates", "certificate-exports")


def _walk(storage: Storage, folder: str):
    try:
        folders, files = storage.listdir(folder)
    except (FileNotFoundError, NotADirectoryError):
        return
    for name in files:
        yield f"{folder}/{name}"
    for sub in folders:
        yield from _walk(storage, f"{folder}/{sub}")


def _move(public: Storage, name: str, new_name: str) -> str:
    private = private_storage()
    with public.open(name, "rb") as handle:
        stored = private.save(new_name, handle)
    public.delete(name)
    return stored


def certificate_files_make_private(*, public: Storage | None = None) -> dict[str, int]:
    """Move every certificate PDF and export ZIP still in the public storage (issued before
    files were private) into the private one under a random name; re-render a PDF whose
    file is lost, delete expired exports, and delete whatever else is left in the old
    public folders. Safe to run again: a second run finds nothing to move.
    (`manage.py make_certificate_files_private`.)"""
    public = public or storages["default"]
    private = storages["private"]
    if public is private:
        raise CertificateRejected('STORAGES["private"] must not be the default storage.')
    counts = {"moved": 0, "renamed": 0, "rerendered": 0, "exports_moved": 0, "deleted": 0}
    for certificate in Certificate.objects.exclude(pdf="").order_by("pk").iterator():
        name = certificate.pdf.name
        new_name = None
        if public.exists(name):
            new_name = _move(public, name, certificate_pdf_name(certificate, name))
            counts["moved"] += 1
        elif not private.exists(name):
            Certificate.objects.filter(pk=certificate.pk).update(pdf="")
            certificate.pdf = ""
            certificate_pdf_render(certificate=certificate)
            counts["rerendered"] += 1
        elif certificate.code in name:
            # Private already, but named after its public code: give it a random name.
            with private.open(name, "rb") as handle:
                new_name = private.save(certificate_pdf_name(certificate, name), handle)
            private.delete(name)
            counts["renamed"] += 1
        if new_name:
            Certificate.objects.filter(pk=certificate.pk).update(pdf=new_name)
    certificate_exports_expire()
    for export in CertificateExport.objects.exclude(file="").order_by("pk"):
        name = export.file.name
        if public.exists(name):
            new_name = _move(public, name, certificate_export_name(export, name))
            CertificateExport.objects.filter(pk=export.pk).update(file=new_name)
            counts["exports_moved"] += 1
    # Anything still there (a renderer that lost a race, a deleted row's file) goes too.
    for folder in PUBLIC_FOLDERS:
        for name in list(_walk(public, folder)):
            public.delete(name)
            counts["deleted"] += 1
    return counts
