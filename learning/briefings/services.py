"""Writes about 7-minute briefings: reads, private reflections, team-meeting use, and the
weekly digest (subscribing, unsubscribing, sending once a week)."""

from __future__ import annotations

import datetime as dt

from django.core import signing
from django.core.mail import EmailMultiAlternatives
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from courses.briefings.models import BriefingPage
from learning.briefings.models import (
    BriefingDigestSend,
    BriefingDigestSubscription,
    BriefingRead,
    BriefingReflection,
    BriefingTeamUse,
)
from learning.briefings.selectors import (
    UNSUBSCRIBE_SALT,
    digest_briefings_for,
    digest_topic_choices,
)
from learning.exceptions import BriefingInputRejected
from learning.people.models import User
from learning.people.selectors import learner_site_url

REFLECTION_MAX_LENGTH = 5000
TEAM_MAX_COLLEAGUES = 500


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
        raise BriefingInputRejected(field_errors=errors)
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
        raise BriefingInputRejected(field_errors=errors)
    use, _ = BriefingTeamUse.objects.update_or_create(
        learner=learner,
        briefing=briefing,
        used_on=used_on,
        defaults={"colleagues": colleagues, "agency": learner.agency},
    )
    return use


def digest_subscribe(*, learner: User, topic_slugs: list[str]) -> BriefingDigestSubscription:
    """Subscribe (or re-subscribe) a learner to the weekly digest for these topics."""
    topics = list(digest_topic_choices().filter(slug__in=topic_slugs))
    unknown = set(topic_slugs) - {t.slug for t in topics}
    if unknown:
        raise BriefingInputRejected("Choose topics from the list", field="topics")
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
    unsubscribe_url = learner_site_url(
        learner=learner,
        url=reverse(
            "learning_briefings:digest_unsubscribe",
            args=[digest_unsubscribe_token(learner=learner)],
        ),
    )
    context = {
        "learner": learner,
        "briefings": [
            (b, learner_site_url(learner=learner, url=b.get_url() or "")) for b in briefings
        ],
        "unsubscribe_url": unsubscribe_url,
        "manage_url": learner_site_url(learner=learner, url=reverse("learning:my_learning")),
        "week": week,
    }
    try:
        with transaction.atomic():
            BriefingDigestSend.objects.create(
                learner=learner, week=week, briefing_count=len(briefings)
            )
            message = EmailMultiAlternatives(
                subject=f"New 7-minute briefings: week of {week:%-d %B %Y}",
                body=render_to_string("learning/briefings/digest_email.txt", context),
                to=[learner.email],
                headers={"List-Unsubscribe": f"<{unsubscribe_url}>"},
            )
            message.attach_alternative(
                render_to_string("learning/briefings/digest_email.html", context), "text/html"
            )
            message.send()
    except IntegrityError:
        return False
    return True
