"""The demo step and seed_scale give the dashboard real figures."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup

from django.core.management import call_command

from cms.home.models import HomePage
from courses.catalogue.models import CoursePage
from learning.coverage.models import Headcount, TrainingKPI
from learning.people.models import User
from learning.progress.models import CourseCompletion, LessonProgress

from .builders import course, with_mfa

pytestmark = pytest.mark.django_db

URL = "/admin/reports/training-coverage/"


def test_seed_demo_gives_the_manager_figures_and_the_lead_health_only(client, capsys):
    call_command("seed_demo")
    home = HomePage.objects.first()
    for slug in ("understanding-child-neglect", "graded-care-profile-2", "action"):
        if not CoursePage.objects.filter(slug=slug).exists():  # seeded by the courses step
            course(home, slug=slug, validity_months=36)
    call_command("seed_demo")
    call_command("seed_demo")  # idempotent
    # Three e-learning KPIs, the workshop KPI that counts attendance (issue 13) and the
    # GCP2 KPI that counts licences (issue 14).
    assert TrainingKPI.objects.count() == 5
    assert CourseCompletion.objects.filter(learner__email__startswith="demo.").exists()
    completions = CourseCompletion.objects.count()
    call_command("seed_demo")
    assert CourseCompletion.objects.count() == completions
    assert Headcount.objects.exists()

    manager = with_mfa(User.objects.get(email="manager@example.org"))
    client.force_login(manager)
    soup = BeautifulSoup(client.get(URL).content, "html.parser")
    totals = [
        int(td.get_text())
        for td in soup.select('tr[data-agency="total"] td[data-figure="trained"]')
    ]
    assert len(totals) == 5 and all(t > 0 for t in totals)
    assert "Walsall Early Help" in soup.get_text()

    client.force_login(with_mfa(User.objects.get(email="lead@example.org")))
    soup = BeautifulSoup(client.get(URL).content, "html.parser")
    agencies = {
        tr.find("th").get_text(strip=True)
        for tr in soup.select("tr[data-agency]")
        if tr["data-agency"] != "total"
    }
    # Health only (the GCP2 KPI covers Early Help and Social Care, so it lists none).
    assert agencies == {"Walsall Healthcare NHS Trust"}


def test_seed_scale_builds_a_realistic_partnership(home_page, capsys):
    call_command("seed_scale", learners=300, agencies=5)
    out = capsys.readouterr().out
    assert "300 learners in 5 agencies" in out
    learners = User.objects.filter(agency__partnership__slug="scale-test")
    assert learners.count() == 300
    assert learners.values("agency").distinct().count() == 5
    progress = LessonProgress.objects.filter(learner__in=learners).count()
    completions = CourseCompletion.objects.filter(learner__in=learners)
    assert 1500 < progress + completions.count() < 4500  # about 10 rows a learner
    dates = completions.order_by("completed_at").values_list("completed_at", flat=True)
    assert (dates.last() - dates.first()).days > 600  # spread over two years
    assert Headcount.objects.filter(agency__partnership__slug="scale-test").exists()
    call_command("seed_scale", learners=100, agencies=2)  # replaces the previous one
    assert User.objects.filter(agency__partnership__slug="scale-test").count() == 100
