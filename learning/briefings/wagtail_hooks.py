"""Wagtail hooks for 7-minute briefings: the "My learning" section, the demo content, and
the admin flag for briefings past their review-by date.

They live in `learning` because it may import `courses`; courses never imports learning.
"""

from __future__ import annotations

from django.http import HttpRequest
from django.template.loader import render_to_string
from django.utils import timezone

from wagtail import hooks
from wagtail.admin.ui.components import Component

from courses.briefings.models import BriefingPage
from learning.briefings.forms import BriefingDigestForm
from learning.briefings.personal_data import briefings_erase, briefings_export
from learning.briefings.selectors import (
    briefings_read_by,
    digest_subscription_for,
    digest_topic_choices,
)
from learning.briefings.views import briefing_learner_panel_context
from learning.my_learning.panels import MyLearningPanel
from learning.people.roles import Role
from learning.people.selectors import user_roles
from learning.privacy.providers import PersonalDataProvider


def _my_learning_briefings_context(request: HttpRequest) -> dict:
    subscription = digest_subscription_for(learner=request.user)
    is_subscribed = bool(subscription and subscription.is_active)
    chosen = [t.slug for t in subscription.topics.all()] if subscription else []
    form = BriefingDigestForm(
        initial={"topics": chosen},
        topic_choices=[(t.slug, t.name) for t in digest_topic_choices()],
    )
    return {
        "reads": briefings_read_by(learner=request.user),
        "digest_form": form,
        "is_subscribed": is_subscribed,
    }


@hooks.register("register_my_learning_panel")
def briefings_my_learning_panel() -> MyLearningPanel:
    return MyLearningPanel(
        order=40,
        template="learning/briefings/my_learning_panel.html",
        get_context=_my_learning_briefings_context,
    )


def briefings_due_for_review(user):
    """Briefings past their review-by date that this person should act on: their own,
    or every one for partnership managers and administrators."""
    overdue = BriefingPage.objects.filter(review_by__lt=timezone.localdate()).order_by("review_by")
    if user_roles(user) & {Role.PARTNERSHIP_MANAGER, Role.ADMIN}:
        return overdue
    return overdue.filter(owner=user)


class BriefingsDueForReviewPanel(Component):
    name = "briefings_due_for_review"
    order = 90
    template_name = "learning/briefings/review_panel.html"

    def __init__(self, briefings) -> None:
        self.briefings = briefings

    def get_context_data(self, parent_context=None) -> dict:
        return {"briefings": self.briefings}


@hooks.register("construct_homepage_panels")
def add_briefings_due_for_review_panel(request: HttpRequest, panels: list) -> None:
    briefings = list(briefings_due_for_review(request.user)[:50])
    if briefings:
        panels.append(BriefingsDueForReviewPanel(briefings))


@hooks.register("construct_page_context")
def _briefing_reader_context(*, page, request, context) -> None:
    """The reader's own panel on a briefing page: read, reflections, team use.

    A briefing not saved yet (the preview of a new one) has no records about anyone, and
    looking them up raised `ValueError` (a 500 every time the preview panel refreshed):
    it gets no panel.
    """
    if isinstance(page, BriefingPage) and page.pk is not None:
        context["learner_panel"] = render_to_string(
            "learning/briefings/learner_panel.html",
            briefing_learner_panel_context(request=request, briefing=page),
            request=request,
        )


@hooks.register("register_personal_data")
def briefings_personal_data() -> PersonalDataProvider:
    return PersonalDataProvider(name="briefings", export=briefings_export, erase=briefings_erase)
