"""Writes and reads about 7-minute briefings: reads, reflections, team-meeting use and
the weekly digest of new briefings.

Services are verbs (`briefing_read_record`), selectors nouns (`briefings_read_by`), as in
`services.py` and `selectors.py`; they live together here because they serve one feature.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from taggit.models import Tag

from django.conf import settings
from django.core import signing
from django.core.mail import EmailMultiAlternatives
from django.db import IntegrityError, transaction
from django.db.models import QuerySet
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from courses.models import BriefingPage

from .models import (
    BriefingDigestSend,
    BriefingDigestSubscription,
    BriefingRead,
    BriefingReflection,
    BriefingTeamUse,
    User,
)

REFLECTION_MAX_LENGTH = 5000
TEAM_MAX_COLLEAGUES = 500
UNSUBSCRIBE_SALT = "learning.briefings.digest-unsubscribe"


class BriefingInputRejected(Exception):
    """Input about a briefing was refused; `errors` maps each field to the rule it broke."""

    def __init__(self, errors: dict[str, str]):
        self.errors = errors
        super().__init__("; ".join(f"{k}: {v}" for k, v in errors.items()))


# --- Reads, reflections and team use -------------------------------------------------


def briefing_read_record(*, learner: User, briefing: BriefingPage) -> tuple[BriefingRead, bool]:
    """Record that `learner` read `briefing`, once however often it is confirmed.

    Concurrent confirmations are settled by the unique constraint; the loser gets the
    first record back.
    """
    try:
        with transaction.atomic():
            read = BriefingRead.objects.create(
                learner=learner, briefing=briefing, read_at=timezone.now(), agency=learner.agency
            )
    except IntegrityError:
        return BriefingRead.objects.get(learner=learner, briefing=briefing), False
    return read, True


def briefing_reflections_save(
    *, learner: User, briefing: BriefingPage, answers: dict[int, str]
) -> list[BriefingReflection]:
    """Save a learner's private answers, keyed by question number (1-based).

    A blank answer removes an earlier one. Answers are stored as typed: templates escape
    them, so HTML or script shows as text.
    """
    questions = briefing.reflection_question_texts()
    errors = {}
    for position, answer in answers.items():
        if not 1 <= position <= len(questions):
            errors[f"answer_{position}"] = "There is no such question in this briefing"
        elif len(answer) > REFLECTION_MAX_LENGTH:
            errors[f"answer_{position}"] = (
                f"Answer {position} must be {REFLECTION_MAX_LENGTH} characters or fewer"
            )
    if errors:
        raise BriefingInputRejected(errors)
    with transaction.atomic():
        for position, answer in answers.items():
            text = answer.strip()
            if not text:
                BriefingReflection.objects.filter(
                    learner=learner, briefing=briefing, position=position
                ).delete()
                continue
            BriefingReflection.objects.update_or_create(
                learner=learner,
                briefing=briefing,
                position=position,
                defaults={"question": questions[position - 1], "answer": text},
            )
    return list(BriefingReflection.objects.filter(learner=learner, briefing=briefing))


def briefing_team_use_record(
    *, learner: User, briefing: BriefingPage, used_on: dt.date, colleagues: int
) -> BriefingTeamUse:
    """Record that a learner took a briefing to a team meeting; one record per meeting date
    (recording the same date again updates the number of colleagues)."""
    errors = {}
    if used_on > timezone.localdate():
        errors["used_on"] = "The meeting date must be today or in the past"
    if not 1 <= colleagues <= TEAM_MAX_COLLEAGUES:
        errors["colleagues"] = (
            f"The number of colleagues must be between 1 and {TEAM_MAX_COLLEAGUES}"
        )
    if errors:
        raise BriefingInputRejected(errors)
    use, _ = BriefingTeamUse.objects.update_or_create(
        learner=learner,
        briefing=briefing,
        used_on=used_on,
        defaults={"colleagues": colleagues, "agency": learner.agency},
    )
    return use


@dataclass
class BriefingLearnerState:
    """What one learner has recorded about one briefing (for their eyes only)."""

    read: BriefingRead | None = None
    answers: dict[int, str] = field(default_factory=dict)
    team_uses: list[BriefingTeamUse] = field(default_factory=list)


def briefing_learner_state(*, learner: User, briefing: BriefingPage) -> BriefingLearnerState:
    """The learner's own records about a briefing; never anyone else's."""
    if not getattr(learner, "is_authenticated", False):
        return BriefingLearnerState()
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


def digest_subscribe(*, learner: User, topic_slugs: list[str]) -> BriefingDigestSubscription:
    """Subscribe (or re-subscribe) a learner to the weekly digest for these topics."""
    topics = list(digest_topic_choices().filter(slug__in=topic_slugs))
    unknown = set(topic_slugs) - {t.slug for t in topics}
    if unknown:
        raise BriefingInputRejected({"topics": "Choose topics from the list"})
    with transaction.atomic():
        subscription, _ = BriefingDigestSubscription.objects.update_or_create(
            learner=learner, defaults={"is_active": True}
        )
        subscription.topics.set(topics)
    return subscription


def digest_unsubscribe(*, learner: User) -> bool:
    """Stop the digest; True if it was on."""
    return bool(
        BriefingDigestSubscription.objects.filter(learner=learner, is_active=True).update(
            is_active=False
        )
    )


def digest_unsubscribe_token(*, learner: User) -> str:
    """A signed token naming the learner, for the unsubscribe link that needs no login."""
    return signing.dumps({"learner": learner.pk}, salt=UNSUBSCRIBE_SALT)


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


def _absolute(url: str) -> str:
    """Links in emails use the configured base URL (as Wagtail's own emails do)."""
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + url if url.startswith("/") else url


def digest_send(*, subscription_id: int, week: dt.date) -> bool:
    """Send one learner's digest for `week`, at most once; True if an email went out.

    The send is recorded in the same transaction as the email is handed over: if sending
    fails the record rolls back (the task retries), and a second run for the same week
    meets the unique constraint and sends nothing.
    """
    subscription = (
        BriefingDigestSubscription.objects.select_related("learner")
        .filter(pk=subscription_id, is_active=True, learner__is_active=True)
        .first()
    )
    if subscription is None:
        return False
    briefings = list(digest_briefings_for(subscription=subscription, week=week))
    if not briefings:
        return False
    learner = subscription.learner
    unsubscribe_url = _absolute(
        reverse(
            "learning_briefings:digest_unsubscribe",
            args=[digest_unsubscribe_token(learner=learner)],
        )
    )
    context = {
        "learner": learner,
        "briefings": [(b, _absolute(b.get_url() or "")) for b in briefings],
        "unsubscribe_url": unsubscribe_url,
        "manage_url": _absolute(reverse("learning:my_learning")),
        "week": week,
    }
    try:
        with transaction.atomic():
            BriefingDigestSend.objects.create(
                learner=learner, week=week, briefing_count=len(briefings)
            )
            message = EmailMultiAlternatives(
                subject=f"New 7-minute briefings: week of {week:%-d %B %Y}",
                body=render_to_string("learning/briefing_digest_email.txt", context),
                to=[learner.email],
                headers={"List-Unsubscribe": f"<{unsubscribe_url}>"},
            )
            message.attach_alternative(
                render_to_string("learning/briefing_digest_email.html", context), "text/html"
            )
            message.send()
    except IntegrityError:
        return False
    return True
