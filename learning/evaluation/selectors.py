"""Reads for evaluation: what a learner owes, whether an evaluation holds a certificate
back, and the report figures (response rates, ratings, confidence shift, comments)."""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from django.core.exceptions import PermissionDenied
from django.db.models import Exists, OuterRef, Q, QuerySet
from django.utils import timezone

from learning.evaluation.models import (
    EvaluationAttachment,
    EvaluationFollowUp,
    EvaluationResponse,
    FollowUpKind,
    ResponseStage,
)
from learning.people.models import Agency, User
from learning.people.scope import Scope, ScopeLevel, scope_for
from learning.progress.models import CourseCompletion
from learning.training.models import Attendance, Booking, BookingStatus

#: Days a learner has to send an evaluation (after the training, or after a follow-up).
DUE_DAYS = 14


def evaluation_scope_for(user) -> Scope:
    """The report's scope (`scope_for`): managers their partnership, leads their agency;
    learners and trainers are refused (403), as on the coverage dashboard."""
    scope = scope_for(user)
    if scope.is_empty:
        raise PermissionDenied("Only agency leads and partnership managers can see evaluation.")
    return scope


def attachments() -> QuerySet[EvaluationAttachment]:
    return EvaluationAttachment.objects.select_related("form", "course", "event", "briefing")


def attachment_for_course(course) -> EvaluationAttachment | None:
    return attachments().filter(course=course).first()


# --- Holding certificates back ---------------------------------------------------------


def evaluation_holds_certificate(
    *, completion: CourseCompletion | None = None, booking: Booking | None = None
) -> bool:
    """Whether a required evaluation that the certificate waits for is still unsent."""
    if completion is not None:
        attachment = attachments().filter(course_id=completion.course_id).first()
        learner_id, cycle = completion.learner_id, completion.run
    elif booking is not None:
        attachment = attachments().filter(event_id=booking.session.event_id).first()
        learner_id, cycle = booking.learner_id, 1
    else:
        return False
    if attachment is None or not (attachment.holds_certificate and attachment.is_required):
        return False
    return not EvaluationResponse.objects.filter(
        attachment=attachment, learner_id=learner_id, stage=ResponseStage.AFTER, cycle=cycle
    ).exists()


def completions_not_held(queryset: QuerySet[CourseCompletion]) -> QuerySet[CourseCompletion]:
    """`queryset` less the completions whose certificate an unsent evaluation holds back
    (the certificate sweeper skips them, so they never crowd out the ones it can issue)."""
    holding = EvaluationAttachment.objects.filter(
        course_id=OuterRef("course_id"), holds_certificate=True, is_required=True
    )
    answered = EvaluationResponse.objects.filter(
        attachment__course_id=OuterRef("course_id"),
        learner_id=OuterRef("learner_id"),
        cycle=OuterRef("run"),
        stage=ResponseStage.AFTER,
    )
    return queryset.filter(~Exists(holding) | Exists(answered))


def bookings_not_held(queryset: QuerySet[Booking]) -> QuerySet[Booking]:
    """Like `completions_not_held`, for attended bookings and their event's evaluation."""
    holding = EvaluationAttachment.objects.filter(
        event_id=OuterRef("session__event_id"), holds_certificate=True, is_required=True
    )
    answered = EvaluationResponse.objects.filter(
        attachment__event_id=OuterRef("session__event_id"),
        learner_id=OuterRef("learner_id"),
        stage=ResponseStage.AFTER,
    )
    return queryset.filter(~Exists(holding) | Exists(answered))


# --- What a learner may answer, and owes ---------------------------------------------------


@dataclass(frozen=True)
class Owed:
    """One evaluation a learner can send now: the attachment, stage and cycle, and what
    it is about (the completion or booking)."""

    attachment: EvaluationAttachment
    stage: str
    cycle: int
    due_on: dt.date | None = None
    completion: CourseCompletion | None = None
    booking: Booking | None = None

    @property
    def title(self) -> str:
        return self.attachment.target.title

    @property
    def holds_certificate(self) -> bool:
        return self.stage == ResponseStage.AFTER and self.attachment.holds_certificate


def _attended(learner: User, event_id: int) -> Booking | None:
    return (
        Booking.objects.select_related("session")
        .filter(learner=learner, session__event_id=event_id, attendance=Attendance.ATTENDED)
        .order_by("-session__starts_at")
        .first()
    )


def evaluation_owed(*, attachment: EvaluationAttachment, learner: User, stage: str) -> Owed | None:
    """The evaluation `learner` may send at `stage` now, or None (not yet, or already sent)."""
    owed: Owed | None = None
    if stage == ResponseStage.AFTER:
        if attachment.course_id:
            completion = (
                CourseCompletion.objects.filter(learner=learner, course_id=attachment.course_id)
                .order_by("-run")
                .first()
            )
            if completion is not None:
                owed = _owed_after_completion(attachment, completion)
        elif attachment.event_id:
            booking = _attended(learner, attachment.event_id)
            if booking is not None:
                due = booking.session.ends_at + dt.timedelta(days=DUE_DAYS)
                owed = Owed(attachment, stage, 1, due_on=due.date(), booking=booking)
        else:
            owed = Owed(attachment, stage, 1)
    elif stage == ResponseStage.BEFORE and attachment.asks_before:
        if attachment.course_id:
            last_run = (
                CourseCompletion.objects.filter(learner=learner, course_id=attachment.course_id)
                .order_by("-run")
                .values_list("run", flat=True)
                .first()
            )
            owed = Owed(attachment, stage, (last_run or 0) + 1)
        elif attachment.event_id:
            booked = (
                Booking.objects.filter(
                    learner=learner,
                    session__event_id=attachment.event_id,
                    status=BookingStatus.BOOKED,
                    attendance="",
                )
                .select_related("session")
                .order_by("session__starts_at")
                .first()
            )
            if booked is not None and _attended(learner, attachment.event_id) is None:
                due = timezone.localtime(booked.session.starts_at).date()
                owed = Owed(attachment, stage, 1, due_on=due)
    elif stage == ResponseStage.FOLLOW_UP:
        follow_up = (
            EvaluationFollowUp.objects.filter(
                attachment=attachment, learner=learner, kind=FollowUpKind.LEARNER
            )
            .order_by("-cycle")
            .first()
        )
        if follow_up is not None:
            due = follow_up.sent_at + dt.timedelta(days=DUE_DAYS)
            owed = Owed(attachment, stage, follow_up.cycle, due_on=due.date())
    if owed is None:
        return None
    sent = EvaluationResponse.objects.filter(
        attachment=attachment, learner=learner, stage=stage, cycle=owed.cycle
    ).exists()
    return None if sent else owed


def evaluation_links(*, page, learner: User) -> dict[str, Owed]:
    """What a course or briefing page offers the learner: the confidence check before a
    first run (not once they have completed it), and the evaluation after, when owed.

    The same rules as `evaluation_owed`, read in at most three queries (the attachment,
    the learner's latest completion, and which of the owed responses were sent), as the
    course page runs on every visit (issue 18)."""
    attachment = attachments().filter(Q(course_id=page.pk) | Q(briefing_id=page.pk)).first()
    if attachment is None:
        return {}
    candidates: list[Owed] = []
    if attachment.course_id:
        latest = (
            CourseCompletion.objects.filter(learner=learner, course_id=attachment.course_id)
            .order_by("-run")
            .first()
        )
        if latest is None and attachment.asks_before:
            # No completion yet: the confidence check of the first run.
            candidates.append(Owed(attachment, ResponseStage.BEFORE, 1))
        if latest is not None:
            candidates.append(_owed_after_completion(attachment, latest))
    elif not attachment.event_id:
        candidates.append(Owed(attachment, ResponseStage.AFTER, 1))
    if not candidates:
        return {}
    asked = Q()
    for owed in candidates:
        asked |= Q(stage=owed.stage, cycle=owed.cycle)
    sent = set(
        EvaluationResponse.objects.filter(
            asked, attachment=attachment, learner=learner
        ).values_list("stage", "cycle")
    )
    return {str(owed.stage): owed for owed in candidates if (owed.stage, owed.cycle) not in sent}


def _owed_after_completion(attachment: EvaluationAttachment, completion) -> Owed:
    return Owed(
        attachment,
        ResponseStage.AFTER,
        completion.run,
        due_on=(completion.completed_at + dt.timedelta(days=DUE_DAYS)).date(),
        completion=completion,
    )


def evaluations_to_complete(*, learner: User) -> list[Owed]:
    """What "My learning" lists under "Evaluations to complete": the confidence check for
    each event booked, the evaluation after each course completed and event attended,
    and each follow-up sent, not yet answered;
    soonest due first. One query finds the attachments that may be owed (the page's
    query count is pinned); only those are looked at further."""
    course_ids = CourseCompletion.objects.filter(learner=learner).values("course_id")
    event_ids = Booking.objects.filter(learner=learner, attendance=Attendance.ATTENDED).values(
        "session__event_id"
    )
    followed_up = EvaluationFollowUp.objects.filter(
        attachment_id=OuterRef("pk"), learner=learner, kind=FollowUpKind.LEARNER
    )
    # An event booked and not yet held: its confidence check, asked at booking.
    booked_ids = Booking.objects.filter(
        learner=learner, status=BookingStatus.BOOKED, attendance=""
    ).values("session__event_id")
    candidates = attachments().filter(
        Q(course_id__in=course_ids)
        | Q(event_id__in=event_ids)
        | Q(event_id__in=booked_ids, asks_before=True)
        | Exists(followed_up)
    )
    owed: list[Owed] = []
    for attachment in candidates:
        stages = [ResponseStage.AFTER, ResponseStage.FOLLOW_UP]
        if attachment.event_id:
            stages.insert(0, ResponseStage.BEFORE)
        for stage in stages:
            item = evaluation_owed(attachment=attachment, learner=learner, stage=stage)
            if item is not None:
                owed.append(item)
    return sorted(owed, key=lambda o: (o.due_on or dt.date.max, o.title))


def manager_follow_up(*, follow_up_id: int, nonce: str) -> EvaluationFollowUp | None:
    """The manager follow-up a token names, if its nonce still matches."""
    if not nonce:
        return None
    return (
        EvaluationFollowUp.objects.select_related(
            "attachment__form", "attachment__course", "attachment__event", "learner"
        )
        .filter(pk=follow_up_id, kind=FollowUpKind.MANAGER, nonce=nonce)
        .first()
    )


# --- Figures -----------------------------------------------------------------------------


def _percent(part: int, whole: int) -> Decimal | None:
    if not whole:
        return None
    return (Decimal(100 * part) / whole).quantize(Decimal("1"), rounding=ROUND_HALF_UP)


def _mean(values: list[int]) -> Decimal | None:
    if not values:
        return None
    return (Decimal(sum(values)) / len(values)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


@dataclass
class OutcomeShift:
    """Confidence on one learning outcome, paired per learner: only learners who answered
    both before and after count, so the shift is not an artefact of who replied."""

    outcome: str
    pairs: int
    before: Decimal | None
    after: Decimal | None

    @property
    def shift(self) -> Decimal | None:
        if self.before is None or self.after is None:
            return None
        return self.after - self.before


def confidence_shift(
    *, questions, before: list[EvaluationResponse], after: list[EvaluationResponse]
) -> list[OutcomeShift]:
    """Mean confidence before and after per outcome, over learners with both answers
    (paired by learner and cycle)."""
    before_by = {(r.learner_id, r.cycle): r.answers for r in before}
    rows = []
    for child in questions:
        if child.block_type != "confidence":
            continue
        for n, outcome in enumerate(child.value["outcomes"]):
            key = f"{child.id}:{n}"
            firsts, lasts = [], []
            for response in after:
                earlier = before_by.get((response.learner_id, response.cycle))
                if earlier is None or key not in earlier or key not in response.answers:
                    continue
                firsts.append(int(earlier[key]))
                lasts.append(int(response.answers[key]))
            rows.append(OutcomeShift(outcome, len(firsts), _mean(firsts), _mean(lasts)))
    return rows


@dataclass
class QuestionFigures:
    """How one rating or yes/no question was answered: counts per answer."""

    question: str
    kind: str
    counts: list[tuple[str, int]]
    answered: int
    mean: Decimal | None = None


def question_figures(*, questions, responses: list[EvaluationResponse]) -> list[QuestionFigures]:
    figures = []
    for child in questions:
        value, kind = child.value, child.block_type
        answers = [r.answers[child.id] for r in responses if child.id in r.answers]
        if kind == "rating":
            counts = Counter(int(a) for a in answers)
            figures.append(
                QuestionFigures(
                    value["question"],
                    kind,
                    [(str(n), counts.get(n, 0)) for n in range(1, 6)],
                    len(answers),
                    _mean([int(a) for a in answers]),
                )
            )
        elif kind == "yes_no":
            counts = Counter(answers)
            figures.append(
                QuestionFigures(
                    value["question"],
                    kind,
                    [("Yes", counts.get("yes", 0)), ("No", counts.get("no", 0))],
                    len(answers),
                )
            )
    return figures


@dataclass
class Comment:
    attachment: str
    stage: str
    question: str
    text: str
    learner: str
    agency: str
    submitted_on: dt.date


@dataclass
class AttachmentReport:
    attachment: EvaluationAttachment
    invited: int
    responses: int
    follow_ups_sent: int
    follow_up_responses: int
    manager_sent: int
    manager_responses: int
    ratings: list[QuestionFigures] = field(default_factory=list)
    shifts: list[OutcomeShift] = field(default_factory=list)
    comments: list[Comment] = field(default_factory=list)

    @property
    def response_rate(self) -> Decimal | None:
        return _percent(self.responses, self.invited)

    @property
    def follow_up_rate(self) -> Decimal | None:
        return _percent(self.follow_up_responses, self.follow_ups_sent)

    @property
    def manager_rate(self) -> Decimal | None:
        return _percent(self.manager_responses, self.manager_sent)


def quarter_bounds(quarter: str) -> tuple[dt.datetime, dt.datetime]:
    """ "2026-Q3" → the first moment of July 2026 and of October 2026 (local time)."""
    year, part = quarter.split("-Q")
    start_month = 3 * (int(part) - 1) + 1
    start = dt.date(int(year), start_month, 1)
    end = dt.date(int(year) + (start_month == 10), (start_month + 2) % 12 + 1, 1)
    tz = timezone.get_current_timezone()
    return (
        dt.datetime.combine(start, dt.time.min, tzinfo=tz),
        dt.datetime.combine(end, dt.time.min, tzinfo=tz),
    )


def _invited(attachment: EvaluationAttachment, scope: Scope, agency_id, start, end) -> int:
    """How many were asked to evaluate: completions of the course, or attended bookings of
    the event, in scope and period (briefings have no list of who was asked)."""
    if attachment.course_id:
        qs = scope.filter(CourseCompletion.objects.filter(course_id=attachment.course_id))
        if agency_id:
            qs = qs.filter(agency_id=agency_id)
        if start:
            qs = qs.filter(completed_at__gte=start, completed_at__lt=end)
        return qs.count()
    if attachment.event_id:
        qs = scope.filter(
            Booking.objects.filter(
                session__event_id=attachment.event_id, attendance=Attendance.ATTENDED
            ),
            agency_path="attendance_agency",
        )
        if agency_id:
            qs = qs.filter(attendance_agency_id=agency_id)
        if start:
            qs = qs.filter(session__ends_at__gte=start, session__ends_at__lt=end)
        return qs.count()
    return 0


def _comments(attachment, stage_label, questions, responses) -> list[Comment]:
    comments = []
    texts = [(c.id, c.value["question"]) for c in questions if c.block_type == "text"]
    for response in responses:
        for block_id, question in texts:
            text = response.answers.get(block_id)
            if text:
                comments.append(
                    Comment(
                        attachment=str(attachment.target.title),
                        stage=stage_label,
                        question=question,
                        text=text,
                        learner=response.learner.get_full_name(),
                        agency=response.agency.name if response.agency else "",
                        submitted_on=timezone.localtime(response.submitted_at).date(),
                    )
                )
    return comments


def evaluation_report(
    *,
    scope: Scope,
    attachment_id: int | None = None,
    agency_id: int | None = None,
    quarter: str | None = None,
) -> list[AttachmentReport]:
    """Figures per attached evaluation, for the people in `scope` (by their agency when
    they answered), optionally one agency and one quarter (by when the training ended)."""
    start = end = None
    if quarter:
        start, end = quarter_bounds(quarter)
    reports = []
    chosen = attachments().order_by("form__title", "pk")
    if attachment_id:
        chosen = chosen.filter(pk=attachment_id)
    for attachment in chosen:
        responses = scope.filter(
            EvaluationResponse.objects.filter(attachment=attachment).select_related(
                "learner", "agency"
            )
        )
        if agency_id:
            responses = responses.filter(agency_id=agency_id)
        by_stage: dict[str, list[EvaluationResponse]] = defaultdict(list)
        for response in responses:
            by_stage[response.stage].append(response)
        after = by_stage[ResponseStage.AFTER]
        if start:
            after = [r for r in after if start <= _ended(r) < end]
            keep = {(r.learner_id, r.cycle) for r in after}
            for stage in (ResponseStage.BEFORE, ResponseStage.FOLLOW_UP, ResponseStage.MANAGER):
                by_stage[stage] = [r for r in by_stage[stage] if (r.learner_id, r.cycle) in keep]
        follow_ups = scope.filter(EvaluationFollowUp.objects.filter(attachment=attachment))
        if agency_id:
            follow_ups = follow_ups.filter(agency_id=agency_id)
        if start:
            follow_ups = follow_ups.filter(completed_at__gte=start, completed_at__lt=end)
        form = attachment.form
        report = AttachmentReport(
            attachment=attachment,
            invited=_invited(attachment, scope, agency_id, start, end)
            or (len(after) if attachment.briefing_id else 0),
            responses=len(after),
            follow_ups_sent=follow_ups.filter(kind=FollowUpKind.LEARNER).count(),
            follow_up_responses=len(by_stage[ResponseStage.FOLLOW_UP]),
            manager_sent=follow_ups.filter(kind=FollowUpKind.MANAGER).count(),
            manager_responses=len(by_stage[ResponseStage.MANAGER]),
            ratings=question_figures(questions=form.questions, responses=after),
            shifts=confidence_shift(
                questions=form.questions, before=by_stage[ResponseStage.BEFORE], after=after
            ),
        )
        report.comments = [
            *_comments(attachment, "After", form.questions, after),
            *_comments(
                attachment, "Follow-up", form.follow_up_questions, by_stage[ResponseStage.FOLLOW_UP]
            ),
            *_comments(
                attachment, "Line manager", form.manager_questions, by_stage[ResponseStage.MANAGER]
            ),
        ]
        reports.append(report)
    return reports


def _ended(response: EvaluationResponse) -> dt.datetime:
    """When the training the response is about ended (for the quarter filter)."""
    if response.completion_id and response.completion:
        return response.completion.completed_at
    if response.booking_id and response.booking:
        return response.booking.session.ends_at
    return response.submitted_at


def evaluation_rows(reports: list[AttachmentReport]) -> list[dict[str, Any]]:
    """The report as flat rows (one figure a row) for CSV, XLSX and the command."""
    rows: list[dict[str, Any]] = []

    def add(report: AttachmentReport, measure: str, item: str, value: Any) -> None:
        attachment = report.attachment
        rows.append(
            {
                "evaluation": attachment.form.title,
                "kind": attachment.target_kind,
                "training": attachment.target.title,
                "measure": measure,
                "item": item,
                "value": value,
            }
        )

    for report in reports:
        add(report, "Asked to evaluate", "", report.invited)
        add(report, "Responses", "", report.responses)
        add(report, "Response rate (%)", "", report.response_rate)
        add(report, "Follow-ups sent", "", report.follow_ups_sent)
        add(report, "Follow-up responses", "", report.follow_up_responses)
        add(report, "Line manager questionnaires sent", "", report.manager_sent)
        add(report, "Line manager responses", "", report.manager_responses)
        for figures in report.ratings:
            for answer, count in figures.counts:
                add(report, f"Answered {answer}", figures.question, count)
            if figures.mean is not None:
                add(report, "Mean rating", figures.question, figures.mean)
        for shift in report.shifts:
            add(report, "Confidence pairs", shift.outcome, shift.pairs)
            add(report, "Confidence before (mean)", shift.outcome, shift.before)
            add(report, "Confidence after (mean)", shift.outcome, shift.after)
            add(report, "Confidence shift", shift.outcome, shift.shift)
    return rows


def evaluation_comments(
    reports: list[AttachmentReport], *, anonymous: bool = False
) -> list[dict[str, Any]]:
    """Every free-text comment; without names or agencies when `anonymous`."""
    rows = []
    for report in reports:
        for comment in report.comments:
            row = {
                "training": comment.attachment,
                "stage": comment.stage,
                "question": comment.question,
                "comment": comment.text,
                "submitted_on": comment.submitted_on,
            }
            if not anonymous:
                row |= {"learner": comment.learner, "agency": comment.agency}
            rows.append(row)
    return rows


def evaluation_headlines(*, agency: Agency, start: dt.date, end: dt.date) -> dict[str, Any]:
    """The year's evaluation headlines for one agency, for the Section 11 training return:
    responses after training, response rate, and mean confidence shift over every outcome
    (paired per learner). `start` and `end` are inclusive dates of the training."""
    tz = timezone.get_current_timezone()
    since = dt.datetime.combine(start, dt.time.min, tzinfo=tz)
    until = dt.datetime.combine(end + dt.timedelta(days=1), dt.time.min, tzinfo=tz)
    scope = Scope(ScopeLevel.AGENCY, partnership_id=agency.partnership_id, agency_id=agency.pk)
    invited = responses = 0
    shifts: list[Decimal] = []
    for attachment in attachments().exclude(briefing__isnull=False):
        invited += _invited(attachment, scope, agency.pk, since, until)
        all_responses = list(
            EvaluationResponse.objects.filter(attachment=attachment, agency=agency).select_related(
                "completion", "booking__session"
            )
        )
        after = [
            r
            for r in all_responses
            if r.stage == ResponseStage.AFTER and since <= _ended(r) < until
        ]
        responses += len(after)
        before = [r for r in all_responses if r.stage == ResponseStage.BEFORE]
        for row in confidence_shift(
            questions=attachment.form.questions, before=before, after=after
        ):
            if row.shift is not None:
                shifts.extend([row.shift] * row.pairs)
    return {
        "responses": responses,
        "invited": invited,
        "response_rate": _percent(responses, invited),
        "mean_confidence_shift": (
            (sum(shifts) / len(shifts)).quantize(Decimal("0.01")) if shifts else None
        ),
    }
