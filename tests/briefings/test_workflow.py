"""Trainers draft and submit; a partnership manager approves through the Wagtail workflow;
scheduled publishing; briefings past review-by are flagged in the admin."""

from __future__ import annotations

import datetime as dt

import pytest

from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from wagtail.models import Revision, WorkflowState
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from courses.briefings.models import BriefingIndexPage, BriefingPage
from learning.people.roles import Role
from tests.factories import UserFactory

from .conftest import with_mfa

pytestmark = pytest.mark.django_db

SLUG = "learning-from-a-rapid-review"


def briefing_form(**overrides) -> dict:
    empty = rich_text("")
    data = nested_form_data(
        {
            "title": "Learning from a rapid review",
            "slug": SLUG,
            "briefing_type": "case_review",
            "date": "2026-11-02",
            "summary": "What a rapid review of a neglect case taught us.",
            "topics": "neglect, escalation",
            "review_by": "2028-11-30",
            "background": rich_text("<p>A rapid review took place after a child was harmed.</p>"),
            "why_it_matters": rich_text("<p>Escalation stalled for months.</p>"),
            "findings": empty,
            "good_practice": empty,
            "areas_for_development": empty,
            "actions": rich_text("<p>Escalate when a plan is not working.</p>"),
            "reflection_questions": streamfield([("question", "When did you last escalate?")]),
            "key_links": streamfield([]),
            "related_course_links": inline_formset([]),
            "sources": streamfield([("source", {"title": "Rapid review report", "url": ""})]),
            "comments": inline_formset([]),
        }
    )
    data.update(overrides)
    return data


@pytest.fixture
def catalogue(briefings) -> BriefingIndexPage:
    return BriefingIndexPage.objects.get()


@pytest.fixture
def trainer():
    return with_mfa(UserFactory(roles={Role.TRAINER}))


@pytest.fixture
def manager():
    return with_mfa(UserFactory(roles={Role.PARTNERSHIP_MANAGER}))


def add_url(catalogue) -> str:
    return reverse("wagtailadmin_pages:add", args=["courses", "briefingpage", catalogue.pk])


def approve(client, page, user):
    state = WorkflowState.objects.get(base_content_type__isnull=False, object_id=str(page.pk))
    client.force_login(user)
    return client.post(
        reverse(
            "wagtailadmin_pages:workflow_action",
            args=[page.pk, "approve", state.current_task_state.pk],
        ),
        {"comment": ""},
    )


def test_submit_approve_publish_through_the_workflow(client, catalogue, trainer, manager):
    client.force_login(trainer)
    response = client.post(add_url(catalogue), briefing_form(**{"action-submit": "1"}))
    assert response.status_code == 302, response.content.decode()[:3000]
    page = BriefingPage.objects.get(slug=SLUG)
    assert not page.live
    assert page.workflow_in_progress
    assert client.get(f"/briefings/{SLUG}/").status_code == 404

    # The trainer cannot publish it by other means either.
    client.post(
        reverse("wagtailadmin_pages:edit", args=[page.pk]),
        briefing_form(**{"action-publish": "1"}),
    )
    page.refresh_from_db()
    assert not page.live

    response = approve(client, page, manager)
    assert response.status_code in (200, 302)
    page.refresh_from_db()
    assert page.live
    client.logout()
    html = client.get(f"/briefings/{SLUG}/").content.decode()
    assert "Learning from a rapid review" in html
    assert "Escalation stalled for months." in html
    assert "When did you last escalate?" in html


def test_a_trainer_cannot_approve(client, catalogue, trainer):
    other_trainer = with_mfa(UserFactory(roles={Role.TRAINER}))
    client.force_login(trainer)
    client.post(add_url(catalogue), briefing_form(**{"action-submit": "1"}))
    page = BriefingPage.objects.get(slug=SLUG)

    for user in (trainer, other_trainer):
        response = approve(client, page, user)
        assert response.status_code in (302, 403)  # refused, back to the dashboard
        page.refresh_from_db()
        assert not page.live
        assert page.workflow_in_progress
        state = WorkflowState.objects.get(object_id=str(page.pk))
        assert state.current_task_state.status == "in_progress"


def test_a_learner_cannot_reach_the_admin(client, catalogue):
    client.force_login(UserFactory())
    response = client.get("/admin/", follow=True)
    assert response.status_code == 403
    assert "The admin is for staff" in response.content.decode()
    response = client.post(add_url(catalogue), briefing_form(**{"action-publish": "1"}))
    assert response.status_code in (302, 403)
    assert not BriefingPage.objects.filter(slug=SLUG).exists()


def test_approved_briefing_with_a_go_live_date_is_published_on_schedule(
    client, catalogue, trainer, manager
):
    go_live = timezone.localtime() + dt.timedelta(days=2)
    client.force_login(trainer)
    response = client.post(
        add_url(catalogue),
        briefing_form(**{"action-submit": "1", "go_live_at": go_live.strftime("%Y-%m-%d %H:%M")}),
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    page = BriefingPage.objects.get(slug=SLUG)
    approve(client, page, manager)
    page.refresh_from_db()
    assert not page.live
    revision = Revision.page_revisions.get(
        object_id=str(page.pk), approved_go_live_at__isnull=False
    )
    assert revision.approved_go_live_at > timezone.now()

    call_command("publish_scheduled")  # the cron job: not yet due
    page.refresh_from_db()
    assert not page.live

    # Two days pass (the schedule is moved back rather than the clock forward).
    past = timezone.now() - dt.timedelta(minutes=1)
    revision.content["go_live_at"] = past.isoformat()
    revision.approved_go_live_at = past
    revision.save(update_fields=["content", "approved_go_live_at"])
    call_command("publish_scheduled")
    page.refresh_from_db()
    assert page.live


def test_briefing_past_review_by_is_flagged_to_its_trainer(client, briefings, trainer, manager):
    overdue = briefings["disguised-compliance"]
    overdue.review_by = timezone.localdate() - dt.timedelta(days=1)
    overdue.owner = trainer
    overdue.save_revision(user=trainer).publish()
    other_trainer = with_mfa(UserFactory(roles={Role.TRAINER}))

    client.force_login(trainer)
    html = client.get("/admin/").content.decode()
    assert "7-minute briefings past their review-by date" in html
    assert "Disguised compliance" in html
    listing = client.get(reverse("wagtailadmin_explore", args=[overdue.get_parent().pk]))
    assert "Disguised compliance (review overdue)" in listing.content.decode()
    assert "Neglect of adolescents (review overdue)" not in listing.content.decode()

    client.force_login(manager)
    assert "7-minute briefings past their review-by date" in client.get("/admin/").content.decode()

    client.force_login(other_trainer)
    assert "past their review-by date" not in client.get("/admin/").content.decode()


def test_admin_preview_warns_the_trainer_when_the_pdf_runs_past_one_page(
    client, briefings, trainer
):
    page = briefings["multi-agency-audit-neglect"]
    client.force_login(trainer)
    preview_url = reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk])
    long_text = "<p>" + "A long account of the audit findings. " * 700 + "</p>"
    data = briefing_form(title=page.title, slug=page.slug, findings=rich_text(long_text))
    assert client.post(preview_url, data).json()["is_valid"]
    html = client.get(preview_url).content.decode()
    assert "too long for one printed page" in html

    data = briefing_form(title=page.title, slug=page.slug)
    client.post(preview_url, data)
    assert "too long for one printed page" not in client.get(preview_url).content.decode()

    pdf = client.get(preview_url, {"mode": "pdf"})
    assert pdf["Content-Type"] == "application/pdf"
    page.refresh_from_db()
    assert page.live and page.title == "Multi-agency audit: neglect"  # nothing was saved
