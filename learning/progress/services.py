"""Writes about course progress: enrolment, knowledge-check answers, lesson completion,
final assessments, and recording a completion once per run."""

from __future__ import annotations

import uuid

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from wagtail import hooks

from courses.catalogue.questions import (
    answer_is_correct,
    options_chosen,
    questions_draw,
    text_without_select_all,
)
from courses.exceptions import AnswerRejected
from learning.exceptions import AssessmentRejected, LessonNotComplete
from learning.people.models import User
from learning.progress.models import (
    AssessmentAttempt,
    CourseCompletion,
    Enrolment,
    KnowledgeCheckAnswer,
    LessonProgress,
)
from learning.progress.rules import run_after
from learning.progress.selectors import course_requirements_met
from learning.progress.signals import course_completed, lesson_completed


def course_completion_record(
    *, learner: User, course, score: int | None = None, completed_at=None
) -> tuple[CourseCompletion, bool]:
    """Record that `learner` completed `course` in their current run; exactly once.

    Concurrent calls are settled by the database's unique constraint: the loser gets the
    existing completion back and `created` False. Listeners of `course_completed` hear
    about a new completion only once its transaction has committed.
    """
    run = course_current_run(learner=learner, course=course)
    revision = course.get_latest_revision() if hasattr(course, "get_latest_revision") else None
    try:
        with transaction.atomic():
            completion = CourseCompletion.objects.create(
                learner=learner,
                course=course,
                run=run,
                completed_at=completed_at or timezone.now(),
                score=score,
                course_version=revision if revision and revision.pk else None,
                agency=learner.agency,
            )
    except IntegrityError:
        return CourseCompletion.objects.get(learner=learner, course=course, run=run), False
    transaction.on_commit(
        lambda: course_completed.send(sender=CourseCompletion, completion=completion)
    )
    return completion, True


def course_current_run(*, learner: User, course) -> int:
    """The run `learner` is on for `course` (see `rules.run_after`)."""
    latest = (
        CourseCompletion.objects.filter(learner=learner, course=course).order_by("-run").first()
    )
    return run_after(course=course, latest_completion=latest)


def lesson_complete(*, learner: User, lesson) -> LessonProgress:
    """Mark a lesson complete for a learner, once, if every requirement is met.

    Features add requirements (a knowledge check answered, an H5P activity passed) with the
    `lesson_completion_requirements` hook: a function taking `learner` and `lesson` and
    returning a list of plain-English reasons the lesson is not complete yet (empty if met).
    Listeners of `lesson_completed` hear about a first completion after commit.
    """
    unmet = [
        reason
        for requirement in hooks.get_hooks("lesson_completion_requirements")
        for reason in requirement(learner=learner, lesson=lesson)
    ]
    if unmet:
        raise LessonNotComplete(errors=unmet)
    with transaction.atomic():
        progress, _ = LessonProgress.objects.get_or_create(learner=learner, lesson=lesson)
        now = timezone.now()
        newly = LessonProgress.objects.filter(pk=progress.pk, completed_at__isnull=True).update(
            completed_at=now
        )
        progress.refresh_from_db()
    if newly:
        transaction.on_commit(
            lambda: lesson_completed.send(sender=LessonProgress, progress=progress)
        )
    return progress


# --- Courses: enrolment, knowledge checks, final assessments, completion --------------


def enrolment_ensure(*, learner: User, course) -> Enrolment:
    """Enrol a learner on a course on their first visit; later visits change nothing."""
    enrolment = Enrolment.objects.filter(learner=learner, course=course).first()
    if enrolment is not None:
        return enrolment
    try:
        with transaction.atomic():
            return Enrolment.objects.create(learner=learner, course=course)
    except IntegrityError:
        return Enrolment.objects.get(learner=learner, course=course)


def knowledge_check_answer(
    *, learner: User, lesson, question_id: str, option_ids: list[str]
) -> KnowledgeCheckAnswer:
    """Record a learner's answer to a knowledge-check question; answering again replaces it.

    Raises AnswerRejected (nothing recorded) for a question not in the lesson or an option
    not in the question.
    """
    questions = lesson.knowledge_check_questions()
    question = questions.get(str(question_id))
    if question is None:
        raise AnswerRejected("That question is not part of this lesson.", field="question")
    chosen = options_chosen(question, option_ids, field="option")
    answer, _ = KnowledgeCheckAnswer.objects.update_or_create(
        learner=learner,
        lesson=lesson,
        question_id=question["id"],
        defaults={
            "option_ids": sorted(chosen),
            "is_correct": answer_is_correct(question, chosen),
        },
    )
    return answer


def knowledge_check_questions_unanswered(*, learner: User, lesson) -> list[dict]:
    """The lesson's knowledge-check questions the learner has not answered, in order."""
    questions = getattr(lesson, "knowledge_check_questions", None)
    if questions is None:
        return []
    wanted = questions()
    if not wanted:
        return []
    answered = set(
        KnowledgeCheckAnswer.objects.filter(
            learner=learner, lesson=lesson, question_id__in=list(wanted)
        ).values_list("question_id", flat=True)
    )
    return [question for qid, question in wanted.items() if qid not in answered]


def lesson_completion_problems(*, learner: User, lesson) -> list[dict[str, str]]:
    """Every reason a lesson cannot be completed yet, each linking to where to act: one
    per unanswered knowledge-check question, then the other requirements' reasons, for
    the lesson page's error summary."""
    unanswered = knowledge_check_questions_unanswered(learner=learner, lesson=lesson)
    problems = [
        {
            "text": f"Answer the question: {text_without_select_all(question['text'])}",
            "href": f"#question-{question['id']}",
        }
        for question in unanswered
    ]
    counted = set(knowledge_checks_unanswered(learner=learner, lesson=lesson))
    problems += [
        {"text": reason, "href": ""}
        for requirement in hooks.get_hooks("lesson_completion_requirements")
        for reason in requirement(learner=learner, lesson=lesson)
        if reason not in counted
    ]
    return problems


def knowledge_checks_unanswered(*, learner: User, lesson) -> list[str]:
    """A lesson is complete only once each of its knowledge-check questions is answered."""
    missing = len(knowledge_check_questions_unanswered(learner=learner, lesson=lesson))
    if not missing:
        return []
    noun = "question" if missing == 1 else "questions"
    return [f"Answer the {missing} knowledge check {noun} in this lesson before you go on."]


def assessment_start(*, learner: User, course) -> AssessmentAttempt:
    """Start an attempt: draw `questions_per_attempt` questions at random from the bank.

    The drawn questions are copied into the attempt, so editing the bank later does not
    change how an attempt in progress (or finished) is marked.
    """
    bank = list(course.assessment_question_bank().values())
    if not bank:
        raise AssessmentRejected("This course has no final assessment.", field="course")
    drawn = questions_draw(bank, course.questions_per_attempt)
    return AssessmentAttempt.objects.create(
        public_id=uuid.uuid4(),
        learner=learner,
        course=course,
        run=course_current_run(learner=learner, course=course),
        questions=drawn,
        pass_mark=course.pass_mark,
    )


def assessment_submit(
    *, learner: User, attempt_id: uuid.UUID | str, answers: dict[str, list[str]]
) -> AssessmentAttempt:
    """Mark a submitted attempt and, if it passes and the lessons are done, complete the
    course. Each attempt is marked once.

    Every check happens before anything is written, under a row lock, so a tampered,
    replayed or concurrent post is refused (AssessmentRejected) and records nothing.
    """
    with transaction.atomic():
        try:
            attempt = (
                AssessmentAttempt.objects.select_for_update()
                .select_related("course")
                .get(public_id=attempt_id)
            )
        except (AssessmentAttempt.DoesNotExist, ValueError, ValidationError):
            raise AssessmentRejected(
                "That assessment attempt does not exist. Start the assessment again.",
                field="attempt",
            ) from None
        if attempt.learner_id != learner.pk:
            raise AssessmentRejected(
                "That assessment attempt belongs to someone else. Start your own attempt.",
                field="attempt",
            )
        if attempt.is_submitted:
            raise AssessmentRejected(
                "This attempt has already been submitted and marked. Start a new attempt "
                "to try again.",
                field="attempt",
            )
        questions = {question["id"]: question for question in attempt.questions}
        unknown = set(answers) - set(questions)
        if unknown:
            raise AssessmentRejected(
                "The answers include a question that is not part of this attempt.",
                field="attempt",
            )
        chosen_by_question: dict[str, set[str]] = {}
        # Every question's problem at once, so the learner can fix them all in one go.
        problems: dict[str, str] = {}
        for number, question in enumerate(attempt.questions, start=1):
            field = f"q-{question['id']}"
            if not answers.get(question["id"]):
                rule = (
                    "Select every answer that applies"
                    if question["multiple"]
                    else ("Select an answer")
                )
                problems[field] = f"Question {number}: {rule.lower()}."
                continue
            try:
                chosen_by_question[question["id"]] = options_chosen(
                    question, answers[question["id"]], field=field
                )
            except AnswerRejected as rejected:
                problems[field] = f"Question {number}: {rejected.message}"
        if problems:
            raise AssessmentRejected(field_errors=problems)
        correct = sum(
            answer_is_correct(questions[qid], chosen) for qid, chosen in chosen_by_question.items()
        )
        attempt.answers = {qid: sorted(chosen) for qid, chosen in chosen_by_question.items()}
        attempt.score = round(100 * correct / len(questions))
        attempt.passed = attempt.score >= attempt.pass_mark
        attempt.submitted_at = timezone.now()
        attempt.save(update_fields=["answers", "score", "passed", "submitted_at"])
        if attempt.passed:
            course_completion_try(learner=learner, course=attempt.course)
    return attempt


def course_completion_try(*, learner: User, course) -> CourseCompletion | None:
    """Complete the course for a learner if every required lesson is done and the final
    assessment (if any) is passed in their current run; otherwise do nothing.

    Safe to call any number of times, concurrently too: `course_completion_record` keeps
    it to one completion per run.
    """

    met, score = course_requirements_met(learner=learner, course=course)
    if not met:
        return None
    completion, _ = course_completion_record(learner=learner, course=course, score=score)
    return completion
