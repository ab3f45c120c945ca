"""Issue every certificate that is owed (e.g. after the broker was down)."""

from django.core.management.base import BaseCommand

from certificates.services import certificates_issue_missing


class Command(BaseCommand):
    help = "Issue a certificate for every completion without one, and render missing PDFs."

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "--limit", type=int, default=None, help="Issue at most this many (default: all)."
        )

    def handle(self, *args, **options) -> None:
        issued = certificates_issue_missing(limit=options["limit"])
        self.stdout.write(f"Issued {issued} certificate{'s' if issued != 1 else ''}.")
