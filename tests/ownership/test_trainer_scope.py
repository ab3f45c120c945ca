"""Trainers work only on their own partnership's content: another partnership's pages
cannot be edited, added to or submitted by them (issue 16)."""

from __future__ import annotations

import pytest

from django.urls import reverse

from wagtail.models import WorkflowState

from courses.briefings.models import BriefingPage
from learning.people.roles import Role
from tests.briefings.test_workflow import briefing_form
from tests.factories import BriefingPageFactory

from .conftest import briefing_index, course_index, staff

pytestmark = pytest.mark.django_db


def add_url(index) -> str:
    return reverse("wagtailadmin_pages:add", args=["courses", "briefingpage", index.pk])


def refused(response) -> bool:
    """Wagtail sends someone without permission back to the dashboard, with a message."""
    return response.status_code == 403 or (
        response.status_code == 302 and response.url == reverse("wagtailadmin_home")
    )


def test_a_trainer_cannot_edit_add_to_or_submit_another_partnerships_pages(client, sites):
    walsall_briefing = BriefingPageFactory(
        parent=briefing_index(sites["walsall"]), title="Walsall's briefing"
    )
    client.force_login(staff("croydon", Role.TRAINER))
    edit = reverse("wagtailadmin_pages:edit", args=[walsall_briefing.pk])

    assert refused(client.get(edit))
    response = client.post(
        edit,
        briefing_form(**{"action-submit": "1", "title": "Changed by Croydon", "slug": "x"}),
    )
    assert refused(response)
    walsall_briefing.refresh_from_db()
    assert walsall_briefing.title == "Walsall's briefing"
    assert not WorkflowState.objects.filter(object_id=str(walsall_briefing.pk)).exists()

    assert refused(client.get(add_url(briefing_index(sites["walsall"]))))
    response = client.post(
        add_url(briefing_index(sites["walsall"])), briefing_form(**{"action-submit": "1"})
    )
    assert refused(response)
    assert not BriefingPage.objects.filter(title="Learning from a rapid review").exists()
    course_add = reverse(
        "wagtailadmin_pages:add",
        args=["courses", "coursepage", course_index(sites["walsall"]).pk],
    )
    assert refused(client.get(course_add))


def test_a_trainer_works_on_their_own_partnerships_pages(client, sites):
    croydon_briefing = BriefingPageFactory(
        parent=briefing_index(sites["croydon"]), title="Croydon's briefing"
    )
    client.force_login(staff("croydon", Role.TRAINER))
    edit = reverse("wagtailadmin_pages:edit", args=[croydon_briefing.pk])
    assert client.get(edit).status_code == 200
    assert client.get(add_url(briefing_index(sites["croydon"]))).status_code == 200
    response = client.post(
        add_url(briefing_index(sites["croydon"])), briefing_form(**{"action-submit": "1"})
    )
    assert response.status_code == 302
    page = BriefingPage.objects.get(title="Learning from a rapid review")
    assert page.get_parent().pk == briefing_index(sites["croydon"]).pk
    assert page.workflow_in_progress


def test_a_trainer_moved_to_another_partnership_follows_it(client, sites):
    """Their partnership's page permissions follow the agency they are in when roles are
    set (the role groups are per partnership)."""
    from learning.people.models import Partnership
    from learning.people.services import user_set_roles
    from tests.factories import AgencyFactory

    trainer = staff("croydon", Role.TRAINER)
    trainer.agency = AgencyFactory(partnership=Partnership.objects.get(slug="merton"))
    trainer.save()
    user_set_roles(user=trainer, roles={Role.TRAINER})
    client.force_login(trainer)
    assert refused(client.get(add_url(briefing_index(sites["croydon"]))))
    assert client.get(add_url(briefing_index(sites["merton"]))).status_code == 200


def test_a_role_group_ticked_by_hand_brings_the_partnership_group(client, sites):
    """Wagtail's user editor sets groups directly: the Trainer group alone still gives
    the person their own partnership's pages, and taking it away takes those too."""
    from django.contrib.auth.models import Group

    person = staff("croydon", Role.TRAINER)
    person.groups.clear()
    person.groups.add(Group.objects.get(name=Role.TRAINER.value))
    assert set(person.groups.values_list("name", flat=True)) == {"Trainer", "Trainer (croydon)"}
    client.force_login(person)
    assert client.get(add_url(briefing_index(sites["croydon"]))).status_code == 200

    person.groups.remove(Group.objects.get(name=Role.TRAINER.value))
    assert not person.groups.exists()
