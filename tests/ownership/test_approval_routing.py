"""Approval goes to the managers of the partnership that owns the page (the partnership
whose site's tree it is in), and is refused to other partnerships' managers (issue 16)."""

from __future__ import annotations

import pytest

from django.test import Client
from django.urls import reverse

from wagtail.models import WorkflowState

from courses.briefings.models import BriefingPage
from learning.people.roles import Role
from tests.briefings.test_workflow import briefing_form

from .conftest import briefing_index, staff

pytestmark = pytest.mark.django_db

TITLE = "Learning from a rapid review"


def submitted_by(client, trainer, index) -> BriefingPage:
    """A briefing the trainer writes in the admin and submits for approval."""
    client.force_login(trainer)
    response = client.post(
        reverse("wagtailadmin_pages:add", args=["courses", "briefingpage", index.pk]),
        briefing_form(**{"action-submit": "1", "slug": f"review-{index.pk}"}),
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    page = BriefingPage.objects.get(slug=f"review-{index.pk}")
    assert page.workflow_in_progress
    return page


def approve(page, user):
    state = WorkflowState.objects.get(base_content_type__isnull=False, object_id=str(page.pk))
    client = Client()  # a session of their own: no message left from the submitter's
    client.force_login(user)
    return client.post(
        reverse(
            "wagtailadmin_pages:workflow_action",
            args=[page.pk, "approve", state.current_task_state.pk],
        ),
        {"comment": ""},
    )


def awaiting_review(user) -> str:
    client = Client()
    client.force_login(user)
    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    return response.content.decode()


@pytest.mark.parametrize(("owner", "other"), [("walsall", "croydon"), ("croydon", "walsall")])
def test_only_the_owning_partnerships_managers_may_approve(client, sites, owner, other):
    page = submitted_by(client, staff(owner, Role.TRAINER), briefing_index(sites[owner]))
    owners_manager = staff(owner, Role.PARTNERSHIP_MANAGER)
    others_manager = staff(other, Role.PARTNERSHIP_MANAGER)

    # Not in the other partnership's manager's queue, and the approval is refused.
    assert TITLE not in awaiting_review(others_manager)
    response = approve(page, others_manager)
    assert response.status_code in (302, 403)
    page.refresh_from_db()
    assert not page.live
    state = WorkflowState.objects.get(object_id=str(page.pk))
    assert state.current_task_state.status == "in_progress"

    # The owner's manager sees it waiting and approves it.
    assert TITLE in awaiting_review(owners_manager)
    response = approve(page, owners_manager)
    assert response.status_code in (200, 302)
    page.refresh_from_db()
    assert page.live


def test_another_partnerships_manager_is_not_offered_the_approve_action(client, sites):
    page = submitted_by(client, staff("walsall", Role.TRAINER), briefing_index(sites["walsall"]))
    edit = reverse("wagtailadmin_pages:edit", args=[page.pk])
    client = Client()
    client.force_login(staff("walsall", Role.PARTNERSHIP_MANAGER))
    assert 'data-workflow-action-name="approve"' in client.get(edit).content.decode()
    client.force_login(staff("croydon", Role.PARTNERSHIP_MANAGER))
    response = client.get(edit)
    assert response.status_code == 302  # no permission on Walsall's pages at all
    assert response.url == reverse("wagtailadmin_home")
