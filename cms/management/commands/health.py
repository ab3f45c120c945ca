"""The health report behind /healthz, for a container's health check where no web server
runs (the Celery worker and beat in compose.yaml): exits 1 when the database
or the part named fails by the rule /healthz applies."""

from __future__ import annotations

import json

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from cms.health.selectors import OK, STALE, UNKNOWN, health_report


class Command(BaseCommand):
    help = "Print the health report; exit 1 when the database or the part named is not ok."

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "--part",
            choices=["database", "worker", "beat"],
            default="database",
            help="The part whose state decides the exit code (default: database).",
        )

    def handle(self, *args, part: str, **options) -> None:
        report = health_report()
        self.stdout.write(json.dumps(report.as_dict()))
        # The same rule as /healthz: a heartbeat never yet seen fails only where required.
        failing = {STALE, UNKNOWN} if settings.HEALTHZ_REQUIRE_HEARTBEATS else {STALE}
        state = getattr(report, part)
        if report.database != OK or state in failing:
            raise CommandError(f"{part} is {state}")
