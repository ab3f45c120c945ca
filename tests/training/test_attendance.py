"""The register: a trainer marks each booked person on the day (or uploads a sign-in
sheet); marking twice changes nothing; a bad sheet is refused whole with every error by
line; trainers and managers of other partnerships are refused."""

from __future__ import annotations

from datetime import timedelta

import pytest

from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from certificates.models import Certificate, CertificateKind
from certificates.rendering import certificate_html
from learning.audit.models import AuditEvent
from learning.people.roles import Role
from learning.training.models import Attendance, Booking
from learning.training.signals import session_attended
from tests.factories import AgencyFactory, PartnershipFactory, TrainingSessionFactory, UserFactory

from .attendance_helpers import booked, register_url, session_today, sheet_url, staff

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def today(event):
    return session_today(event)


@pytest.fixture
def trainer(agency):
    return staff(agency, Role.TRAINER, first_name="Sam", last_name="Trainer")


@pytest.fixture
def people(today, agency):
    ann = UserFactory(agency=agency, first_name="Ann", last_name="Able", email="ann@example.org")
    bob = UserFactory(agency=agency, first_name="Bob", last_name="Baker", email="bob@example.org")
    cat = UserFactory(agency=agency, first_name="Cat", last_name="Cole", email="cat@example.org")
    return [booked(today, person) for person in (ann, bob, cat)]


def _sheet(text: str) -> SimpleUploadedFile:
    return SimpleUploadedFile("sign-in.csv", text.encode(), content_type="text/csv")


def test_trainer_marks_each_person_and_attended_issues_one_certificate(
    client, trainer, today, people
):
    ann, bob, cat = people
    client.force_login(trainer)
    page = client.get(register_url(today))
    assert page.status_code == 200
    html = page.content.decode()
    for name in ("Ann Able", "Bob Baker", "Cat Cole"):
        assert name in html
    assert f'name="attendance-{ann.pk}"' in html

    response = client.post(
        register_url(today),
        {
            f"attendance-{ann.pk}": "attended",
            f"attendance-{bob.pk}": "partial",
            f"attendance-{cat.pk}": "did_not_attend",
        },
    )

    assert response.status_code == 302
    outcomes = dict(Booking.objects.filter(session=today).values_list("pk", "attendance"))
    assert outcomes == {
        ann.pk: Attendance.ATTENDED,
        bob.pk: Attendance.PARTIAL,
        cat.pk: Attendance.DID_NOT_ATTEND,
    }
    ann.refresh_from_db()
    assert ann.attendance_marked_by == trainer
    assert ann.attendance_agency_id == ann.learner.agency_id
    # Attended in full is a certificate of attendance; attending part is not.
    (certificate,) = Certificate.objects.all()
    assert certificate.kind == CertificateKind.ATTENDANCE
    assert certificate.booking_id == ann.pk and certificate.course_id is None
    assert certificate.course_title == "Multi-agency neglect workshop"
    assert certificate.pdf
    assert AuditEvent.objects.filter(action="training.attendance_mark").count() == 3


def test_marking_the_register_twice_changes_nothing_the_second_time(client, trainer, today, people):
    ann, bob, _cat = people
    sent = []

    def listener(sender, booking, **kwargs):
        sent.append(booking.pk)

    session_attended.connect(listener, dispatch_uid="test-listener")
    try:
        client.force_login(trainer)
        marks = {f"attendance-{ann.pk}": "attended", f"attendance-{bob.pk}": "attended"}
        client.post(register_url(today), marks)
        first_marked = Booking.objects.get(pk=ann.pk).attendance_marked_at
        events = AuditEvent.objects.count()

        again = client.post(register_url(today), marks, follow=True)
    finally:
        session_attended.disconnect(dispatch_uid="test-listener")

    assert "Nothing has changed" in again.content.decode()
    assert sorted(sent) == sorted([ann.pk, bob.pk])  # once each, not again
    assert AuditEvent.objects.count() == events
    assert Booking.objects.get(pk=ann.pk).attendance_marked_at == first_marked
    assert Certificate.objects.filter(booking__in=[ann, bob]).count() == 2


def test_a_value_that_is_not_an_outcome_is_refused_and_changes_nothing(
    client, trainer, today, people
):
    ann, bob, _cat = people
    client.force_login(trainer)

    response = client.post(
        register_url(today),
        {f"attendance-{ann.pk}": "attended", f"attendance-{bob.pk}": "asleep"},
    )

    assert response.status_code == 400
    assert "There is a problem" in response.content.decode()
    assert not Booking.objects.exclude(attendance="").exists()
    assert not Certificate.objects.exists()


def test_the_register_opens_on_the_day_of_the_session(client, trainer, event, agency):
    tomorrow = TrainingSessionFactory(event=event)  # ten days away
    booking = booked(tomorrow, UserFactory(agency=agency))
    client.force_login(trainer)

    page = client.get(register_url(tomorrow)).content.decode()
    response = client.post(register_url(tomorrow), {f"attendance-{booking.pk}": "attended"})

    assert "The register opens on the day of the session" in page
    assert response.status_code == 400
    assert "The register opens on the day of the session" in response.content.decode()
    booking.refresh_from_db()
    assert booking.attendance == ""


def test_a_sign_in_sheet_marks_everyone_on_it(client, trainer, today, people):
    ann, bob, cat = people
    client.force_login(trainer)

    response = client.post(
        sheet_url(today),
        {
            "sheet": _sheet(
                "Email,Attendance\nANN@example.org,Attended\nbob@example.org,partial\n"
                "cat@example.org,DNA\n"
            )
        },
    )

    assert response.status_code == 302
    outcomes = dict(Booking.objects.filter(session=today).values_list("pk", "attendance"))
    assert outcomes == {ann.pk: "attended", bob.pk: "partial", cat.pk: "did_not_attend"}
    assert Certificate.objects.filter(booking=ann).count() == 1
    audit = AuditEvent.objects.filter(action="training.attendance_mark").first()
    assert audit.detail["source"] == "sign-in sheet"


def test_a_sign_in_sheet_with_errors_is_refused_whole_with_every_error_by_line(
    client, trainer, today, people, agency
):
    UserFactory(agency=agency, email="notbooked@example.org")
    client.force_login(trainer)
    sheet = (
        "email,attendance\n"
        "ann@example.org,attended\n"  # line 2: fine, but the file is refused
        "stranger@example.org,attended\n"  # line 3: no such person
        "notbooked@example.org,attended\n"  # line 4: not booked on this session
        "bob@example.org,maybe\n"  # line 5: not an outcome
        "ann@example.org,partial\n"  # line 6: twice
    )

    response = client.post(sheet_url(today), {"sheet": _sheet(sheet)})

    assert response.status_code == 400
    html = response.content.decode()
    assert "There is a problem" in html
    assert "Line 3: &#x27;stranger@example.org&#x27; is not booked on this session." in html
    assert "Line 4: &#x27;notbooked@example.org&#x27; is not booked on this session." in html
    assert "Line 5: attendance &#x27;maybe&#x27; is not one of" in html
    assert "Line 6: &#x27;ann@example.org&#x27; is already on line 2." in html
    assert "Line 2" not in html
    assert not Booking.objects.exclude(attendance="").exists()
    assert not AuditEvent.objects.filter(action="training.attendance_mark").exists()
    assert not Certificate.objects.exists()


def test_a_sheet_without_the_columns_is_refused(client, trainer, today, people):
    client.force_login(trainer)

    response = client.post(sheet_url(today), {"sheet": _sheet("name,present\nAnn,yes\n")})

    assert response.status_code == 400
    assert "Line 1: the header must name the columns email, attendance" in (
        response.content.decode()
    )


def test_the_owning_partnerships_manager_may_take_the_register(client, agency, today, people):
    manager = staff(agency, Role.PARTNERSHIP_MANAGER)
    client.force_login(manager)

    response = client.post(register_url(today), {f"attendance-{people[0].pk}": "attended"})

    assert response.status_code == 302
    assert Booking.objects.get(pk=people[0].pk).attendance == Attendance.ATTENDED


@pytest.mark.parametrize("role", [Role.TRAINER, Role.PARTNERSHIP_MANAGER])
def test_another_partnerships_trainer_or_manager_is_refused(client, today, people, role):
    elsewhere = AgencyFactory(partnership=PartnershipFactory(name="Birmingham"))
    client.force_login(staff(elsewhere, role))

    assert client.get(register_url(today)).status_code == 404
    assert (
        client.post(register_url(today), {f"attendance-{people[0].pk}": "attended"}).status_code
        == 404
    )
    assert client.post(sheet_url(today), {"sheet": _sheet("email,attendance\n")}).status_code == 404
    assert not Booking.objects.exclude(attendance="").exists()


@pytest.mark.parametrize("role", [None, Role.AGENCY_LEAD])
def test_learners_and_agency_leads_take_no_register(client, agency, today, people, role):
    person = staff(agency, role) if role else people[0].learner
    client.force_login(person)

    assert client.get(register_url(today)).status_code == 403
    assert client.get("/training/registers/").status_code == 403
    assert (
        client.post(register_url(today), {f"attendance-{people[0].pk}": "attended"}).status_code
        == 403
    )


def test_the_registers_page_lists_todays_session(client, trainer, today, event):
    old = session_today(event)
    old.starts_at -= timedelta(days=90)
    old.ends_at -= timedelta(days=90)
    old.save()
    client.force_login(trainer)

    html = client.get("/training/registers/").content.decode()

    assert register_url(today) in html
    assert register_url(old) not in html  # beyond the last 60 days


def test_re_marking_keeps_one_current_certificate(client, trainer, today, people):
    """Attended, then corrected to partial (revoked), then attended again (a new one)."""
    ann = people[0]
    client.force_login(trainer)

    for outcome in ("attended", "partial", "attended", "attended"):
        client.post(register_url(today), {f"attendance-{ann.pk}": outcome})

    ann.refresh_from_db()
    assert ann.attendance == Attendance.ATTENDED
    assert Certificate.objects.filter(booking=ann, superseded_at__isnull=True).count() == 1
    assert Certificate.objects.filter(booking=ann, revoked_at__isnull=False).count() == 1
    assert AuditEvent.objects.filter(action="training.attendance_mark").count() == 3


def test_the_certificate_of_attendance_says_attended_on_the_date_with_cpd_time(
    client, trainer, today, people, event
):
    event.cpd_minutes = 90
    event.save_revision().publish()
    client.force_login(trainer)
    client.post(register_url(today), {f"attendance-{people[0].pk}": "attended"})

    html = certificate_html(Certificate.objects.get(booking=people[0]))

    assert "Certificate of attendance" in html
    assert '<p class="certifies">attended</p>' in html
    assert "Multi-agency neglect workshop" in html
    day = timezone.localtime(today.starts_at)
    assert f"<th>Attended on</th><td>{day:%-d %B %Y}</td>" in html
    assert "<th>CPD time</th><td>1 hour 30 minutes</td>" in html
