"""Writes about the public section's records: employer codes, join links and private
report links (checked here, in one place, so every page gives the same clear message for
a forged, expired or revoked one), and recording an open-course completion once."""

from __future__ import annotations

import base64
from datetime import date, datetime

from django.core import signing
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.crypto import constant_time_compare

from learning.exceptions import EmployerCodeRejected, EmployerReportRejected
from learning.public.models import Employer, OpenCourseCompletion, new_report_key

JOIN_SALT = "learning.public.employer-join"
REPORT_SALT = "learning.public.employer-report"


def _url_safe(signed: str) -> str:
    """Wagtail serves page paths made only of letters, digits, '_' and '-', so a signed
    value (which contains ':') is wrapped in base64url to travel in a page route."""
    return base64.urlsafe_b64encode(signed.encode()).decode().rstrip("=")


def _from_url_safe(token: str) -> str:
    try:
        padded = token + "=" * (-len(token) % 4)
        return base64.urlsafe_b64decode(padded.encode()).decode()
    except (ValueError, UnicodeDecodeError):
        raise signing.BadSignature("Not a token") from None


def join_code_normalise(code: str) -> str:
    """Codes are read out and typed on phones: ignore case, spaces and dashes."""
    return "".join(ch for ch in (code or "").upper() if ch.isalnum())


def employer_for_code(*, code: str, today: date | None = None) -> Employer:
    """The employer whose join code this is, or EmployerCodeRejected with the reason."""
    normalised = join_code_normalise(code)
    if not normalised:
        raise EmployerCodeRejected("Enter your employer code, or leave it blank.")
    if len(normalised) > 16:
        raise EmployerCodeRejected(
            "Employer code must be 16 letters or numbers or fewer. Check the code your "
            "employer gave you."
        )
    employer = Employer.objects.filter(join_code=normalised).first()
    if employer is None:
        raise EmployerCodeRejected(
            "We do not recognise that employer code. Check the code your employer gave you, "
            "or leave it blank."
        )
    if employer.is_code_expired(today=today):
        raise EmployerCodeRejected(
            "That employer code has expired. Ask your employer for a new code, or leave it blank."
        )
    return employer


def employer_join_token(employer: Employer) -> str:
    """The signed part of the employer's join link. Changing the code revokes old links."""
    return _url_safe(signing.dumps({"e": employer.pk, "c": employer.join_code}, salt=JOIN_SALT))


def employer_for_join_token(*, token: str, today: date | None = None) -> Employer:
    """The employer a join link is for, or EmployerCodeRejected saying why not."""
    tampered = EmployerCodeRejected(
        "This employer link is not valid. Check you copied all of it, or type your "
        "employer code instead."
    )
    try:
        data = signing.loads(_from_url_safe(token), salt=JOIN_SALT)
    except signing.BadSignature:
        raise tampered from None
    employer = Employer.objects.filter(pk=data.get("e")).first()
    if employer is None or not constant_time_compare(employer.join_code, str(data.get("c"))):
        raise EmployerCodeRejected(
            "This employer link no longer works. Ask your employer for a new link or code."
        )
    if employer.is_code_expired(today=today):
        raise EmployerCodeRejected(
            "This employer link has expired. Ask your employer for a new link or code."
        )
    return employer


def employer_report_token(employer: Employer) -> str:
    """The private report link's token; it names the employer and its current report key."""
    return _url_safe(signing.dumps({"e": employer.pk, "k": employer.report_key}, salt=REPORT_SALT))


def employer_for_report_token(*, token: str) -> Employer:
    try:
        data = signing.loads(_from_url_safe(token), salt=REPORT_SALT)
    except signing.BadSignature:
        raise EmployerReportRejected from None
    employer = Employer.objects.select_related("partnership").filter(pk=data.get("e")).first()
    if employer is None or not constant_time_compare(employer.report_key, str(data.get("k"))):
        raise EmployerReportRejected
    return employer


def employer_report_key_rotate(*, employer: Employer) -> Employer:
    """Revoke the employer's private report link and make a new one."""

    employer.report_key = new_report_key()
    employer.save(update_fields=["report_key"])
    return employer


def open_course_completion_record(
    *,
    course,
    visitor_key: str,
    employer: Employer | None = None,
    score: int | None = None,
    completed_at: datetime | None = None,
) -> tuple[OpenCourseCompletion, bool]:
    """Count a visitor's completion of the open course exactly once.

    The unique (course, visitor_key) constraint settles repeated and concurrent posts:
    the loser gets the existing record back and `created` False.
    """
    if not visitor_key:
        raise ValueError("A visitor key is needed to count a completion once.")
    try:
        with transaction.atomic():
            completion = OpenCourseCompletion.objects.create(
                course=course,
                visitor_key=visitor_key,
                employer=employer,
                score=score,
                completed_at=completed_at or timezone.now(),
            )
        return completion, True
    except IntegrityError:
        return OpenCourseCompletion.objects.get(course=course, visitor_key=visitor_key), False


def open_course_completion_name(
    *, completion: OpenCourseCompletion, name: str, certificate_reference: str = ""
) -> OpenCourseCompletion:
    """Keep the name a visitor chose to type for their certificate."""
    completion.name = name.strip()[:200]
    fields = ["name"]
    if certificate_reference:
        completion.certificate_reference = certificate_reference
        fields.append("certificate_reference")
    completion.save(update_fields=fields)
    return completion
