"""Fixtures for licences: Walsall with two agencies (Early Help, Health), the GCP2
introduction e-learning, the licensed training event, the GCP2 licence type (36 months,
refresher renews, the e-learning first) with a resources collection holding a document,
and Walsall's manager and Early Help lead (with the second factor staff pages need)."""

from __future__ import annotations

import datetime as dt

import pytest

from django.core.files.base import ContentFile
from django.utils import timezone

from wagtail.documents import get_document_model
from wagtail.models import Collection

from learning.licences.models import Licence, LicenceType
from learning.people.models import Sector
from learning.people.roles import Role
from learning.progress.models import CourseCompletion
from learning.training.models import Attendance, Booking, BookingStatus
from tests.coverage.builders import course, with_mfa
from tests.factories import (
    AgencyFactory,
    PartnershipFactory,
    TrainingEventPageFactory,
    TrainingIndexPageFactory,
    TrainingSessionFactory,
    UserFactory,
)


@pytest.fixture
def partnership():
    return PartnershipFactory(name="Walsall Safeguarding Partnership", slug="walsall")


@pytest.fixture
def early_help(partnership):
    return AgencyFactory(
        partnership=partnership, name="Walsall Early Help", sector=Sector.EARLY_HELP
    )


@pytest.fixture
def health(partnership):
    return AgencyFactory(partnership=partnership, name="Walsall Healthcare", sector=Sector.HEALTH)


@pytest.fixture
def elearning(home_page):
    return course(home_page, slug="graded-care-profile-2")


@pytest.fixture
def licensed_event(home_page, partnership):
    index = TrainingIndexPageFactory(parent=home_page)
    return TrainingEventPageFactory(
        parent=index, title="GCP2 licensed practitioner training", partnership=partnership
    )


@pytest.fixture
def resources():
    root = Collection.get_first_root_node()
    collection = root.add_child(name="GCP2 licensed resources")
    document = get_document_model()(title="GCP2 recording form", collection=collection)
    document.file.save("gcp2-form.txt", ContentFile(b"Recording form"), save=False)
    document.save()
    return collection, document


@pytest.fixture
def gcp2(partnership, licensed_event, elearning, resources):
    licence_type = LicenceType.objects.create(
        partnership=partnership,
        name="GCP2",
        slug="gcp2",
        validity_months=36,
        refresher_renews=True,
        how_to_become_licensed="<p>Attend the licensed GCP2 training in full.</p>",
        resources_introduction="<p>The scale and the forms.</p>",
        resources_collection=resources[0],
    )
    licence_type.granting_events.set([licensed_event])
    licence_type.prerequisite_courses.set([elearning])
    licence_type.save()  # parental many-to-many fields are written on save
    return licence_type


@pytest.fixture
def manager(early_help):
    return with_mfa(
        UserFactory(agency=early_help, roles={Role.PARTNERSHIP_MANAGER}, first_name="Mo")
    )


@pytest.fixture
def lead(early_help):
    return with_mfa(UserFactory(agency=early_help, roles={Role.AGENCY_LEAD}, first_name="Lina"))


def past_session(event, *, days_ago: int = 10):
    starts = (timezone.now() - dt.timedelta(days=days_ago)).replace(second=0, microsecond=0)
    return TrainingSessionFactory(
        event=event, starts_at=starts, ends_at=starts + dt.timedelta(hours=6)
    )


def completed(person, course_page, when: dt.datetime) -> CourseCompletion:
    return CourseCompletion.objects.create(
        learner=person, course=course_page, run=1, completed_at=when, agency=person.agency
    )


def attended(session, person, attendance: str = Attendance.ATTENDED) -> Booking:
    return Booking.objects.create(
        session=session,
        learner=person,
        status=BookingStatus.BOOKED,
        attendance=attendance,
        attendance_agency=person.agency,
        attendance_marked_at=session.ends_at,
    )


def licence(licence_type, person, *, licensed_on: dt.date, renew_by=None, **fields) -> Licence:
    """A register row built by hand, for the figures and access tests."""
    return Licence.objects.create(
        licence_type=licence_type,
        person=person,
        agency=fields.pop("agency", person.agency),
        licensed_on=licensed_on,
        renew_by=renew_by,
        **fields,
    )
