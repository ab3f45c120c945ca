"""Recompute the coverage dashboard's running counts from the learning records."""

from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError

from learning.coverage.services import coverage_rebuild, coverage_rebuild_stale
from learning.people.models import Partnership


class Command(BaseCommand):
    help = (
        "Recompute the training coverage running counts (who is trained, per KPI, agency "
        "and day) from completions, briefing reads, attendance and licences. Safe to run "
        "twice; run it while nothing else records learning for those KPIs."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "--partnership", default=None, help="Only this partnership's KPIs (its slug)."
        )
        parser.add_argument(
            "--stale",
            action="store_true",
            help="Only the KPIs whose courses, briefings or definition changed since.",
        )

    def handle(self, *args, partnership: str | None, stale: bool, **options) -> None:
        if stale:
            count = coverage_rebuild_stale()
        else:
            partnership_id = None
            if partnership is not None:
                found = Partnership.objects.filter(slug=partnership).first()
                if found is None:
                    raise CommandError(f"There is no partnership with the slug '{partnership}'.")
                partnership_id = found.pk
            count = coverage_rebuild(partnership_id=partnership_id)
        self.stdout.write(self.style.SUCCESS(f"Rebuilt the running counts of {count} KPI(s)."))
