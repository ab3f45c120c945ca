"""Charges for invoicing, by a hand-built example: the owning partnership's policy charges
a fee to agencies outside it, did-not-attend and late cancellation; a waiver shows at
£0.00 with its reason. The command and the admin report give the same lines, in scope."""

from __future__ import annotations

import csv
import datetime as dt
import io
from decimal import Decimal

import pytest

from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils import timezone

from learning.audit.models import AuditEvent
from learning.people.roles import Role
from learning.training.charges.selectors import last_month
from learning.training.models import Attendance, ChargePolicy, ChargeWaiver
from tests.factories import (
    AgencyFactory,
    PartnershipFactory,
    TrainingEventPageFactory,
    TrainingSessionFactory,
    UserFactory,
)

from .attendance_helpers import booked, staff

pytestmark = pytest.mark.django_db(transaction=True)

REPORT = "/admin/reports/training-charges/"


def _at(month: dt.date, day: int) -> dt.datetime:
    return timezone.make_aware(dt.datetime.combine(month.replace(day=day), dt.time(10, 0)))


@pytest.fixture
def example(training_index, partnership, agency, event):
    """Walsall's workshop last month, with one of each outcome (see the module docstring)."""
    month = last_month()
    ChargePolicy.objects.create(
        partnership=partnership,
        non_partner_fee=Decimal("75.00"),
        did_not_attend_charge=Decimal("50.00"),
        late_cancellation_charge=Decimal("25.00"),
        cancellation_cutoff_days=7,
    )
    sandwell = AgencyFactory(
        partnership=PartnershipFactory(name="Sandwell Children's Safeguarding Partnership"),
        name="Sandwell Council",
    )
    session = TrainingSessionFactory(
        event=event, starts_at=_at(month, 12), ends_at=_at(month, 12) + dt.timedelta(hours=3)
    )

    def person(name, where=agency):
        first, last = name.split()
        return UserFactory(
            agency=where, first_name=first, last_name=last, email=f"{first.lower()}@example.org"
        )

    outcomes = {
        "Ann Able": (agency, Attendance.ATTENDED),  # in the partnership: no charge
        "Bob Baker": (agency, Attendance.DID_NOT_ATTEND),  # £50
        "Cat Cole": (sandwell, Attendance.ATTENDED),  # outside: £75
        "Dan Dale": (sandwell, Attendance.PARTIAL),  # outside: £75
        "Eve Ellis": (agency, Attendance.CANCELLED_LATE),  # £25
        "Fay Ford": (agency, Attendance.DID_NOT_ATTEND),  # waived: £0
    }
    bookings = {}
    for name, (where, outcome) in outcomes.items():
        learner = person(name, where)
        bookings[name] = booked(session, learner, attendance=outcome, attendance_agency=where)
    ChargeWaiver.objects.create(booking=bookings["Fay Ford"], reason="Family emergency")
    # Not this month: a DNA the month before.
    earlier = last_month(month)
    older = TrainingSessionFactory(
        event=event, starts_at=_at(earlier, 3), ends_at=_at(earlier, 3) + dt.timedelta(hours=2)
    )
    booked(older, person("Gus Gray"), attendance=Attendance.DID_NOT_ATTEND)
    # Another partnership's event and policy, the same month.
    other_event = TrainingEventPageFactory(
        parent=training_index, title="Sandwell briefing", partnership=sandwell.partnership
    )
    ChargePolicy.objects.create(
        partnership=sandwell.partnership, did_not_attend_charge=Decimal("40.00")
    )
    other_session = TrainingSessionFactory(
        event=other_event, starts_at=_at(month, 20), ends_at=_at(month, 20) + dt.timedelta(hours=1)
    )
    booked(
        other_session,
        person("Hal Hart", sandwell),
        attendance=Attendance.DID_NOT_ATTEND,
        attendance_agency=sandwell,
    )
    return {"month": month, "bookings": bookings, "sandwell": sandwell}


def _streamed(response) -> str:
    return b"".join(response.streaming_content).decode()


def _command_rows(**options) -> list[dict[str, str]]:
    out = io.StringIO()
    call_command("training_charges", format="csv", stdout=out, **options)
    return list(csv.DictReader(io.StringIO(out.getvalue())))


def test_command_lists_each_charge_of_the_month_by_the_policy(example, partnership):
    month = example["month"]

    rows = _command_rows(month=f"{month:%Y-%m}", partnership="walsall")

    when = f"{month.replace(day=12):%-d %B %Y}"
    assert [
        (r["Agency"], r["Person"], r["Reason"], r["Amount"], r["Waived because"]) for r in rows
    ] == [
        ("Walsall Healthcare", "Bob Baker", "Did not attend", "50.00", ""),
        ("Sandwell Council", "Cat Cole", "Fee for an agency outside the partnership", "75.00", ""),
        ("Sandwell Council", "Dan Dale", "Fee for an agency outside the partnership", "75.00", ""),
        ("Walsall Healthcare", "Eve Ellis", "Late cancellation", "25.00", ""),
        ("Walsall Healthcare", "Fay Ford", "Did not attend", "0.00", "Family emergency"),
    ]
    assert {r["Session"] for r in rows} == {f"Multi-agency neglect workshop, {when}"}
    assert sum(Decimal(r["Amount"]) for r in rows) == Decimal("225.00")
    # Without --partnership, Sandwell's own DNA is listed too.
    everyone = _command_rows(month=f"{month:%Y-%m}")
    assert len(everyone) == 6
    assert ("Hal Hart", "40.00") in {(r["Person"], r["Amount"]) for r in everyone}


def test_command_refuses_a_bad_month_or_partnership(example):
    with pytest.raises(CommandError, match="--month must be a month as YYYY-MM"):
        _command_rows(month="November")
    with pytest.raises(CommandError, match="There is no partnership 'nowhere'"):
        _command_rows(month="2026-11", partnership="nowhere")


def test_the_report_shows_a_managers_own_partnership_and_exports_the_same(client, example, agency):
    month = example["month"]
    client.force_login(staff(agency, Role.PARTNERSHIP_MANAGER))

    page = client.get(REPORT, {"month": f"{month:%Y-%m}"})

    assert page.status_code == 200
    html = page.content.decode()
    assert "<strong>£225.00</strong> on 5 lines" in html
    assert "Hal Hart" not in html  # Sandwell's charges are Sandwell's
    assert "Gus Gray" not in html  # another month
    export = client.get(REPORT, {"month": f"{month:%Y-%m}", "export": "csv"})
    rows = list(csv.DictReader(io.StringIO(_streamed(export))))
    assert [(r["Person"], r["Amount (£)"]) for r in rows] == [
        ("Bob Baker", "50.00"),
        ("Cat Cole", "75.00"),
        ("Dan Dale", "75.00"),
        ("Eve Ellis", "25.00"),
        ("Fay Ford", "0.00"),
    ]


def test_another_partnerships_manager_sees_only_their_own(client, example):
    client.force_login(staff(example["sandwell"], Role.PARTNERSHIP_MANAGER))

    html = client.get(REPORT, {"month": f"{example['month']:%Y-%m}"}).content.decode()

    assert "Hal Hart" in html and "£40.00" in html
    assert "Bob Baker" not in html and "Cat Cole" not in html
    bob = example["bookings"]["Bob Baker"]
    assert client.get(f"{REPORT}{bob.pk}/waive/").status_code == 404
    assert client.post(f"{REPORT}{bob.pk}/waive/", {"reason": "Not ours"}).status_code == 404
    assert not ChargeWaiver.objects.filter(booking=bob).exists()


@pytest.mark.parametrize("role", [None, Role.TRAINER, Role.AGENCY_LEAD])
def test_learners_trainers_and_leads_cannot_see_charges(client, example, agency, role):
    person = staff(agency, role) if role else UserFactory(agency=agency)
    client.force_login(person)

    # A learner has no admin access at all: Wagtail sends them to sign in as staff.
    refused = 302 if role is None else 403
    assert client.get(REPORT).status_code == refused
    bob = example["bookings"]["Bob Baker"]
    assert client.post(f"{REPORT}{bob.pk}/waive/", {"reason": "Please"}).status_code == refused
    assert not ChargeWaiver.objects.filter(booking=bob).exists()


def test_a_manager_waives_a_charge_with_a_reason(client, example, agency):
    manager = staff(agency, Role.PARTNERSHIP_MANAGER)
    bob = example["bookings"]["Bob Baker"]
    client.force_login(manager)

    refused = client.post(f"{REPORT}{bob.pk}/waive/", {"reason": ""})
    done = client.post(f"{REPORT}{bob.pk}/waive/", {"reason": "Hospital appointment"})

    assert refused.status_code == 400 and "Enter why the charge is waived" in (
        refused.content.decode()
    )
    assert done.status_code == 302
    waiver = ChargeWaiver.objects.get(booking=bob)
    assert waiver.reason == "Hospital appointment" and waiver.waived_by == manager
    assert AuditEvent.objects.filter(action="training.charge_waive", subject=bob.learner).exists()
    rows = _command_rows(month=f"{example['month']:%Y-%m}", partnership="walsall")
    assert ("Bob Baker", "0.00", "Hospital appointment") in {
        (r["Person"], r["Amount"], r["Waived because"]) for r in rows
    }
    again = client.post(f"{REPORT}{bob.pk}/waive/", {"reason": "Hospital appointment"})
    assert again.status_code == 400 and "already been waived" in again.content.decode()


def test_names_that_look_like_formulas_are_made_safe_in_every_export(client, example, agency):
    bob = example["bookings"]["Bob Baker"].learner
    bob.first_name = '=HYPERLINK("http://evil.example","Click")'
    bob.save()
    month = f"{example['month']:%Y-%m}"

    rows = _command_rows(month=month, partnership="walsall")
    client.force_login(staff(agency, Role.PARTNERSHIP_MANAGER))
    export = _streamed(client.get(REPORT, {"month": month, "export": "csv"}))

    assert rows[0]["Person"].startswith("'=HYPERLINK")
    assert "'=HYPERLINK" in export
