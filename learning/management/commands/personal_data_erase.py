"""Erase a person's personal data by the retention policy (README, "Personal data and
retention"): the account is anonymised, free text deleted, certificates revoked, and the
completions that coverage counts kept without a name. Audited."""

from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError

from learning.exceptions import PersonalDataRejected
from learning.management.commands.personal_data_export import person_by_email
from learning.privacy.services import personal_data_erase


class Command(BaseCommand):
    help = "Erase a person's personal data (anonymise the account, delete free text)."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--email", required=True, help="The person's email address.")
        parser.add_argument(
            "--no-input",
            "--noinput",
            action="store_false",
            dest="interactive",
            help="Do not ask for confirmation.",
        )

    def handle(self, *args, email: str, interactive: bool, **options) -> None:
        person = person_by_email(email)
        if interactive:
            answer = input(
                f"Erase the personal data of {person.get_full_name()} <{person.email}>? "
                "This cannot be undone. Type 'yes' to continue: "
            )
            if answer.strip().lower() != "yes":
                raise CommandError("Nothing was erased.")
        try:
            erasure = personal_data_erase(person=person, actor=None, via="command")
        except PersonalDataRejected as rejected:
            raise CommandError(rejected.message) from rejected
        self.stdout.write(f"Erased the personal data of account {person.pk}:")
        for kind, count in erasure.removed.items():
            self.stdout.write(f"  {kind}: {count}")
