"""Services and selectors for the public section's records: employer codes and links,
the employer's private report, and counting open-course completions once.

Codes and links are checked here, in one place, so the course pages, the join link and
the tests all get the same clear message for a forged, tampered or expired code.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass
from datetime import date, datetime

from django.core import signing
from django.db import IntegrityError, transaction
from django.db.models import Count, Q, QuerySet
from django.db.models.functions import TruncMonth
from django.utils import timezone
from django.utils.crypto import constant_time_compare

from .models import Employer, EmployerSector, OpenCourseCompletion
from .selectors import ScopeLevel, scope_for

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


class EmployerCodeRejected(Exception):
    """An employer code or join link that cannot be used; `message` says why, plainly."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class EmployerReportRejected(Exception):
    """A private report link that is not valid (tampered, or revoked)."""


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
    from .models.public import new_report_key

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


# --- Reads --------------------------------------------------------------------------


def employers_in_scope(*, user) -> QuerySet[Employer]:
    """Employers a person may manage and report on: a partnership manager's own
    partnership's, every employer for an administrator, none for anyone else."""
    scope = scope_for(user)
    qs = Employer.objects.select_related("partnership")
    if scope.level is ScopeLevel.ALL:
        return qs
    if scope.level is ScopeLevel.PARTNERSHIP:
        return qs.filter(partnership_id=scope.partnership_id)
    return qs.none()


def can_manage_employers(user) -> bool:
    return scope_for(user).level in (ScopeLevel.ALL, ScopeLevel.PARTNERSHIP)


def completions_by_employer(*, user) -> QuerySet[Employer]:
    """Each in-scope employer with its count of completions (total and this month)."""
    start_of_month = timezone.localdate().replace(day=1)
    return (
        employers_in_scope(user=user)
        .annotate(
            completions_total=Count("completions"),
            completions_this_month=Count(
                "completions", filter=Q(completions__completed_at__date__gte=start_of_month)
            ),
        )
        .order_by("partnership__name", "name")
    )


@dataclass(frozen=True)
class SectorCount:
    sector: str
    label: str
    employers: int
    completions: int


def completions_by_sector(*, user) -> list[SectorCount]:
    """Completions counted by the employer's sector, within the person's scope."""
    rows = (
        employers_in_scope(user=user)
        .values("sector")
        .annotate(employers=Count("pk", distinct=True), completions=Count("completions"))
        .order_by("sector")
    )
    labels = dict(EmployerSector.choices)
    return [
        SectorCount(
            sector=row["sector"],
            label=labels.get(row["sector"], row["sector"]),
            employers=row["employers"],
            completions=row["completions"],
        )
        for row in rows
    ]


def completions_without_employer_count(*, user) -> int:
    """Completions by people who gave no employer code (administrators only: they belong
    to no partnership)."""
    if scope_for(user).level is not ScopeLevel.ALL:
        return 0
    return OpenCourseCompletion.objects.filter(employer__isnull=True).count()


def employer_completions_by_month(*, employer: Employer) -> list[dict]:
    """The employer's completions counted per calendar month, newest first."""
    rows = (
        OpenCourseCompletion.objects.filter(employer=employer)
        .annotate(month=TruncMonth("completed_at"))
        .values("month")
        .annotate(completions=Count("pk"))
        .order_by("-month")
    )
    return list(rows)


def employer_named_completions(*, employer: Employer) -> QuerySet[OpenCourseCompletion]:
    """Completions where the worker chose to type their name (for a certificate)."""
    return (
        OpenCourseCompletion.objects.filter(employer=employer)
        .exclude(name="")
        .only("name", "completed_at")
        .order_by("-completed_at")
    )
