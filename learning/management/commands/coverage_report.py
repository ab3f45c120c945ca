"""Print a KPI's coverage figures, as on the dashboard, for automation."""

from __future__ import annotations

import csv
import datetime as dt
import json

from django.core.management.base import BaseCommand, CommandError

from learning.coverage.models import TrainingKPI
from learning.coverage.selectors import coverage_dashboard, coverage_system_scope
from learning.people.exports import spreadsheet_safe_row

COLUMNS = [
    "KPI",
    "Figures as at",
    "Agency",
    "Sector",
    "Trained",
    "Headcount",
    "% of headcount",
    "Target",
    "RAG",
]


class Command(BaseCommand):
    help = "Print a training KPI's figures per agency and the partnership total."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--kpi", type=int, required=True, help="The KPI's id.")
        parser.add_argument("--format", choices=["csv", "json"], default="csv")
        parser.add_argument(
            "--as-of", dest="as_of", default=None, help="Figures at this date (YYYY-MM-DD)."
        )

    def handle(self, *args, kpi: int, format: str, as_of: str | None, **options) -> None:
        if not TrainingKPI.objects.filter(pk=kpi).exists():
            raise CommandError(f"There is no training KPI with id {kpi}.")
        try:
            day = dt.date.fromisoformat(as_of) if as_of else None
        except ValueError as exc:
            raise CommandError("--as-of must be a date as YYYY-MM-DD.") from exc
        (coverage,) = coverage_dashboard(scope=coverage_system_scope(), kpi_id=kpi, as_of=day)
        rows = [
            {
                "KPI": coverage.kpi.name,
                "Figures as at": coverage.as_of.isoformat(),
                "Agency": f.name,
                "Sector": f.agency.get_sector_display() if f.agency else "",
                "Trained": f.trained,
                "Headcount": "" if f.headcount is None else f.headcount,
                "% of headcount": "" if f.percent is None else f.percent,
                "Target": coverage.kpi.target_label,
                "RAG": f.rag_label,
            }
            for f in [*coverage.rows, coverage.total]
        ]
        out = self.stdout
        if format == "json":
            out.write(json.dumps(rows, indent=2, default=str))
            return
        writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        # Names of KPIs and agencies are typed by people: made safe to open in a spreadsheet.
        writer.writerows(spreadsheet_safe_row(row) for row in rows)
