"""The site history names who changed a page only to readers whose scope includes that
person: a trainer's course submission is not shown, with their name, to another
partnership's manager (nor offered in the report's "User" filter)."""

from __future__ import annotations

import pytest

from django.urls import reverse

from courses.authoring.services import course_submit
from learning.people.roles import Role
from tests.coverage.builders import staff
from tests.factories import AgencyFactory, PartnershipFactory

from .conftest import draft_course  # noqa: F401

pytestmark = pytest.mark.django_db


@pytest.fixture
def submitted(draft_course):  # noqa: F811
    walsall = AgencyFactory(partnership=PartnershipFactory(name="Walsall", slug="walsall"))
    dudley = AgencyFactory(partnership=PartnershipFactory(name="Dudley", slug="dudley"))
    trainer = staff(walsall, Role.TRAINER, "Wren")
    trainer.last_name = "Walsall-Trainer"
    trainer.save()
    course_submit(course=draft_course, user=trainer, note="Please check lesson 2")
    return {"walsall": walsall, "dudley": dudley, "trainer": trainer}


def history(client, user) -> str:
    client.force_login(user)
    response = client.get(reverse("wagtailadmin_reports:site_history"))
    assert response.status_code == 200
    return response.content.decode()


def test_manager_of_the_trainers_partnership_sees_the_submission_and_who(client, submitted):
    body = history(client, staff(submitted["walsall"], Role.PARTNERSHIP_MANAGER))
    assert "Walsall-Trainer" in body
    assert "Neglect in adolescence" in body


def test_manager_of_another_partnership_sees_neither_entry_nor_name(client, submitted):
    body = history(client, staff(submitted["dudley"], Role.PARTNERSHIP_MANAGER))
    assert "Walsall-Trainer" not in body  # not in the rows, nor the "User" filter


def test_the_trainer_sees_their_own_entries(client, submitted):
    body = history(client, submitted["trainer"])
    assert "Walsall-Trainer" in body


def test_administrators_still_see_every_page_entry(client, submitted):
    from tests.briefings.conftest import with_mfa
    from tests.factories import UserFactory

    admin = with_mfa(UserFactory(is_superuser=True, is_staff=True))
    body = history(client, admin)
    assert "Walsall-Trainer" in body
