"""H5P statements into progress: results per learner and activity, and lesson completion.

Unlike packages that complete a lesson on any answer, a required activity must reach its
minimum scaled score: a failed attempt is recorded but does not complete the lesson.
"""

from __future__ import annotations

import contextlib

from django.db import transaction
from django.db.models import F

from courses.catalogue.models import LessonPage
from courses.h5p.models import H5PActivity
from courses.h5p.selectors import activities_in_lesson, id_from_iri
from learning.exceptions import LessonNotComplete
from learning.people.models import User
from learning.progress.services import lesson_complete
from learning.xapi.models import H5PResult, XAPIStatement

VERBS = "http://adlnet.gov/expapi/verbs/"
RESULT_VERBS = {VERBS + "completed", VERBS + "passed", VERBS + "failed", VERBS + "answered"}


def scaled_score(result: dict) -> float | None:
    """The scaled score, or raw/max when a tool only sends raw and max."""
    score = result.get("score") or {}
    if "scaled" in score:
        return float(score["scaled"])
    if "raw" in score and score.get("max"):
        low = score.get("min", 0)
        return (float(score["raw"]) - low) / (float(score["max"]) - low)
    return None


def h5p_result_record(
    *,
    learner: User,
    activity_id: int,
    statement: dict,
    lesson_id: int | None = None,
    min_score: float | None = None,
) -> H5PResult | None:
    """Fold one statement into the learner's result on the activity in that lesson (the
    placement; best score kept). Each `answered` with a result is an attempt, and so is
    each completed, passed or failed that does not close an `answered` one. With no
    `success` sent, success comes from the score against the placement's minimum."""
    verb = statement["verb"]["id"]
    result = statement.get("result")
    if verb not in RESULT_VERBS or (verb == VERBS + "answered" and not result):
        return None
    result = result or {}
    scaled = scaled_score(result)
    success = result.get("success")
    if success is None and scaled is not None and min_score is not None:
        success = scaled >= min_score
    passed = verb == VERBS + "passed" or success is True
    with transaction.atomic():
        record, _ = H5PResult.objects.select_for_update().get_or_create(
            learner=learner, activity_id=activity_id, lesson_id=lesson_id
        )
        if scaled is not None:
            record.last_scaled = scaled
            if record.best_scaled is None or scaled > record.best_scaled:
                record.best_scaled = scaled
        record.passed = record.passed or passed
        record.completed = record.completed or verb in (VERBS + "completed", VERBS + "passed")
        short = verb.removeprefix(VERBS)
        new_attempt = short == "answered" or record.last_verb != "answered"
        record.last_verb = short[:16]
        record.save()
        if new_attempt:
            H5PResult.objects.filter(pk=record.pk).update(attempts=F("attempts") + 1)
    record.refresh_from_db(fields=["attempts"])
    return record


def _lesson_of(statement: dict) -> int | None:
    """The lesson the player named, as the statement's parent or grouping activity."""
    activities = (statement.get("context") or {}).get("contextActivities") or {}
    for key in ("parent", "grouping"):
        named = activities.get(key) or []
        for activity in named if isinstance(named, list) else [named]:
            lesson_id = id_from_iri((activity or {}).get("id"), "xapi/lessons")
            if lesson_id:
                return lesson_id
    return None


def statements_into_progress(rows: list[XAPIStatement]) -> None:
    for row in rows:
        if row.learner is None:
            continue
        activity_id = id_from_iri(row.object_id, "h5p/activities")
        if activity_id is None or not H5PActivity.objects.filter(pk=activity_id).exists():
            continue
        lesson_id = _lesson_of(row.data)
        lesson = (
            LessonPage.objects.live().filter(pk=lesson_id).first()
            if lesson_id is not None
            else None
        )
        # The lesson must really place this activity: a statement cannot name any lesson.
        placement = next(
            (
                placed
                for placed in (activities_in_lesson(lesson) if lesson is not None else [])
                if placed.activity_id == activity_id
            ),
            None,
        )
        if placement is None:
            lesson = None
        record = h5p_result_record(
            learner=row.learner,
            activity_id=activity_id,
            statement=row.data,
            lesson_id=lesson.pk if lesson is not None else None,
            min_score=placement.min_score if placement is not None else None,
        )
        if record is None or record.best_scaled is None or lesson is None:
            continue
        # Other requirements (or this score) may not be met yet: then it stays incomplete.
        with contextlib.suppress(LessonNotComplete):
            lesson_complete(learner=row.learner, lesson=lesson)


def h5p_requirements(*, learner: User, lesson) -> list[str]:
    """Reasons a lesson is not complete: required activities below their minimum score."""
    placed = [p for p in activities_in_lesson(lesson) if p.required]
    if not placed:
        return []
    best = dict(
        H5PResult.objects.filter(
            learner=learner, lesson=lesson, activity_id__in=[p.activity_id for p in placed]
        ).values_list("activity_id", "best_scaled")
    )
    titles = dict(
        H5PActivity.objects.filter(pk__in=[p.activity_id for p in placed]).values_list(
            "pk", "title"
        )
    )
    reasons = []
    for p in placed:
        score = best.get(p.activity_id)
        if p.activity_id in titles and (score is None or score < p.min_score):
            reasons.append(
                f"Score at least {round(p.min_score * 100)}% in the activity "
                f"'{titles[p.activity_id]}'"
            )
    return reasons
