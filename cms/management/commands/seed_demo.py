"""Seed the demo site: organisations, pages, demo accounts and each feature's content.

Idempotent: running it again changes nothing that is already there. The steps are listed
here, in the order they must run (courses before the briefings that link to them, the
KPIs that count them and the training events that need them first; the demo H5P activity
after the lesson it is placed in).
"""

from __future__ import annotations

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction

from certificates.seed import (
    seed_attendance_certificates,
    seed_licence_certificates,
    seed_signatories,
)
from cms.home.seed import seed_partnership_sites, seed_site
from cms.local_inserts.seed import seed_local_arrangements
from cms.public.seed import seed_public
from courses.briefings.seed import seed_briefings
from courses.catalogue.seed import (
    seed_courses,
    seed_h5p_placement,
    seed_local_insert_placement,
    seed_question_bank,
)
from courses.h5p.seed import seed_h5p_demo
from courses.sharing.seed import seed_content_sharing
from learning.course_results.seed import course_results_demo_seed
from learning.coverage.seed import coverage_demo_seed, seed_licence_kpi, seed_training_kpi
from learning.coverage.services import coverage_rebuild
from learning.evaluation.seed import seed_evaluation
from learning.indicators.seed import indicators_demo_seed
from learning.licences.seed import seed_licences
from learning.people.models import User
from learning.people.seed import (
    DEMO_ACCOUNTS,
    seed_demo_accounts,
    seed_organisations,
    seed_partnership_logos,
)
from learning.people.services import roles_sync
from learning.training.attendance.seed import seed_attendance_records
from learning.training.seed import seed_training


class Command(BaseCommand):
    help = "Create the demo partnerships, agencies, pages and accounts (safe to run again)."

    def handle(self, *args, **options) -> None:
        with transaction.atomic():
            seed_organisations()
            seed_partnership_logos()
            home = seed_site()
            roles_sync(root_page=home)
            seed_demo_accounts()
            seed_courses(home=home)
            seed_local_insert_placement(home=home)
            seed_question_bank()
            seed_briefings(
                home=home, owner=User.objects.filter(email="trainer@example.org").first()
            )
            seed_signatories()
            seed_public(home=home)
            seed_local_arrangements()
            coverage_demo_seed()
            seed_training(home=home)
            seed_attendance_records()
            seed_training_kpi()
            seed_attendance_certificates()
            seed_licences()
            seed_licence_kpi()
            seed_licence_certificates()
            seed_h5p_placement(home=home, activity=seed_h5p_demo())
            indicators_demo_seed()
            course_results_demo_seed()  # after the completions and the H5P placement
            seed_evaluation()
            coverage_rebuild()  # the dashboard's running counts, from everything seeded above
            seed_partnership_sites()  # last: the steps above seed the default site's tree
            seed_content_sharing()
            # Again, now each partnership has its site: its trainers and managers move to it.
            roles_sync(root_page=home)
        self.stdout.write(self.style.SUCCESS("Demo data is ready."))
        self.stdout.write("Demo logins (password from DEMO_PASSWORD):")
        for email, *_rest, roles in DEMO_ACCOUNTS:
            label = ", ".join(sorted(r.value for r in roles)) or (
                "Administrator" if email.startswith("admin@") else "Learner"
            )
            self.stdout.write(f"  {email:<24} {label}")
        self.stdout.write(f"  password: {settings.DEMO_PASSWORD}")
