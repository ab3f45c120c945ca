"""Create or update the role groups, their permissions and the approval workflow.

Run after every deploy (after `migrate`): permissions for new features reach existing
groups, and nothing a role should not have is added.
"""

from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError

from wagtail.models import Site

from learning.people.services import roles_sync


class Command(BaseCommand):
    help = "Create the Trainer, Agency lead and Partnership manager groups with their permissions."

    def handle(self, *args, **options) -> None:
        site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
        if site is None:
            raise CommandError("There is no default Wagtail site yet: run seed_demo or add one.")
        groups = roles_sync(root_page=site.root_page)
        names = ", ".join(group.name for group in groups.values())
        self.stdout.write(self.style.SUCCESS(f"Role groups up to date: {names}."))
