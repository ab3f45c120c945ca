"""Print, as JSON, everything the platform holds about one person (a subject access
request). The export is recorded in the audit log."""

from __future__ import annotations

import json

from django.core.management.base import BaseCommand, CommandError
from django.core.serializers.json import DjangoJSONEncoder

from learning.people.models import User
from learning.privacy.services import personal_data_export


def person_by_email(email: str) -> User:
    person = User.objects.filter(email__iexact=email.strip()).first()
    if person is None:
        raise CommandError(f"There is no account with the email address {email}.")
    return person


class Command(BaseCommand):
    help = "Print everything held about a person as JSON (audited)."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--email", required=True, help="The person's email address.")

    def handle(self, *args, email: str, **options) -> None:
        data = personal_data_export(person=person_by_email(email), actor=None, via="command")
        self.stdout.write(json.dumps(data, cls=DjangoJSONEncoder, indent=2))
