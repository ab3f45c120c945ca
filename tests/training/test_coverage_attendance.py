"""Attendance through to the figures: a trainer marks the register, the learner's
certificate of attendance shows on My learning and verifies, and the coverage dashboard
counts them for a KPI of the workshop; "either the course or the workshop" counts a
person once."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from certificates.models import Certificate
from learning.coverage.models import Headcount, KPILearning, KPIMeasure, TrainingKPI
from learning.coverage.selectors import HeadcountBook, kpi_coverage
from learning.people.models import RoleGroup
from learning.people.roles import Role
from learning.people.scope import SYSTEM_SCOPE
from learning.progress.models import CourseCompletion
from learning.training.models import Attendance
from tests.coverage.builders import course
from tests.coverage.test_kpi_admin import kpi_form
from tests.factories import AgencyFactory, UserFactory

from .attendance_helpers import booked, register_url, session_today, staff

pytestmark = pytest.mark.django_db(transaction=True)


def _kpi(partnership, event, *, learning=KPILearning.TRAINING, courses=()) -> TrainingKPI:
    today = timezone.localdate()
    kpi = TrainingKPI.objects.create(
        partnership=partnership,
        name="Multi-agency neglect workshop: 50% of frontline staff",
        learning=learning,
        role_group=RoleGroup.FRONTLINE,
        measure=KPIMeasure.PERCENT,
        target=Decimal("50"),
        period_start=today - dt.timedelta(days=200),
        period_end=today + dt.timedelta(days=100),
        requires_in_date=False,
    )
    kpi.training_events.add(event)
    for c in courses:
        kpi.courses.add(c)
    kpi.save()
    return kpi


def test_attendance_completes_issues_a_certificate_and_counts_in_coverage(
    client, partnership, agency, learner, event
):
    learner.role_group = RoleGroup.FRONTLINE
    learner.first_name, learner.last_name = "Lee", "Learner"
    learner.save()
    colleague = UserFactory(agency=agency, role_group=RoleGroup.FRONTLINE)
    event.cpd_minutes = 180
    event.save_revision().publish()
    Headcount.objects.create(
        agency=agency,
        role_group=RoleGroup.FRONTLINE,
        headcount=4,
        counted_on=timezone.localdate() - dt.timedelta(days=300),
    )
    kpi = _kpi(partnership, event)
    session = session_today(event)
    mine, theirs = booked(session, learner), booked(session, colleague)
    trainer = staff(agency, Role.TRAINER)

    # The trainer takes the register.
    client.force_login(trainer)
    client.post(
        register_url(session),
        {f"attendance-{mine.pk}": "attended", f"attendance-{theirs.pk}": "partial"},
    )

    # The learner sees the outcome and the certificate on My learning.
    client.force_login(learner)
    page = client.get("/my-learning/").content.decode()
    assert "Your training sessions" in page and "Attended" in page
    certificate = Certificate.objects.get(learner=learner)
    assert certificate.is_attendance and certificate.cpd_minutes == 180
    assert "Multi-agency neglect workshop" in page
    assert '<strong class="govuk-tag govuk-tag--blue">Attendance</strong>' in page
    assert "Download PDF" in page  # rendered at issue
    # ...and anyone can verify it.
    client.logout()
    verified = client.get(certificate.get_verification_path()).content.decode()
    assert "This certificate is valid" in verified
    assert "Training attended" in verified and "Multi-agency neglect workshop" in verified
    assert not Certificate.objects.filter(learner=colleague).exists()  # part is not complete

    # The coverage dashboard counts the attendance: 1 of 4 frontline staff (25%).
    client.force_login(staff(agency, Role.PARTNERSHIP_MANAGER))
    dashboard = client.get("/admin/reports/training-coverage/").content.decode()
    assert "Multi-agency neglect workshop: 50% of frontline staff" in dashboard
    total = dashboard.split(f'data-kpi-total="{kpi.pk}"')[1].split("</p>")[0]
    assert "<strong>1</strong> trained" in total and "25.0%" in total


def _figures(kpi, agencies, on):
    return kpi_coverage(
        kpi=kpi,
        scope=SYSTEM_SCOPE,
        agencies=agencies,
        headcounts=HeadcountBook([a.pk for a in agencies]),
        as_of=on,
    )


def test_either_the_course_or_the_workshop_counts_each_person_once(
    home_page, partnership, agency, event
):
    other = AgencyFactory(partnership=partnership, name="Police")
    gcp2 = course(home_page, slug="gcp2", validity_months=0)
    kpi = _kpi(partnership, event, learning=KPILearning.COURSES_OR_TRAINING, courses=[gcp2])
    today = timezone.localdate()
    session = session_today(event)
    both, course_only, workshop_only, partial, moved = (
        UserFactory(agency=agency, role_group=RoleGroup.FRONTLINE) for _ in range(5)
    )
    for person in (both, course_only):
        CourseCompletion.objects.create(
            learner=person,
            course=gcp2,
            run=1,
            completed_at=timezone.now() - dt.timedelta(days=30),
            agency=agency,
        )
    for person, outcome in (
        (both, Attendance.ATTENDED),
        (workshop_only, Attendance.ATTENDED),
        (partial, Attendance.PARTIAL),
    ):
        booked(session, person, attendance=outcome, attendance_agency=agency)
    # Attended while in Police, then moved: counts for Police, where they trained.
    booked(session, moved, attendance=Attendance.ATTENDED, attendance_agency=other)

    figures = _figures(kpi, [agency, other], today)
    by_agency = {row.agency.pk: row.trained for row in figures.rows}
    assert by_agency == {agency.pk: 3, other.pk: 1}  # both, course_only, workshop_only
    # Before the session, only the e-learning counts.
    yesterday = _figures(kpi, [agency, other], today - dt.timedelta(days=1))
    assert {row.agency.pk: row.trained for row in yesterday.rows} == {agency.pk: 2, other.pk: 0}

    # The workshop alone: only attendance in full.
    kpi.learning = KPILearning.TRAINING
    kpi.save()
    alone = _figures(kpi, [agency, other], today)
    assert {row.agency.pk: row.trained for row in alone.rows} == {agency.pk: 2, other.pk: 1}


def test_coverage_report_command_counts_attendance(partnership, agency, event, capsys):
    kpi = _kpi(partnership, event)
    session = session_today(event)
    person = UserFactory(agency=agency, role_group=RoleGroup.FRONTLINE)
    booked(session, person, attendance=Attendance.ATTENDED, attendance_agency=agency)

    call_command("coverage_report", kpi=kpi.pk)

    lines = capsys.readouterr().out.strip().splitlines()
    total = [line for line in lines if "Partnership total" in line]
    assert total and ",1," in total[0]


def test_a_manager_sets_a_kpi_that_counts_the_workshop_in_the_admin(
    client, home_page, partnership, agency, event
):
    gcp2 = course(home_page, slug="gcp2")
    client.force_login(staff(agency, Role.PARTNERSHIP_MANAGER))
    add = reverse("wagtailsnippets_learning_trainingkpi:add")
    form = client.get(add).content.decode()
    assert "Attending one of the chosen training events" in form
    assert "Multi-agency neglect workshop" in form

    response = client.post(
        add,
        kpi_form(
            partnership,
            gcp2,
            name="Workshop or e-learning",
            learning="courses_or_training",
            training_events=[event.pk],
            scope="partnership",
            sectors="",
        ),
    )

    assert response.status_code == 302
    kpi = TrainingKPI.objects.get(name="Workshop or e-learning")
    assert kpi.learning == KPILearning.COURSES_OR_TRAINING
    assert list(kpi.training_events.all()) == [event.specific]
