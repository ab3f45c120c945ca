"""Demo training: the /training/ listing, three upcoming events with dated sessions, a
full session with a waiting list, the demo learner's bookings, and a past session with
its register taken (including a did-not-attend) last month.

Idempotent: pages are found by slug, an event's sessions are made only when it has none,
and bookings are found by session and person, so running seed_demo again changes nothing.

Event content is written in plain English from the source documents in shared/seeds/:
- the workshop from the Walsall neglect strategy update ("Neglect Matters" practitioner
  event, training offer) and the South West London joint strategy (joint multi-agency
  training, workshops and seminars);
- the online briefing session from the Walsall 7-minute briefing on the multi-agency
  audit of neglect (which asks practitioners to book Understanding Neglect training);
- the GCP2 training from the Birmingham Neglect Strategy 2022-26 (GCP2 roll-out and
  training) and the same briefing ("book onto one of our forthcoming dates").
"""

from __future__ import annotations

import datetime as dt
from datetime import timedelta
from decimal import Decimal

from django.utils import timezone

from wagtail.models import Page

from courses.catalogue.models import CoursePage
from learning.people.models import Agency, Partnership, RoleGroup, User
from learning.people.seed import demo_practitioner
from learning.training.models import (
    Attendance,
    Booking,
    BookingStatus,
    ChargePolicy,
    TrainingEventPage,
    TrainingFormat,
    TrainingIndexPage,
    TrainingSession,
)

INDEX_INTRODUCTION = (
    "Face-to-face and online training run by the safeguarding partnerships. Find a date, "
    "see how many places are left, and book with your account."
)

WALSALL_VENUE = "Walsall Council House\nLichfield Street\nWalsall WS1 1TW"
WALSALL_ACCESS = (
    "Step-free entrance on Lichfield Street. Accessible toilets and a hearing loop in the "
    "meeting rooms. Tell us if you need anything else to take part."
)

EVENTS = [
    {
        "slug": "multi-agency-neglect-workshop",
        "title": "Multi-agency neglect workshop",
        "topic": "Neglect",
        "audience_role_group": RoleGroup.FRONTLINE,
        "cpd_minutes": 180,
        "summary": (
            "A half-day workshop for frontline staff from every agency: recognise neglect "
            "early, share what you know, and plan together with the family."
        ),
        "description": (
            "<p>Neglect is rarely seen by one agency alone. In this workshop practitioners "
            "from health, police, schools, early years, housing, early help, social care and "
            "the voluntary sector work through a case together, as the partnership's joint "
            "strategies ask.</p><p>It is part of Walsall's Neglect Matters strategy, whose "
            "training aims for everyone in Walsall to understand what neglect means, and "
            "follows the multi-agency workshops planned in the South West London joint "
            "neglect strategy.</p>"
        ),
        "learning_outcomes": (
            "<ul><li>Spot the early signs of neglect and its cumulative impact on a "
            "child.</li><li>Share information with the right people at the right "
            "time.</li><li>Build one shared plan with the family and the other agencies "
            "involved.</li><li>Know when and how to escalate if a plan is not "
            "working.</li></ul>"
        ),
        "needs_manager_approval": False,
    },
    {
        "slug": "understanding-neglect-online-briefing",
        "title": "Understanding neglect: online briefing session",
        "topic": "Audit findings",
        "audience_role_group": "",
        "cpd_minutes": 60,
        "summary": (
            "A one-hour online session on what Walsall's multi-agency audit of neglect found, "
            "and what to do differently in your own work."
        ),
        "description": (
            "<p>The partnership's multi-agency audit found that assessments were often "
            "single-agency, plans gave actions to agencies one by one, updated plans were "
            "not always shared, and interpreters were not used consistently.</p><p>This "
            "session talks through those findings and the actions the 7-minute briefing asks "
            "of every practitioner, with time for questions.</p>"
        ),
        "learning_outcomes": (
            "<ul><li>Describe the audit's main findings.</li><li>Share your latest assessment "
            "or plan with the professional network.</li><li>Use an interpreter whenever one "
            "is needed.</li></ul>"
        ),
        "needs_manager_approval": False,
    },
    {
        "slug": "gcp2-licensed-practitioner-training",
        "title": "GCP2 licensed practitioner training",
        "topic": "GCP2",
        "audience_role_group": RoleGroup.FRONTLINE,
        "cpd_minutes": 360,
        "summary": (
            "The full-day licensed training you need before you use Graded Care Profile 2 "
            "with a family. Complete the GCP2 e-learning first; your line manager approves "
            "your place."
        ),
        "description": (
            "<p>GCP2 is the NSPCC's tool for measuring the quality of care a child receives. "
            "It is licensed: you must attend this training before you use it. Birmingham's "
            "neglect strategy sets out how GCP2 is being rolled out across agencies, and "
            "Walsall's audit briefing asks practitioners who need GCP2 training to book one "
            "of the forthcoming dates.</p><p>Because it takes a full day away from your "
            "work, your line manager is asked to approve your booking.</p>"
        ),
        "learning_outcomes": (
            "<ul><li>Grade care fairly and consistently across each area of need.</li>"
            "<li>Use GCP2 in a strengths-based way, alongside the family.</li><li>Use the "
            "results to shape a shared plan and to measure change over time.</li></ul>"
        ),
        "needs_manager_approval": True,
    },
]

DEMO_PRACTITIONERS = [
    ("priya.practitioner@example.org", "Priya", "Patel", "Walsall Healthcare NHS Trust"),
    ("sam.social@example.org", "Sam", "Shah", "Walsall Children's Social Care"),
    ("tom.teacher@example.org", "Tom", "Turner", "Walsall schools"),
    ("hana.housing@example.org", "Hana", "Hughes", "Walsall Housing Group"),
    ("eddie.earlyhelp@example.org", "Eddie", "Evans", "Walsall Early Help"),
]


def _at(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    return timezone.make_aware(dt.datetime.combine(day, dt.time(hour, minute)))


def _index(home: Page) -> TrainingIndexPage:
    index = TrainingIndexPage.objects.child_of(home).first()
    if index is None:
        index = TrainingIndexPage(
            title="Training", slug="training", introduction=INDEX_INTRODUCTION
        )
        home.add_child(instance=index)
        index.save_revision().publish()
    return index


def _event(index: TrainingIndexPage, data: dict, partnership: Partnership) -> TrainingEventPage:
    event = TrainingEventPage.objects.child_of(index).filter(slug=data["slug"]).first()
    if event is None:
        event = TrainingEventPage(partnership=partnership, **data)
        index.add_child(instance=event)
        event.save_revision().publish()
    return event


def _practitioners() -> list[User]:
    people = []
    for email, first, last, agency_name in DEMO_PRACTITIONERS:
        agency = Agency.objects.get(name=agency_name)
        user = demo_practitioner(email=email, first_name=first, last_name=last, agency=agency)
        people.append(user)
    return people


def _book(session, learner, status, *, created_at, **fields) -> Booking:
    booking, _ = Booking.objects.get_or_create(
        session=session,
        learner=learner,
        defaults={"status": status, "created_at": created_at, **fields},
    )
    return booking


def seed_training(*, home: Page) -> TrainingIndexPage:
    walsall = Partnership.objects.get(slug="walsall")
    birmingham = Partnership.objects.filter(slug="birmingham").first()
    ChargePolicy.objects.get_or_create(
        partnership=walsall,
        defaults={
            "non_partner_fee": Decimal("60.00"),
            "did_not_attend_charge": Decimal("50.00"),
            "late_cancellation_charge": Decimal("25.00"),
            "cancellation_cutoff_days": 7,
        },
    )
    index = _index(home)
    events = {data["slug"]: _event(index, data, walsall) for data in EVENTS}
    gcp2 = events["gcp2-licensed-practitioner-training"]
    course = CoursePage.objects.filter(slug="graded-care-profile-2").first()
    if course is not None and not gcp2.prerequisite_courses.exists():
        gcp2.prerequisite_courses.set([course])
        gcp2.linked_course = course
        if birmingham is not None:
            # Naming partnerships replaces the default, so the owner is named too.
            gcp2.eligible_partnerships.set([walsall, birmingham])
        gcp2.save_revision().publish()

    today = timezone.localdate()
    learner = User.objects.filter(email="learner@example.org").first()
    manager = User.objects.filter(email="manager@example.org").first()
    people = _practitioners()
    now = timezone.now()

    workshop = events["multi-agency-neglect-workshop"]
    if not workshop.sessions.exists():
        full = TrainingSession.objects.create(
            event=workshop,
            starts_at=_at(today + timedelta(days=21), 9, 30),
            ends_at=_at(today + timedelta(days=21), 12, 30),
            format=TrainingFormat.IN_PERSON,
            venue=WALSALL_VENUE,
            accessibility_notes=WALSALL_ACCESS,
            capacity=3,
            trainers="Tara Trainer, Neglect Lead Manager",
        )
        TrainingSession.objects.create(
            event=workshop,
            starts_at=_at(today + timedelta(days=49), 13, 30),
            ends_at=_at(today + timedelta(days=49), 16, 30),
            format=TrainingFormat.IN_PERSON,
            venue=WALSALL_VENUE,
            accessibility_notes=WALSALL_ACCESS,
            capacity=20,
            trainers="Tara Trainer",
        )
        last_month = today.replace(day=1) - timedelta(days=10)
        past = TrainingSession.objects.create(
            event=workshop,
            starts_at=_at(last_month, 9, 30),
            ends_at=_at(last_month, 12, 30),
            format=TrainingFormat.IN_PERSON,
            venue=WALSALL_VENUE,
            accessibility_notes=WALSALL_ACCESS,
            capacity=12,
            trainers="Tara Trainer",
        )
        for person in people[:3]:
            _book(full, person, BookingStatus.BOOKED, created_at=now - timedelta(days=10))
        _book(
            full,
            people[3],
            BookingStatus.WAITING,
            created_at=now - timedelta(days=4),
            waiting_since=now - timedelta(days=4),
        )
        if learner is not None:
            _book(
                full,
                learner,
                BookingStatus.WAITING,
                created_at=now - timedelta(days=2),
                waiting_since=now - timedelta(days=2),
            )
        register = [
            (people[0], Attendance.ATTENDED),
            (people[1], Attendance.ATTENDED),
            (people[2], Attendance.PARTIAL),
            (people[4], Attendance.DID_NOT_ATTEND),
        ]
        if learner is not None:
            register.insert(0, (learner, Attendance.ATTENDED))
        marked_at = past.ends_at + timedelta(minutes=15)
        for person, attendance in register:
            _book(
                past,
                person,
                BookingStatus.BOOKED,
                created_at=past.starts_at - timedelta(days=20),
                attendance=attendance,
                attendance_marked_at=marked_at,
                attendance_marked_by=manager,
            )

    briefing = events["understanding-neglect-online-briefing"]
    if not briefing.sessions.exists():
        online = TrainingSession.objects.create(
            event=briefing,
            starts_at=_at(today + timedelta(days=10), 12, 30),
            ends_at=_at(today + timedelta(days=10), 13, 30),
            format=TrainingFormat.ONLINE,
            joining_link="https://meet.example.org/walsall-understanding-neglect",
            joining_instructions="Join five minutes early. Passcode: 7MB-2026.",
            accessibility_notes="Live captions are on. The slides are sent in advance.",
            capacity=60,
            trainers="Neglect Lead Manager",
        )
        if learner is not None:
            _book(online, learner, BookingStatus.BOOKED, created_at=now - timedelta(days=1))

    if not gcp2.sessions.exists():
        TrainingSession.objects.create(
            event=gcp2,
            starts_at=_at(today + timedelta(days=35), 9, 0),
            ends_at=_at(today + timedelta(days=35), 16, 0),
            format=TrainingFormat.IN_PERSON,
            venue=WALSALL_VENUE,
            accessibility_notes=WALSALL_ACCESS,
            capacity=16,
            trainers="Licensed GCP2 trainers",
        )
    return index
