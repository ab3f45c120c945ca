"""Seed the demo site: organisations, pages, demo accounts and, as features land, content.

Idempotent: running it again changes nothing that is already there.
"""

from __future__ import annotations

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction

from wagtail import hooks

from cms.seed import seed_site
from learning.seed import DEMO_ACCOUNTS, seed_demo_accounts, seed_organisations
from learning.services import roles_sync


class Command(BaseCommand):
    help = "Create the demo partnerships, agencies, pages and accounts (safe to run again)."

    def handle(self, *args, **options) -> None:
        with transaction.atomic():
            seed_organisations()
            home = seed_site()
            roles_sync(root_page=home)
            seed_demo_accounts()
            for step in self.content_steps():
                step(home=home)
        self.stdout.write(self.style.SUCCESS("Demo data is ready."))
        self.stdout.write("Demo logins (password from DEMO_PASSWORD):")
        for email, *_rest, roles in DEMO_ACCOUNTS:
            label = ", ".join(sorted(r.value for r in roles)) or (
                "Administrator" if email.startswith("admin@") else "Learner"
            )
            self.stdout.write(f"  {email:<24} {label}")
        self.stdout.write(f"  password: {settings.DEMO_PASSWORD}")

    def content_steps(self) -> list:
        """Content seeded by each feature, in order; each takes the home page.

        A feature registers a step with the `register_demo_content` hook, returning
        `(order, callable)`; the callable takes `home` and must be safe to run again.
        """
        steps = [hook() for hook in hooks.get_hooks("register_demo_content")]
        return [step for _order, step in sorted(steps, key=lambda s: s[0])]
