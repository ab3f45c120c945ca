"""Demo licences: the GCP2 licence type (Walsall) with its licensed resources, WeCAN
(Wolverhampton's own tool, granted by hand), and GCP2 licences earned on seeded past
sessions of the licensed training: `licensed@example.org` (Walsall Early Help) and
practitioners across Walsall's agencies, one expiring soon and one lapsed, so the register
and the KPI show real figures. Safe to run again."""

from __future__ import annotations

import datetime as dt

from dateutil.relativedelta import relativedelta

from django.core.files.base import ContentFile
from django.utils import timezone

from wagtail.documents import get_document_model
from wagtail.models import Collection, Site

from courses.catalogue.models import CoursePage
from learning.licences.models import Licence, LicenceType, LicensedResourcePage
from learning.licences.services import licences_grant_owed
from learning.people.models import Partnership, User
from learning.progress.models import CourseCompletion
from learning.training.models import (
    Attendance,
    Booking,
    BookingStatus,
    TrainingEventPage,
    TrainingFormat,
    TrainingSession,
)

GCP2_EVENT_SLUG = "gcp2-licensed-practitioner-training"
GCP2_COURSE_SLUG = "graded-care-profile-2"
SEED_TRAINERS = "Licensed GCP2 trainers (demo register)"
VENUE = "Walsall Council House\nLichfield Street\nWalsall WS1 1TW"

HOW_TO_GCP2 = (
    "<p>GCP2 is licensed by the NSPCC: you may use it only after attending licensed GCP2 "
    "training in full. First complete the GCP2 introduction e-learning, then book a "
    "licensed practitioner training day. Your agency's GCP2 champion can help you "
    "prepare.</p>"
)
RESOURCES_GCP2 = (
    "<p>These resources are for licensed GCP2 practitioners in Walsall. Use them with "
    "the family, as your training showed, and record the assessment in your agency's "
    "case record.</p>"
)
GCP2_DOCUMENTS = [
    (
        "GCP2 scale: how to use it in Walsall",
        "gcp2-scale-walsall.txt",
        "The GCP2 scale, for licensed practitioners.\n\nThe scale itself is handed out at "
        "licensed training by the NSPCC's licensed trainers. This note says how Walsall "
        "agencies use it: score each of the four areas (physical care, safety, love and "
        "care, stimulation and education) with the family, agree the plan, and review it "
        "at the next visit.\n",
    ),
    (
        "GCP2 guidance for managers and supervisors",
        "gcp2-supervision-guidance.txt",
        "Supervising GCP2 work.\n\nAsk to see the scored assessment in supervision, check "
        "the family took part in the scoring, and agree when it will be repeated to "
        "measure change.\n",
    ),
    (
        "GCP2 recording form (Walsall)",
        "gcp2-recording-form.txt",
        "GCP2 recording form.\n\nChild's name:\nDate of assessment:\nPractitioner:\n"
        "Area 1 physical care, score and evidence:\nArea 2 safety:\nArea 3 love and care:\n"
        "Area 4 stimulation and education:\nPlan agreed with the family:\nReview date:\n",
    ),
]


def _collection(name: str) -> Collection:
    root = Collection.get_first_root_node()
    existing = root.get_children().filter(name=name).first()
    return existing or root.add_child(name=name)


def _documents(collection: Collection) -> None:
    Document = get_document_model()
    for title, filename, text in GCP2_DOCUMENTS:
        if Document.objects.filter(collection=collection, title=title).exists():
            continue
        document = Document(title=title, collection=collection)
        document.file.save(filename, ContentFile(text.encode()), save=False)
        document.save()


GUIDANCE_BODY = (
    "<h2>Before the visit</h2><p>Explain GCP2 to the family and agree when you will score "
    "it together. Bring the recording form.</p><h2>Scoring with the family</h2><p>Score "
    "each area with the parent or carer, noting the evidence for each score. Where you "
    "disagree, record both views.</p><h2>After the assessment</h2><p>Agree the plan with "
    "the family, record it in your agency's case record, and set the review date. Talk it "
    "through in supervision.</p>"
)


def _guidance_page(licence_type: LicenceType) -> None:
    """A licensed guidance page under the home page, read only by licence holders."""
    if LicensedResourcePage.objects.filter(licence_type=licence_type).exists():
        return
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        return
    site.root_page.add_child(
        instance=LicensedResourcePage(
            title="Using GCP2 with families in Walsall",
            slug="gcp2-guidance",
            licence_type=licence_type,
            summary="How Walsall's licensed practitioners use GCP2, step by step.",
            body=GUIDANCE_BODY,
        )
    )


def seed_licence_types() -> dict[str, LicenceType]:
    walsall = Partnership.objects.get(slug="walsall")
    wolverhampton = Partnership.objects.filter(slug="wolverhampton").first()
    gcp2, _ = LicenceType.objects.get_or_create(
        slug="gcp2",
        defaults={
            "partnership": walsall,
            "name": "GCP2",
            "description": "The NSPCC's Graded Care Profile 2, for measuring the quality of "
            "care a child receives.",
            "validity_months": 36,
            "refresher_renews": True,
            "how_to_become_licensed": HOW_TO_GCP2,
            "resources_introduction": RESOURCES_GCP2,
        },
    )
    if gcp2.resources_collection_id is None:
        gcp2.resources_collection = _collection("GCP2 licensed resources")
        gcp2.save(update_fields=["resources_collection"])
    _documents(gcp2.resources_collection)
    event = TrainingEventPage.objects.filter(slug=GCP2_EVENT_SLUG).first()
    course = CoursePage.objects.filter(slug=GCP2_COURSE_SLUG).first()
    if event is not None and not gcp2.granting_events.exists():
        gcp2.granting_events.set([event])
        if course is not None:
            gcp2.prerequisite_courses.set([course])
        gcp2.save()
    _guidance_page(gcp2)
    types = {"gcp2": gcp2}
    if wolverhampton is not None:
        types["wecan"], _ = LicenceType.objects.get_or_create(
            slug="wecan",
            defaults={
                "partnership": wolverhampton,
                "name": "WeCAN",
                "description": "Wolverhampton's own neglect assessment tool.",
                "validity_months": 24,
                "refresher_renews": True,
                "how_to_become_licensed": "<p>Ask Wolverhampton Safeguarding Together for "
                "a place on the WeCAN practitioner training.</p>",
            },
        )
    return types


def _attended(session: TrainingSession, person: User, marked_by: User | None) -> None:
    Booking.objects.get_or_create(
        session=session,
        learner=person,
        defaults={
            "status": BookingStatus.BOOKED,
            "created_at": session.starts_at - dt.timedelta(days=21),
            "attendance": Attendance.ATTENDED,
            "attendance_agency": person.agency,
            "attendance_marked_at": session.ends_at,
            "attendance_marked_by": marked_by,
        },
    )


def _with_prerequisite(person: User, course: CoursePage | None, before: dt.datetime) -> bool:
    """Give the person the GCP2 e-learning before the session, unless their own record
    says they took it later (then the session does not license them: the rule at work)."""
    if course is None:
        return True
    first = CourseCompletion.objects.filter(learner=person, course=course).order_by("run").first()
    if first is None:
        CourseCompletion.objects.create(
            learner=person,
            course=course,
            run=1,
            completed_at=before - dt.timedelta(days=30),
            agency=person.agency,
            score=90,
        )
        return True
    return first.completed_at <= before


def _past_session(event: TrainingEventPage, day: dt.date) -> TrainingSession:
    starts = timezone.make_aware(dt.datetime.combine(day, dt.time(9, 0)))
    session, _ = TrainingSession.objects.get_or_create(
        event=event,
        trainers=SEED_TRAINERS,
        starts_at__date=day,
        defaults={
            "starts_at": starts,
            "ends_at": starts + dt.timedelta(hours=7),
            "format": TrainingFormat.IN_PERSON,
            "venue": VENUE,
            "capacity": 20,
        },
    )
    return session


def seed_licences() -> int:
    """The licence types and the seeded GCP2 registers; returns the licences granted now."""
    types = seed_licence_types()
    event = TrainingEventPage.objects.filter(slug=GCP2_EVENT_SLUG).first()
    if event is None:
        return 0
    if not TrainingSession.objects.filter(event=event, trainers=SEED_TRAINERS).exists():
        course = CoursePage.objects.filter(slug=GCP2_COURSE_SLUG).first()
        manager = User.objects.filter(email="manager@example.org").first()
        today = timezone.localdate()
        walsall = types["gcp2"].partnership
        practitioners = list(
            User.objects.filter(email__startswith="demo.", agency__partnership=walsall)
            .select_related("agency")
            .order_by("agency__name", "email")
        )
        done = set(
            CourseCompletion.objects.filter(course=course).values_list("learner_id", flat=True)
        )
        # People who never took the e-learning: given it in time for the older sessions.
        fresh = [p for p in practitioners if p.pk not in done]
        older = fresh[:3]
        # Two from each agency: licensed a hundred days ago (those whose own e-learning
        # came later are not licensed: the prerequisite rule at work).
        by_agency: dict[int, list[User]] = {}
        for person in practitioners:
            if person not in older:
                by_agency.setdefault(person.agency_id, []).append(person)
        recent = [p for people in by_agency.values() for p in people[:2]]
        licensed = User.objects.filter(email="licensed@example.org").first()
        if licensed is not None:
            recent.insert(0, licensed)
        groups = [
            (today - dt.timedelta(days=100), recent),
            # Licensed three years ago less 40 days: renew by in 40 days, "expiring".
            (today - relativedelta(years=3) + dt.timedelta(days=40), older[:2]),
            # Licensed three years and two months ago: lapsed.
            (today - relativedelta(years=3, months=2), older[2:3]),
        ]
        for day, people in groups:
            session = _past_session(event, day)
            for person in people:
                if _with_prerequisite(person, course, session.ends_at):
                    _attended(session, person, manager)
    granted = licences_grant_owed()
    # One champion of the network in Early Help.
    Licence.objects.filter(
        licence_type__slug="gcp2", person__email="licensed@example.org", revoked_at__isnull=True
    ).update(is_champion=True)
    return granted
