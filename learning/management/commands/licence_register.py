"""Print the licence register, as the admin report shows it, for automation."""

from __future__ import annotations

import csv
import json

from django.core.management.base import BaseCommand, CommandError

from learning.licences.models import LicenceStatus, LicenceType
from learning.licences.selectors import RegisterFilters, licence_register_rows
from learning.people.exports import spreadsheet_safe_row
from learning.people.scope import SYSTEM_SCOPE

COLUMNS = [
    "Licence",
    "Person",
    "Email",
    "Agency",
    "Licensed on",
    "Renew by",
    "Status",
    "Champion",
    "Granted on the evidence of",
    "Revoked because",
]


class Command(BaseCommand):
    help = "Print every licence (or one licence type's) with its status and evidence."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--format", choices=["csv", "json"], default="csv")
        parser.add_argument("--licence", default="", help="A licence type's slug, e.g. gcp2.")
        parser.add_argument("--status", choices=LicenceStatus.values, default="")

    def handle(self, *args, format: str, licence: str, status: str, **options) -> None:
        licence_type_id = None
        if licence:
            licence_type = LicenceType.objects.filter(slug=licence).first()
            if licence_type is None:
                raise CommandError(f"There is no licence type '{licence}'.")
            licence_type_id = licence_type.pk
        # Commands run as the system: every partnership's register.
        rows = [
            {
                "Licence": row.licence_type,
                "Person": row.person,
                "Email": row.email,
                "Agency": row.agency,
                "Licensed on": row.licensed_on.isoformat(),
                "Renew by": row.renew_by.isoformat() if row.renew_by else "",
                "Status": row.status,
                "Champion": row.champion,
                "Granted on the evidence of": row.granted,
                "Revoked because": row.revocation_reason,
            }
            for row in licence_register_rows(
                scope=SYSTEM_SCOPE,
                filters=RegisterFilters(licence_type_id=licence_type_id, status=status),
            )
        ]
        if format == "json":
            self.stdout.write(json.dumps(rows, indent=2))
            return
        writer = csv.DictWriter(self.stdout, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        # Names and reasons are typed by people: made safe to open in a spreadsheet.
        writer.writerows(spreadsheet_safe_row(row) for row in rows)
