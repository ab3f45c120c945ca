"""Reads for 7-minute briefings in the admin."""

from __future__ import annotations

from django.db.models import Q, QuerySet

from courses.briefings.models import BriefingIndexPage, BriefingPage


def briefing_drafts_for(user) -> QuerySet[BriefingPage]:
    """Briefings with changes not yet published that this person owns or last edited,
    newest edit first: a trainer's "my drafts"."""
    return (
        BriefingPage.objects.filter(has_unpublished_changes=True)
        .filter(Q(owner=user) | Q(latest_revision__user=user))
        .order_by("-latest_revision_created_at", "-pk")
    )


def briefing_index_to_add_to(user) -> BriefingIndexPage | None:
    """The briefings section a person may add a briefing to, if any."""
    for index in BriefingIndexPage.objects.order_by("path"):
        if index.permissions_for_user(user).can_add_subpage():
            return index
    return None
