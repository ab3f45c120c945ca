"""Print the evaluation figures, as on the report, for automation."""

from __future__ import annotations

import csv
import json
import re

from django.core.management.base import BaseCommand, CommandError

from learning.evaluation.models import EvaluationAttachment
from learning.evaluation.selectors import evaluation_report, evaluation_rows
from learning.people.exports import spreadsheet_safe_row
from learning.people.models import Agency, Partnership
from learning.people.scope import SYSTEM_SCOPE, Scope, ScopeLevel

COLUMNS = ["evaluation", "kind", "training", "measure", "item", "value"]
QUARTER = r"^\d{4}-Q[1-4]$"


class Command(BaseCommand):
    help = (
        "Print evaluation figures per course, event or briefing: response rates, ratings and "
        "confidence shift per outcome."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("--format", choices=["csv", "json"], default="csv")
        parser.add_argument("--evaluation", type=int, help="One attachment's id.")
        parser.add_argument("--partnership", help="A partnership's slug: only its people.")
        parser.add_argument("--agency", type=int, help="An agency's id: only its people.")
        parser.add_argument("--quarter", help="A calendar quarter, as 2026-Q3.")

    def handle(self, *args, format: str, **options) -> None:
        scope = SYSTEM_SCOPE
        if options.get("partnership"):
            partnership = Partnership.objects.filter(slug=options["partnership"]).first()
            if partnership is None:
                raise CommandError(f"There is no partnership {options['partnership']!r}.")
            scope = Scope(ScopeLevel.PARTNERSHIP, partnership_id=partnership.pk)
        agency_id = options.get("agency")
        if agency_id and not Agency.objects.filter(pk=agency_id).exists():
            raise CommandError(f"There is no agency with id {agency_id}.")
        attachment_id = options.get("evaluation")
        if attachment_id and not EvaluationAttachment.objects.filter(pk=attachment_id).exists():
            raise CommandError(f"There is no evaluation with id {attachment_id}.")
        quarter = options.get("quarter")
        if quarter and not re.match(QUARTER, quarter):
            raise CommandError("--quarter must be a year and quarter, like 2026-Q3.")
        rows = evaluation_rows(
            evaluation_report(
                scope=scope, attachment_id=attachment_id, agency_id=agency_id, quarter=quarter
            )
        )
        if format == "json":
            self.stdout.write(json.dumps(rows, indent=2, default=str))
            return
        writer = csv.DictWriter(self.stdout, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        # Titles and questions are typed by people: made safe to open in a spreadsheet.
        writer.writerows(spreadsheet_safe_row(row) for row in rows)
