"""Demo evaluation: a form for each of the three courses and each seeded event, and demo
responses (before, after, follow-up, line manager) across Walsall's agencies, so the
report shows real figures. `learner@example.org` is left one evaluation to complete (the
workshop they attended). Safe to run again: everything is found or created by its key."""

from __future__ import annotations

import datetime as dt
import html
import random
import re
import uuid

from django.db import transaction
from django.utils import timezone

from courses.briefings.models import BriefingPage
from courses.catalogue.models import CoursePage
from learning.evaluation.models import (
    EvaluationAttachment,
    EvaluationFollowUp,
    EvaluationForm,
    EvaluationResponse,
    FollowUpKind,
    ResponseStage,
)
from learning.people.models import User
from learning.progress.models import CourseCompletion
from learning.training.models import Attendance, Booking, TrainingEventPage

COURSE_SLUGS = ("understanding-child-neglect", "graded-care-profile-2", "action")
#: The course whose certificate waits for its evaluation in the demo.
HOLDS_CERTIFICATE = "understanding-child-neglect"
DEMO_LEARNER = "learner@example.org"
NO_CHECK_BEFORE = ("understanding-neglect-online-briefing",)
COMMENTS = [
    "I now use the GCP2 tool at every home visit where I have concerns.",
    "I escalated a case using the escalation policy for the first time.",
    "Clearer on what to record and how to share it with the network.",
    "More confident challenging drift in long-running cases.",
    "I talk to parents about neglect more directly now.",
    "The case examples were very close to my own work.",
]
MANAGER_COMMENTS = [
    "Assessments are more thorough and evidence the child's lived experience.",
    "Raises concerns earlier in supervision.",
    "Has shared the learning with the wider team.",
]


def _id(*parts: str) -> str:
    """A stable block id, so running the seed again finds the same questions."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, "evaluation-seed:" + ":".join(parts)))


def outcomes_of(rich_text: str) -> list[str]:
    """The learning outcomes of a course or event: the items of its rich-text list."""
    items = re.findall(r"<li[^>]*>(.*?)</li>", rich_text or "", flags=re.S)
    return [html.unescape(re.sub(r"<[^>]+>", "", item)).strip() for item in items][:5]


def _questions(key: str, outcomes: list[str]) -> list[dict]:
    return [
        {
            "type": "confidence",
            "id": _id(key, "confidence"),
            "value": {
                "introduction": "How confident are you that you can do each of these?",
                "outcomes": outcomes,
            },
        },
        {
            "type": "rating",
            "id": _id(key, "useful"),
            "value": {
                "question": "How useful was the training for your work?",
                "lowest_label": "Not useful",
                "highest_label": "Very useful",
                "required": True,
            },
        },
        {
            "type": "yes_no",
            "id": _id(key, "recommend"),
            "value": {"question": "Would you recommend it to a colleague?", "required": True},
        },
        {
            "type": "text",
            "id": _id(key, "differently"),
            "value": {
                "question": "What will you do differently in your practice?",
                "hint": "",
                "required": False,
            },
        },
    ]


def _follow_up_questions(key: str) -> list[dict]:
    return [
        {
            "type": "text",
            "id": _id(key, "follow-up-differently"),
            "value": {
                "question": "What have you done differently since the training?",
                "hint": "For example, a tool you now use or a case you escalated.",
                "required": True,
            },
        },
        {
            "type": "yes_no",
            "id": _id(key, "follow-up-tool"),
            "value": {
                "question": "Have you used a tool or policy from the training with a family?",
                "required": True,
            },
        },
    ]


def _manager_questions(key: str) -> list[dict]:
    return [
        {
            "type": "rating",
            "id": _id(key, "manager-change"),
            "value": {
                "question": "How much has their practice with neglect improved?",
                "lowest_label": "Not at all",
                "highest_label": "A great deal",
                "required": True,
            },
        },
        {
            "type": "text",
            "id": _id(key, "manager-example"),
            "value": {
                "question": "Give an example of a change you have seen.",
                "hint": "",
                "required": False,
            },
        },
    ]


def _form(title: str, key: str, outcomes: list[str]) -> EvaluationForm:
    form = EvaluationForm.objects.filter(title=title).first()
    if form is None:
        form = EvaluationForm.objects.create(
            title=title,
            introduction="Your answers are anonymous in reports shared beyond the training team.",
            questions=_questions(key, outcomes),
            follow_up_questions=_follow_up_questions(key),
            manager_questions=_manager_questions(key),
        )
    return form


def _answers(form: EvaluationForm, rng: random.Random, *, stage: str, before=None) -> dict:
    """Made-up answers; after the training, confidence rises a little from `before`."""
    questions = form.questions
    if stage == ResponseStage.FOLLOW_UP:
        questions = form.follow_up_questions
    elif stage == ResponseStage.MANAGER:
        questions = form.manager_questions
    answers: dict = {}
    for child in questions:
        kind = child.block_type
        if kind == "confidence":
            for n, _outcome in enumerate(child.value["outcomes"]):
                key = f"{child.id}:{n}"
                if stage == ResponseStage.BEFORE:
                    answers[key] = rng.choice([1, 2, 2, 3, 3, 4])
                else:
                    start = (before or {}).get(key, 3)
                    answers[key] = min(5, start + rng.choice([0, 1, 1, 2]))
        elif stage == ResponseStage.BEFORE:
            continue
        elif kind == "rating":
            answers[child.id] = rng.choice([3, 4, 4, 5, 5])
        elif kind == "yes_no":
            answers[child.id] = rng.choice(["yes", "yes", "yes", "no"])
        elif kind == "text" and rng.random() < 0.6:
            pool = MANAGER_COMMENTS if stage == ResponseStage.MANAGER else COMMENTS
            answers[child.id] = rng.choice(pool)
    return answers


def _pair(attachment, learner, agency, cycle, ended, rng, *, completion=None, booking=None):
    """Before and after responses for one learner, and a follow-up (and the manager's)
    where the follow-up is due."""
    form = attachment.form
    base = {"attachment": attachment, "learner": learner, "cycle": cycle}
    before, after = rng.sample(range(len(COMMENTS)), 2)
    first, _ = EvaluationResponse.objects.get_or_create(
        stage=ResponseStage.BEFORE,
        **base,
        defaults={
            "agency": agency,
            "answers": _answers(form, rng, stage=ResponseStage.BEFORE),
            "submitted_at": ended - dt.timedelta(days=1),
        },
    )
    EvaluationResponse.objects.get_or_create(
        stage=ResponseStage.AFTER,
        **base,
        defaults={
            "agency": agency,
            "answers": _answers(form, rng, stage=ResponseStage.AFTER, before=first.answers),
            "submitted_at": ended + dt.timedelta(days=2),
            "completion": completion,
            "booking": booking,
        },
    )
    due = ended + dt.timedelta(weeks=attachment.follow_up_weeks)
    if attachment.follow_up_weeks and due <= timezone.now() and before % 2 == 0:
        EvaluationFollowUp.objects.get_or_create(
            kind=FollowUpKind.LEARNER,
            **base,
            defaults={"agency": agency, "completed_at": ended, "sent_at": due},
        )
        if after % 3:
            EvaluationResponse.objects.get_or_create(
                stage=ResponseStage.FOLLOW_UP,
                **base,
                defaults={
                    "agency": agency,
                    "answers": _answers(form, rng, stage=ResponseStage.FOLLOW_UP),
                    "submitted_at": due + dt.timedelta(days=3),
                },
            )
        if after % 2 == 0:
            EvaluationFollowUp.objects.get_or_create(
                kind=FollowUpKind.MANAGER,
                **base,
                defaults={
                    "agency": agency,
                    "completed_at": ended,
                    "sent_at": due,
                    "manager_email": f"manager.of.{learner.pk}@example.org",
                    "nonce": uuid.uuid4().hex,
                },
            )
            EvaluationResponse.objects.get_or_create(
                stage=ResponseStage.MANAGER,
                **base,
                defaults={
                    "agency": agency,
                    "answers": _answers(form, rng, stage=ResponseStage.MANAGER),
                    "submitted_at": due + dt.timedelta(days=5),
                },
            )


def seed_evaluation() -> int:
    """Forms, attachments and demo responses; returns how many attachments exist."""
    rng = random.Random(15)  # noqa: S311 - the same demo every time, not a secret
    with transaction.atomic():
        for course in CoursePage.objects.filter(slug__in=COURSE_SLUGS).order_by("pk"):
            form = _form(
                f"{course.title}: evaluation", course.slug, outcomes_of(course.learning_outcomes)
            )
            attachment, _ = EvaluationAttachment.objects.get_or_create(
                course=course,
                defaults={
                    "form": form,
                    "is_required": True,
                    "holds_certificate": course.slug == HOLDS_CERTIFICATE,
                },
            )
            completions = CourseCompletion.objects.filter(course=course).exclude(
                learner__email=DEMO_LEARNER
            )
            for completion in completions.select_related("learner").order_by("pk"):
                if rng.random() < 0.65:
                    _pair(
                        attachment,
                        completion.learner,
                        completion.agency,
                        completion.run,
                        completion.completed_at,
                        rng,
                        completion=completion,
                    )
        for event in TrainingEventPage.objects.order_by("pk"):
            form = _form(
                f"{event.title}: evaluation", event.slug, outcomes_of(event.learning_outcomes)
            )
            attachment, _ = EvaluationAttachment.objects.get_or_create(
                event=event,
                defaults={
                    "form": form,
                    "is_required": True,
                    # An hour online: no confidence check at booking, only the one after.
                    "asks_before": event.slug not in NO_CHECK_BEFORE,
                },
            )
            attended = Booking.objects.filter(
                session__event=event, attendance=Attendance.ATTENDED
            ).exclude(learner__email=DEMO_LEARNER)
            for booking in attended.select_related("learner", "session").order_by("pk"):
                _pair(
                    attachment,
                    booking.learner,
                    booking.attendance_agency or booking.learner.agency,
                    1,
                    booking.session.ends_at,
                    rng,
                    booking=booking,
                )
        briefing = BriefingPage.objects.live().order_by("pk").first()
        if (
            briefing is not None
            and not EvaluationAttachment.objects.filter(briefing=briefing).exists()
        ):
            form = EvaluationForm.objects.filter(title="Briefing feedback").first()
            if form is None:
                form = EvaluationForm.objects.create(
                    title="Briefing feedback",
                    questions=[q for q in _questions("briefing", []) if q["type"] != "confidence"],
                )
            EvaluationAttachment.objects.create(
                form=form,
                briefing=briefing,
                is_required=False,
                asks_before=False,
                follow_up_weeks=0,
            )
        learner = User.objects.filter(email=DEMO_LEARNER).first()
        if learner is not None and not learner.line_manager_email:
            learner.line_manager_email = "lina.lead.manager@example.org"
            learner.save(update_fields=["line_manager_email"])
    return EvaluationAttachment.objects.count()
