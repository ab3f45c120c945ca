"""Move certificate PDFs and exports issued before files were private out of MEDIA_ROOT."""

from django.core.management.base import BaseCommand

from certificates.services import certificate_files_make_private


class Command(BaseCommand):
    help = (
        "Move certificate PDFs and export ZIPs from the public media storage into the "
        "private one (random names), re-render lost PDFs and delete what is left behind."
    )

    def handle(self, *args, **options) -> None:
        counts = certificate_files_make_private()
        self.stdout.write(
            "Moved {moved} certificate PDFs and {exports_moved} exports into private "
            "storage; renamed {renamed}, re-rendered {rerendered}, deleted {deleted} "
            "other files.".format(**counts)
        )
