"""Writes about certificates: issue, render once, re-issue, revoke, export, remind.

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
from django.core.files.base import ContentFile
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
    RefresherReminder,
)
from certificates.rendering import certificate_pdf
from certificates.selectors import certificates_in_scope
from learning.people.models import Partnership, User
from learning.people.scope import scope_for
from learning.progress.models import CourseCompletion
from learning.progress.rules import completion_expires_on

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


def certificate_issue(*, completion: CourseCompletion) -> Certificate:
    """The one current certificate for a completion, issuing (and rendering) it if owed.

    Concurrent callers race on the database constraint; the loser gets the winner's
    certificate. The PDF is rendered separately, once (see `certificate_pdf_render`).
    """
    current = Certificate.objects.filter(completion=completion, superseded_at__isnull=True).first()
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
            locked.pdf.save(f"{certificate.code}.pdf", ContentFile(content), save=False)
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


def certificate_reissue(*, certificate: Certificate, requested_by: User) -> Certificate:
    """A new certificate in the learner's current name; the old one is marked superseded.

    Only the learner may ask, only for their current certificate, and only when the
    name has changed (otherwise the new document would be identical).
    """
    if certificate.learner_id != requested_by.pk:
        raise CertificateRejected("You can only ask for your own certificates to be re-issued.")
    new_name = requested_by.get_full_name()
    with transaction.atomic():
        old = Certificate.objects.select_for_update().get(pk=certificate.pk)
        if old.superseded_at or old.revoked_at:
            raise CertificateRejected(
                "This certificate has already been replaced or revoked, so it cannot be re-issued."
            )
        if old.learner_name == new_name:
            raise CertificateRejected(
                "Your name is the same as on the certificate. Change your name in your "
                "account first, then ask for a new certificate.",
                field="name",
            )
        now = timezone.now()
        Certificate.objects.filter(pk=old.pk).update(superseded_at=now)
        new = _create_with_code(
            kind=old.kind,
            completion_id=old.completion_id,
            learner_id=old.learner_id,
            course_id=old.course_id,
            agency_id=old.agency_id,
            partnership_id=old.partnership_id,
            learner_name=new_name,
            course_title=old.course_title,
            partnership_name=old.partnership_name,
            completed_at=old.completed_at,
            cpd_minutes=old.cpd_minutes,
            score=old.score,
            expires_on=old.expires_on,
            signatory_name=old.signatory_name,
            signatory_role=old.signatory_role,
        )
        Certificate.objects.filter(pk=old.pk).update(superseded_by=new)
    _queue_render(new.pk)
    return new


def certificate_name_change(*, learner: User, first_name: str, last_name: str) -> list[Certificate]:
    """Change the name a learner wants printed, and re-issue each current certificate in it.

    Old certificates stay verifiable and say they were replaced; revoked ones are left as
    they are (a new name does not undo a revocation).
    """
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
    with transaction.atomic():
        User.objects.filter(pk=learner.pk).update(first_name=first_name, last_name=last_name)
        learner.first_name, learner.last_name = first_name, last_name
        new_name = learner.get_full_name()
        stale = Certificate.objects.filter(
            learner=learner, superseded_at__isnull=True, revoked_at__isnull=True
        ).exclude(learner_name=new_name)
        return [
            certificate_reissue(certificate=certificate, requested_by=learner)
            for certificate in stale
        ]


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


def certificate_revoke(*, certificate: Certificate, revoked_by: User, reason: str) -> Certificate:
    """Revoke a certificate, recording who, when and why. Leads and managers, in scope."""
    scope = scope_for(revoked_by)
    if scope.is_empty or not scope.includes_agency(certificate.agency_id):
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
        locked.revoked_at = timezone.now()
        locked.revoked_by = revoked_by
        locked.revocation_reason = reason
        locked.save(update_fields=["revoked_at", "revoked_by", "revocation_reason"])
    logger.info("Certificate %s revoked by user %s", locked.code, revoked_by.pk)
    return locked


def certificates_issue_missing(*, limit: int | None = None) -> int:
    """Issue every certificate that is owed (up to `limit`), and render missing PDFs.

    Run by the beat sweeper and `manage.py issue_missing_certificates`, so a completion
    committed while the broker or worker was down still gets its certificate. Oldest
    first; the beat passes a limit so one run stays short and the next carries on.
    """
    has_current = Certificate.objects.filter(completion=OuterRef("pk"), superseded_at__isnull=True)
    owed = CourseCompletion.objects.filter(~Exists(has_current)).order_by("pk")
    if limit is not None:
        owed = owed[:limit]
    issued = 0
    for completion in owed:
        certificate_issue(completion=completion)
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
    export = CertificateExport.objects.create(
        requested_by=requested_by,
        course=course,
        agency=agency,
        date_from=date_from,
        date_to=date_to,
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

    if export.state == CertificateExport.State.READY:
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
    export.file.save(f"certificates-{export.pk}.zip", ContentFile(buffer.getvalue()), save=False)
    export.state = CertificateExport.State.READY
    export.done = export.total
    export.save(update_fields=["file", "state", "done"])
    return export


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
        .select_related("learner", "course", "completion")
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
    base = settings.CERTIFICATES_BASE_URL.rstrip("/")
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
