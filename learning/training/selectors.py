"""Reads for training: the public listing and its filters, an event's sessions with places
left, who may book, a learner's own bookings, and the bookings an organiser may see."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from django.conf import settings
from django.db.models import Count, Prefetch, Q, QuerySet
from django.utils import timezone

from courses.sharing.selectors import site_catalogue
from learning.people.models import RoleGroup, Sector, User
from learning.progress.models import CourseCompletion
from learning.progress.rules import completion_is_current
from learning.training.models import (
    ACTIVE_STATUSES,
    PLACE_STATUSES,
    Booking,
    BookingStatus,
    ChargePolicy,
    TrainingEventPage,
    TrainingFormat,
    TrainingSession,
)


def places_taken(*, session: TrainingSession) -> int:
    return Booking.objects.filter(session=session, status__in=PLACE_STATUSES).count()


def _with_places(sessions: QuerySet[TrainingSession]) -> QuerySet[TrainingSession]:
    return sessions.annotate(
        taken=Count("bookings", filter=Q(bookings__status__in=PLACE_STATUSES)),
        waiting_count=Count("bookings", filter=Q(bookings__status=BookingStatus.WAITING)),
    )


@dataclass
class SessionSummary:
    """What a listing or event page says about one session."""

    session: TrainingSession
    places_left: int
    waiting: int
    is_open: bool
    booking: Booking | None = None

    @property
    def is_full(self) -> bool:
        return self.places_left <= 0


def _summaries(sessions, *, user=None, now=None) -> list[SessionSummary]:
    now = now or timezone.now()
    sessions = list(sessions)
    mine: dict[int, Booking] = {}
    if user is not None and user.is_authenticated:
        mine = {
            b.session_id: b
            for b in Booking.objects.filter(
                learner=user, session__in=sessions, status__in=ACTIVE_STATUSES
            )
        }
    return [
        SessionSummary(
            session=s,
            places_left=max(s.capacity - s.taken, 0),
            waiting=s.waiting_count,
            is_open=s.is_open_for_booking(now),
            booking=mine.get(s.pk),
        )
        for s in sessions
    ]


@dataclass
class ListingFilters:
    topic: str = ""
    date_from: dt.date | None = None
    format: str = ""
    audience: str = ""
    errors: dict[str, str] = field(default_factory=dict)


AUDIENCE_CHOICES = [
    *[(f"sector:{value}", label) for value, label in Sector.choices],
    *[(f"role:{value}", label) for value, label in RoleGroup.choices],
]


def listing_filters(params) -> ListingFilters:
    """Parse the listing's filters; a bad date is reported, not guessed."""
    filters = ListingFilters(
        topic=params.get("topic", "").strip(),
        format=params.get("format", "") if params.get("format") in TrainingFormat.values else "",
        audience=params.get("audience", "")
        if params.get("audience") in dict(AUDIENCE_CHOICES)
        else "",
    )
    raw = params.get("date_from", "").strip()
    if raw:
        try:
            filters.date_from = dt.date.fromisoformat(raw)
        except ValueError:
            filters.errors["date_from"] = "Enter a date in the format 2026-12-31"
    return filters


def training_events_listed(
    *, index, filters: ListingFilters, now=None, site=None
) -> list[dict[str, Any]]:
    """Live events the listing shows (its own and those shared with its `site`:
    courses.sharing) with their upcoming sessions that match the filters; events with no
    matching upcoming session are left out."""
    now = now or timezone.now()
    events = site_catalogue(TrainingEventPage.objects.all(), index=index, site=site).order_by(
        "title"
    )
    if filters.topic:
        events = events.filter(topic__iexact=filters.topic)
    if filters.audience:
        kind, _, value = filters.audience.partition(":")
        if kind == "sector":
            events = events.filter(Q(audience_sector=value) | Q(audience_sector=""))
        else:
            events = events.filter(Q(audience_role_group=value) | Q(audience_role_group=""))
    sessions = TrainingSession.objects.filter(cancelled_at__isnull=True, starts_at__gt=now)
    if filters.date_from:
        start = timezone.make_aware(dt.datetime.combine(filters.date_from, dt.time.min))
        sessions = sessions.filter(starts_at__gte=start)
    if filters.format:
        sessions = sessions.filter(format=filters.format)
    sessions = _with_places(sessions.order_by("starts_at"))
    events = events.prefetch_related(Prefetch("sessions", queryset=sessions, to_attr="matching"))
    listed = []
    for event in events:
        if not event.matching:
            continue
        listed.append({"event": event, "sessions": _summaries(event.matching, now=now)})
    listed.sort(key=lambda item: item["sessions"][0].session.starts_at)
    return listed


def training_topics(*, index, site=None) -> list[str]:
    events = site_catalogue(TrainingEventPage.objects.all(), index=index, site=site)
    return sorted(set(events.values_list("topic", flat=True)))


def training_listing_context(*, index, params, site=None) -> dict[str, Any]:
    filters = listing_filters(params)
    return {
        "filters": filters,
        "listed": training_events_listed(index=index, filters=filters, site=site)
        if not filters.errors
        else [],
        "topics": training_topics(index=index, site=site),
        "formats": TrainingFormat.choices,
        "audiences": AUDIENCE_CHOICES,
    }


def event_sessions(*, event: TrainingEventPage, user=None, now=None) -> list[SessionSummary]:
    """Every session of an event, upcoming first then past, with places left."""
    now = now or timezone.now()
    sessions = _with_places(
        TrainingSession.objects.filter(event=event, starts_at__gt=now).order_by("starts_at")
    )
    return _summaries(sessions, user=user, now=now)


def upcoming_sessions(*, events, user=None, limit: int = 5, now=None) -> list[SessionSummary]:
    """The next sessions (not cancelled) of any of `events`, soonest first, with places
    left: what a page that sends people to training (licensed resources) lists."""
    now = now or timezone.now()
    sessions = _with_places(
        TrainingSession.objects.filter(
            event__in=events, starts_at__gt=now, cancelled_at__isnull=True
        )
        .select_related("event")
        .order_by("starts_at")
    )[:limit]
    return _summaries(sessions, user=user, now=now)


def session_summary(*, session: TrainingSession, user=None, now=None) -> SessionSummary:
    annotated = _with_places(TrainingSession.objects.filter(pk=session.pk)).get()
    return _summaries([annotated], user=user, now=now)[0]


def training_event_context(*, event: TrainingEventPage, user) -> dict[str, Any]:
    return {
        "sessions": event_sessions(event=event, user=user),
        "prerequisites": list(event.prerequisite_courses.live().order_by("title")),
    }


@dataclass(frozen=True)
class PrerequisiteGaps:
    """E-learning a learner still needs before booking: never completed, or completed
    but expired (a refresher is due)."""

    missing: list = field(default_factory=list)
    expired: list = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.missing or self.expired)


def prerequisite_gaps(*, learner: User, event: TrainingEventPage, now=None) -> PrerequisiteGaps:
    """Which prerequisites are not met, by the shared completion rule: an expired
    completion does not count (`learning.progress.rules.completion_is_current`)."""
    required = list(event.prerequisite_courses.all().order_by("title"))
    if not required:
        return PrerequisiteGaps()
    completions = CourseCompletion.objects.filter(
        learner=learner, course__in=required
    ).select_related("course")
    current, done = set(), set()
    for completion in completions:
        done.add(completion.course_id)
        if completion_is_current(completion, now=now):
            current.add(completion.course_id)
    return PrerequisiteGaps(
        missing=[course for course in required if course.pk not in done],
        expired=[course for course in required if course.pk in done and course.pk not in current],
    )


def missing_prerequisites(*, learner: User, event: TrainingEventPage) -> list:
    """Every prerequisite not currently met (never done, or expired)."""
    gaps = prerequisite_gaps(learner=learner, event=event)
    return [*gaps.missing, *gaps.expired]


def event_is_open_to_agency(*, event: TrainingEventPage, agency) -> bool:
    """With partnerships and/or agencies named, only people in those may book (the owning
    partnership's agencies are not added automatically); with none named, the owning
    partnership's agencies."""
    if agency is None:
        return False
    partnerships = set(event.eligible_partnerships.values_list("pk", flat=True))
    agencies = set(event.eligible_agencies.values_list("pk", flat=True))
    if not partnerships and not agencies:
        return agency.partnership_id == event.partnership_id
    return agency.partnership_id in partnerships or agency.pk in agencies


def _names(items) -> str:
    return ", ".join(f"“{item.title}”" for item in items)


def booking_eligibility_problem(*, learner: User, event: TrainingEventPage) -> str:
    """Why this learner may not book this event ("" if they may), in plain English."""
    if learner.agency_id is None:
        return (
            "Your account is not linked to an agency yet, so you cannot book training. "
            "Ask your agency's safeguarding lead to confirm you."
        )
    if not event_is_open_to_agency(event=event, agency=learner.agency):
        if event.eligible_partnerships.exists() or event.eligible_agencies.exists():
            return (
                "This event is only for staff of the partnerships and agencies it names; "
                f"{learner.agency.name} is not one of them."
            )
        return (
            f"This event is only for staff of agencies in {event.partnership.name}; "
            f"{learner.agency.name} is not one of them."
        )
    if event.audience_sector and learner.agency.sector != event.audience_sector:
        return (
            f"This event is for staff in the {event.get_audience_sector_display()} sector; "
            f"your agency is in the {learner.agency.get_sector_display()} sector."
        )
    if (
        event.audience_role_group
        and learner.role_group
        and learner.role_group != event.audience_role_group
    ):
        return (
            f"This event is for {event.get_audience_role_group_display()} staff; "
            f"your role group is recorded as {learner.get_role_group_display()}."
        )
    gaps = prerequisite_gaps(learner=learner, event=event)
    if gaps.missing:
        return f"Complete the e-learning {_names(gaps.missing)} before booking this event."
    if gaps.expired:
        return (
            f"Your e-learning {_names(gaps.expired)} has expired. Complete the refresher "
            "before booking this event."
        )
    return ""


def cancellation_cutoff(*, session: TrainingSession) -> dt.datetime:
    """The last moment a learner may cancel their own place."""
    policy = ChargePolicy.objects.filter(partnership_id=session.event.partnership_id).first()
    days = (
        policy.cancellation_cutoff_days
        if policy is not None
        else settings.TRAINING_CANCELLATION_CUTOFF_DAYS
    )
    return session.starts_at - timedelta(days=days)


def learner_training(*, learner: User, now=None) -> dict[str, list[Booking]]:
    """A learner's own sessions for My learning: upcoming places (with whether they may
    still cancel online), waiting-list places and offers, and past attendance."""
    now = now or timezone.now()
    bookings = list(
        Booking.objects.filter(learner=learner)
        .select_related("session__event__partnership")
        .order_by("session__starts_at")
    )
    policies = {
        p.partnership_id: p.cancellation_cutoff_days
        for p in ChargePolicy.objects.filter(
            partnership_id__in={b.session.event.partnership_id for b in bookings}
        )
    }
    upcoming, waiting, past = [], [], []
    for booking in bookings:
        session = booking.session
        if session.starts_at > now and booking.status in (
            BookingStatus.BOOKED,
            BookingStatus.REQUESTED,
        ):
            days = policies.get(
                session.event.partnership_id, settings.TRAINING_CANCELLATION_CUTOFF_DAYS
            )
            booking.may_cancel = (
                booking.status != BookingStatus.BOOKED
                or now <= session.starts_at - timedelta(days=days)
            )
            upcoming.append(booking)
        elif session.starts_at > now and booking.status in (
            BookingStatus.WAITING,
            BookingStatus.OFFERED,
        ):
            waiting.append(booking)
        elif session.starts_at <= now and (booking.status == BookingStatus.BOOKED):
            past.append(booking)
    past.reverse()
    return {"upcoming": upcoming, "waiting": waiting, "past": past}


def waiting_position(*, booking: Booking) -> int:
    return (
        Booking.objects.filter(
            session_id=booking.session_id,
            status=BookingStatus.WAITING,
        )
        .filter(
            Q(waiting_since__lt=booking.waiting_since)
            | Q(waiting_since=booking.waiting_since, pk__lt=booking.pk)
        )
        .count()
        + 1
    )
