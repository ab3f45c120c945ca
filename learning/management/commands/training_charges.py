"""Print a month's training charges for invoicing (agency, person, session, reason, amount)."""

from __future__ import annotations

import csv
import datetime as dt
import json

from django.core.management.base import BaseCommand, CommandError

from learning.people.exports import spreadsheet_safe_row
from learning.people.models import Partnership
from learning.people.scope import SYSTEM_SCOPE
from learning.training.charges.selectors import charge_lines, last_month

COLUMNS = [
    "Partnership",
    "Agency",
    "Person",
    "Email",
    "Session",
    "Session date",
    "Reason",
    "Amount",
    "Waived because",
]


class Command(BaseCommand):
    help = (
        "Print the training charges of the sessions in a month, per each partnership's "
        "charge policy: fees for agencies outside the partnership, did-not-attend and late "
        "cancellation charges (waived charges at 0.00 with the reason)."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "--month", default=None, help="The month of the sessions, YYYY-MM (default: last)."
        )
        parser.add_argument("--format", choices=["csv", "json"], default="csv")
        parser.add_argument(
            "--partnership", default=None, help="Only this partnership (its slug or id)."
        )

    def handle(self, *args, month: str | None, format: str, partnership: str | None, **options):
        try:
            first = dt.datetime.strptime(month, "%Y-%m").date() if month else last_month()
        except ValueError as exc:
            raise CommandError("--month must be a month as YYYY-MM, e.g. 2026-11.") from exc
        partnership_id = None
        if partnership:
            found = Partnership.objects.filter(slug=partnership).first()
            if found is None and partnership.isdigit():
                found = Partnership.objects.filter(pk=int(partnership)).first()
            if found is None:
                raise CommandError(f"There is no partnership '{partnership}'.")
            partnership_id = found.pk
        # Commands run as the system: every partnership's charges (or the one asked for).
        lines = charge_lines(scope=SYSTEM_SCOPE, month=first, partnership_id=partnership_id)
        rows = [
            {
                "Partnership": line.partnership,
                "Agency": line.agency,
                "Person": line.person,
                "Email": line.email,
                "Session": line.session,
                "Session date": line.session_date.isoformat(),
                "Reason": line.reason,
                "Amount": f"{line.amount:.2f}",
                "Waived because": line.waived,
            }
            for line in lines
        ]
        if format == "json":
            self.stdout.write(json.dumps(rows, indent=2))
            return
        writer = csv.DictWriter(self.stdout, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        # Names and waiver reasons are typed by people: made safe to open in a spreadsheet.
        writer.writerows(spreadsheet_safe_row(row) for row in rows)
