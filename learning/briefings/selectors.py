"""Reads about 7-minute briefings: one learner's own records about a briefing, what they
have read, and who gets which briefings in the weekly digest."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from taggit.models import Tag

from django.core import signing
from django.db.models import QuerySet
from django.utils import timezone

from courses.briefings.models import BriefingPage
from learning.briefings.models import (
    BriefingDigestSubscription,
    BriefingRead,
    BriefingReflection,
    BriefingTeamUse,
)
from learning.people.models import User

UNSUBSCRIBE_SALT = "learning.briefings.digest-unsubscribe"


@dataclass
class BriefingLearnerState:
    """What one learner has recorded about one briefing (for their eyes only)."""

    read: BriefingRead | None = None
    answers: dict[int, str] = field(default_factory=dict)
    team_uses: list[BriefingTeamUse] = field(default_factory=list)


def briefing_learner_state(*, learner: User, briefing: BriefingPage) -> BriefingLearnerState:
    """The learner's own records about a briefing; never anyone else's."""
    if not getattr(learner, "is_authenticated", False) or briefing.pk is None:
        return BriefingLearnerState()  # a visitor, or a preview of a briefing not yet saved
    return BriefingLearnerState(
        read=BriefingRead.objects.filter(learner=learner, briefing=briefing).first(),
        answers=dict(
            BriefingReflection.objects.filter(learner=learner, briefing=briefing).values_list(
                "position", "answer"
            )
        ),
        team_uses=list(BriefingTeamUse.objects.filter(learner=learner, briefing=briefing)),
    )


def briefings_read_by(*, learner: User) -> QuerySet[BriefingRead]:
    """The briefings a learner confirmed reading, most recent first."""
    return (
        BriefingRead.objects.filter(learner=learner, briefing__live=True)
        .select_related("briefing")
        .order_by("-read_at")
    )


# --- The weekly digest ---------------------------------------------------------------


def digest_subscription_for(*, learner: User) -> BriefingDigestSubscription | None:
    return (
        BriefingDigestSubscription.objects.filter(learner=learner)
        .prefetch_related("topics")
        .first()
    )


def digest_topic_choices() -> QuerySet[Tag]:
    """Topics a learner may follow: those used by any live briefing."""
    return (
        Tag.objects.filter(courses_briefingtopic_items__content_object__live=True)
        .distinct()
        .order_by("name")
    )


def digest_learner_for_token(token: str) -> User | None:
    """The learner a genuine token names, or None for a tampered or unknown token."""
    try:
        data = signing.loads(token, salt=UNSUBSCRIBE_SALT)
    except signing.BadSignature:
        return None
    if not isinstance(data, dict):
        return None
    return User.objects.filter(pk=data.get("learner")).first()


def digest_week_start(today: dt.date | None = None) -> dt.date:
    """The Monday of the week `today` falls in."""
    today = today or timezone.localdate()
    return today - dt.timedelta(days=today.weekday())


def digest_briefings_for(
    *, subscription: BriefingDigestSubscription, week: dt.date
) -> QuerySet[BriefingPage]:
    """Briefings first published in the seven days before `week` on the learner's topics."""
    start = timezone.make_aware(dt.datetime.combine(week - dt.timedelta(days=7), dt.time.min))
    end = timezone.make_aware(dt.datetime.combine(week, dt.time.min))
    briefings = (
        BriefingPage.objects.live()
        .public()
        .filter(first_published_at__gte=start, first_published_at__lt=end)
    )
    topic_ids = [t.pk for t in subscription.topics.all()]
    if topic_ids:
        briefings = briefings.filter(topics__id__in=topic_ids).distinct()
    return briefings.order_by("-date", "title")


def digest_subscribers() -> QuerySet[BriefingDigestSubscription]:
    return BriefingDigestSubscription.objects.filter(is_active=True, learner__is_active=True)
