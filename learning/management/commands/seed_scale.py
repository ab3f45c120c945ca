"""Generate a large synthetic partnership for benchmarks (replaces the previous one)."""

from __future__ import annotations

import time

from django.core.management.base import BaseCommand, CommandError

from learning.coverage.seed import scale_seed


class Command(BaseCommand):
    help = (
        "Create a synthetic partnership with N learners in M agencies, lesson progress, "
        "completions spread over two years, headcounts and KPIs (bulk inserts)."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("--learners", type=int, default=10_000)
        parser.add_argument("--agencies", type=int, default=20)
        parser.add_argument("--seed", type=int, default=1, help="Random seed, for repeatable data.")

    def handle(self, *args, learners: int, agencies: int, seed: int, **options) -> None:
        if learners < 1 or agencies < 1:
            raise CommandError("--learners and --agencies must be at least 1.")
        started = time.perf_counter()
        counts = scale_seed(
            learners=learners, agencies=agencies, seed=seed, out=lambda m: self.stdout.write(m)
        )
        took = time.perf_counter() - started
        self.stdout.write(
            self.style.SUCCESS(
                f"{counts['learners']} learners in {counts['agencies']} agencies, "
                f"{counts['progress']} progress rows and {counts['completions']} completions "
                f"in {took:.1f}s."
            )
        )
