"""The demo seed gives the course results, the knowledge gaps and the dashboard's
practice indicators real figures, and running it again changes nothing."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup

from django.core.management import call_command

from learning.indicators.models import IndicatorReturn
from learning.people.models import User
from learning.progress.models import AssessmentAttempt, Enrolment, KnowledgeCheckAnswer
from tests.coverage.builders import with_mfa

pytestmark = pytest.mark.django_db


def test_seed_demo_gives_the_reports_real_figures(client, capsys):
    call_command("seed_demo")
    counts = [
        m.objects.count()
        for m in (AssessmentAttempt, Enrolment, KnowledgeCheckAnswer, IndicatorReturn)
    ]
    call_command("seed_demo")  # idempotent
    assert [
        m.objects.count()
        for m in (AssessmentAttempt, Enrolment, KnowledgeCheckAnswer, IndicatorReturn)
    ] == counts
    # Two quarters of returns for the agencies that report them.
    assert IndicatorReturn.objects.values("quarter_start").distinct().count() == 2

    client.force_login(with_mfa(User.objects.get(email="trainer@example.org")))
    soup = BeautifulSoup(client.get("/admin/reports/course-results/").content, "html.parser")
    completed = [int(td.get_text()) for td in soup.select("td[data-figure='completed']")]
    pass_rates = [td.get_text() for td in soup.select("td[data-figure='pass_rate']")]
    assert sum(completed) > 0
    assert any(rate.endswith("%") for rate in pass_rates)

    client.force_login(with_mfa(User.objects.get(email="manager@example.org")))
    soup = BeautifulSoup(client.get("/admin/reports/knowledge-gaps/").content, "html.parser")
    wrong = [int(td.get_text()) for td in soup.select("td[data-figure='wrong']")]
    assert len(wrong) > 10 and sum(wrong) > 0
    soup = BeautifulSoup(client.get("/admin/reports/training-coverage/").content, "html.parser")
    assert "GCP2 assessments completed (practice indicator)" in soup.get_text()
    values = [td.get_text() for td in soup.select("td[data-figure='indicator']")]
    assert any(value.isdigit() and int(value) > 0 for value in values)
