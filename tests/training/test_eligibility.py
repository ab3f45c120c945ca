"""Who may book an event: the partnerships and agencies it names (replacing the owner's
agencies when any are named), its audience, and e-learning that must still be in date."""

from __future__ import annotations

from datetime import timedelta

import pytest

from django.utils import timezone

from learning.people.models import RoleGroup, Sector
from learning.progress.models import CourseCompletion
from learning.training.models import Booking, BookingStatus
from tests.factories import (
    AgencyFactory,
    CourseIndexPageFactory,
    CoursePageFactory,
    PartnershipFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db(transaction=True)


def _book(client, person, session):
    client.force_login(person)
    return client.post(f"/training/sessions/{session.pk}/book/")


def test_naming_an_agency_closes_the_event_to_the_owners_other_agencies(
    client, learner, session, event
):
    named = AgencyFactory(name="Dudley Council")
    event.eligible_agencies.add(named)
    event.save_revision().publish()

    response = _book(client, learner, session)

    assert response.status_code == 400
    assert (
        "This event is only for staff of the partnerships and agencies it names; "
        "Walsall Healthcare is not one of them."
    ) in response.content.decode()
    assert not Booking.objects.exists()
    assert _book(client, UserFactory(agency=named), session).status_code == 302


def test_a_named_partnership_lets_its_agencies_book_and_not_others(client, session, event):
    birmingham = PartnershipFactory(name="Birmingham Safeguarding Partnership")
    event.eligible_partnerships.add(birmingham)
    event.save_revision().publish()
    insider = UserFactory(agency=AgencyFactory(partnership=birmingham, name="Brum Trust"))
    outsider = UserFactory(agency=AgencyFactory(name="Far away trust"))

    assert _book(client, insider, session).status_code == 302
    response = _book(client, outsider, session)

    assert response.status_code == 400
    assert "Far away trust is not one of them." in response.content.decode()
    assert list(Booking.objects.values_list("learner", flat=True)) == [insider.pk]


def test_with_nothing_named_only_the_owners_agencies_may_book(client, learner, session):
    outsider = UserFactory(agency=AgencyFactory(name="Far away trust"))

    response = _book(client, outsider, session)

    assert response.status_code == 400
    assert (
        "This event is only for staff of agencies in Walsall Safeguarding Partnership; "
        "Far away trust is not one of them."
    ) in response.content.decode()
    assert _book(client, learner, session).status_code == 302


def test_the_audience_sector_refuses_other_sectors(client, agency, session, event):
    event.audience_sector = Sector.EDUCATION
    event.save_revision().publish()
    agency.sector = Sector.HEALTH
    agency.save()
    nurse = UserFactory(agency=agency)

    response = _book(client, nurse, session)

    assert response.status_code == 400
    assert (
        "This event is for staff in the Education sector; your agency is in the Health sector."
    ) in response.content.decode()
    assert not Booking.objects.exists()


def test_the_audience_role_group_refuses_a_recorded_other_group(client, agency, session, event):
    event.audience_role_group = RoleGroup.MANAGER
    event.save_revision().publish()
    frontline = UserFactory(agency=agency, role_group=RoleGroup.FRONTLINE)
    unrecorded = UserFactory(agency=agency, role_group="")

    response = _book(client, frontline, session)

    assert response.status_code == 400
    assert (
        "This event is for Managers staff; your role group is recorded as Frontline practitioners."
    ) in response.content.decode()
    assert _book(client, unrecorded, session).status_code == 302
    assert (
        _book(client, UserFactory(agency=agency, role_group=RoleGroup.MANAGER), session).status_code
        == 302
    )
    assert Booking.objects.filter(status=BookingStatus.BOOKED).count() == 2


def test_an_expired_prerequisite_is_refused_until_the_refresher(
    client, learner, session, event, home_page
):
    course = CoursePageFactory(
        parent=CourseIndexPageFactory(parent=home_page), title="GCP2 e-learning", validity_months=12
    )
    event.prerequisite_courses.add(course)
    event.save_revision().publish()
    CourseCompletion.objects.create(
        learner=learner, course=course, completed_at=timezone.now() - timedelta(days=400)
    )

    response = _book(client, learner, session)

    assert response.status_code == 400
    assert (
        "Your e-learning “GCP2 e-learning” has expired. Complete the refresher before "
        "booking this event."
    ) in response.content.decode()
    assert not Booking.objects.exists()

    CourseCompletion.objects.create(
        learner=learner, course=course, completed_at=timezone.now(), run=2
    )
    assert _book(client, learner, session).status_code == 302
    assert Booking.objects.get().status == BookingStatus.BOOKED
