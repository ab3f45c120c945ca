"""Each partnership's managers keep its local arrangements in the admin, and only
theirs: a Croydon manager can neither open, change nor create Walsall's."""

from __future__ import annotations

import pytest
from allauth.mfa.models import Authenticator

from cms.local_inserts.models import LocalArrangements
from learning.people.roles import Role
from tests.factories import AgencyFactory, PartnershipFactory, UserFactory

pytestmark = pytest.mark.django_db

LISTING = "/admin/snippets/cms/localarrangements/"


def _manager(partnership):
    user = UserFactory(
        agency=AgencyFactory(partnership=partnership), roles={Role.PARTNERSHIP_MANAGER}
    )
    Authenticator.objects.create(user=user, type=Authenticator.Type.TOTP, data={})
    return user


@pytest.fixture
def two_partnerships(home_page):
    croydon = PartnershipFactory(name="Croydon Safeguarding Children Partnership", slug="croydon")
    walsall = PartnershipFactory(name="Walsall Safeguarding Partnership", slug="walsall")
    return {
        "croydon": croydon,
        "walsall": walsall,
        "croydon_row": LocalArrangements.objects.create(
            partnership=croydon, assessment_tool_name="Croydon neglect toolkit"
        ),
        "walsall_row": LocalArrangements.objects.create(
            partnership=walsall, assessment_tool_name="Graded Care Profile 2 (GCP2)"
        ),
    }


def _form(row, **changes) -> dict:
    data = {
        "partnership": row.partnership_id,
        "assessment_tool_name": row.assessment_tool_name,
        "assessment_tool_description": "",
        "assessment_tool_url": "",
        "threshold_document_title": "",
        "threshold_document_file": "",
        "threshold_document_url": "",
        "escalation_policy_title": "",
        "escalation_policy_file": "",
        "escalation_policy_url": "",
        "training_booking_title": "",
        "training_booking_url": "",
        "source": "",
    }
    data.update(changes)
    return data


def test_manager_lists_and_edits_only_their_own_partnerships_arrangements(client, two_partnerships):
    client.force_login(_manager(two_partnerships["croydon"]))
    listing = client.get(LISTING).content.decode()
    assert "Croydon neglect toolkit" in listing
    assert "Graded Care Profile 2" not in listing

    own = two_partnerships["croydon_row"]
    response = client.post(
        f"{LISTING}edit/{own.pk}/",
        _form(own, escalation_policy_title="Croydon escalation policy"),
    )

    assert response.status_code == 302
    own.refresh_from_db()
    assert own.escalation_policy_title == "Croydon escalation policy"


def test_croydon_manager_cannot_open_or_change_walsalls_arrangements(client, two_partnerships):
    client.force_login(_manager(two_partnerships["croydon"]))
    walsall_row = two_partnerships["walsall_row"]

    for url in (
        f"{LISTING}edit/{walsall_row.pk}/",
        f"{LISTING}delete/{walsall_row.pk}/",
        f"{LISTING}history/{walsall_row.pk}/",
    ):
        response = client.get(url)
        assert response.status_code in (302, 403), url
        assert "Graded Care Profile 2" not in response.content.decode()
    client.post(
        f"{LISTING}edit/{walsall_row.pk}/", _form(walsall_row, assessment_tool_name="Hijacked")
    )
    client.post(f"{LISTING}delete/{walsall_row.pk}/")

    walsall_row.refresh_from_db()
    assert walsall_row.assessment_tool_name == "Graded Care Profile 2 (GCP2)"


def test_manager_cannot_create_arrangements_for_another_partnership(client, two_partnerships):
    other = PartnershipFactory(name="Merton Safeguarding Children Partnership", slug="merton")
    client.force_login(_manager(two_partnerships["croydon"]))

    form = client.get(f"{LISTING}add/").content.decode()
    response = client.post(
        f"{LISTING}add/", _form(two_partnerships["croydon_row"], partnership=other.pk)
    )

    assert "Merton Safeguarding" not in form
    assert response.status_code == 200
    assert not LocalArrangements.objects.filter(partnership=other).exists()


def test_a_partnership_has_one_set_of_arrangements(client, two_partnerships):
    client.force_login(_manager(two_partnerships["croydon"]))

    response = client.post(
        f"{LISTING}add/", _form(two_partnerships["croydon_row"], assessment_tool_name="Second")
    )

    assert response.status_code == 200
    assert LocalArrangements.objects.filter(partnership=two_partnerships["croydon"]).count() == 1


def test_edited_arrangements_show_in_the_lesson_at_once(client, two_partnerships, home_page):
    """What the manager saves is what the next reader sees (no stale copy)."""
    from django.test import Client

    from tests.factories import CourseIndexPageFactory, CoursePageFactory, LessonPageFactory

    from .helpers import insert_text

    index = CourseIndexPageFactory(parent=home_page)
    course = CoursePageFactory(parent=index)
    lesson = LessonPageFactory(
        parent=course, body=[("local_insert", {"kind": "assessment_tool", "lead_in": ""})]
    )
    reader = Client()
    reader.force_login(UserFactory(agency=AgencyFactory(partnership=two_partnerships["croydon"])))
    assert "Croydon neglect toolkit" in insert_text(
        reader.get(lesson.url).content.decode(), "assessment_tool"
    )

    client.force_login(_manager(two_partnerships["croydon"]))
    own = two_partnerships["croydon_row"]
    client.post(f"{LISTING}edit/{own.pk}/", _form(own, assessment_tool_name="GCP2 in Croydon"))

    assert "GCP2 in Croydon" in insert_text(
        reader.get(lesson.url).content.decode(), "assessment_tool"
    )
