"""Reads about the public section's records: the employers a manager may see, and the
open-course completions counted by employer, by sector and by month."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Count, Q, QuerySet
from django.db.models.functions import TruncMonth
from django.utils import timezone

from learning.people.scope import ScopeLevel, scope_for
from learning.public.models import Employer, EmployerSector, OpenCourseCompletion

# --- Reads --------------------------------------------------------------------------


def employers_in_scope(*, user) -> QuerySet[Employer]:
    """Employers a person may manage and report on: a partnership manager's own
    partnership's, every employer for an administrator, none for anyone else."""
    scope = scope_for(user)
    if not scope.is_partnership_wide:
        return Employer.objects.none()
    return scope.filter_partnership(Employer.objects.select_related("partnership"))


def can_manage_employers(user) -> bool:
    return scope_for(user).is_partnership_wide


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
