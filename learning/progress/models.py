"""Learners' records of courses: lesson progress and course completions."""

from __future__ import annotations

from django.db import models

from learning.people.models import Agency, User


class LessonProgress(models.Model):
    """A learner's record of one lesson: started when first opened, completed once."""

    learner = models.ForeignKey(User, on_delete=models.CASCADE, related_name="lesson_progress")
    lesson = models.ForeignKey(
        "courses.LessonPage", on_delete=models.CASCADE, related_name="progress_records"
    )
    started_at = models.DateTimeField(auto_now_add=True)
    completed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["learner", "lesson"], name="lesson_progress_once")
        ]
        indexes = [models.Index(fields=["lesson", "completed_at"])]

    def __str__(self) -> str:
        return f"{self.learner} – {self.lesson}"


class CourseCompletion(models.Model):
    """A learner completed a course. Happens exactly once per learner per course run.

    `run` counts the times a learner has taken a course (a refresher is run 2); the
    course version is the page revision they completed, so editing the course later does
    not change or undo the record.
    """

    learner = models.ForeignKey(User, on_delete=models.PROTECT, related_name="completions")
    course = models.ForeignKey(
        "courses.CoursePage", on_delete=models.PROTECT, related_name="completions"
    )
    run = models.PositiveSmallIntegerField(default=1)
    completed_at = models.DateTimeField()
    score = models.PositiveSmallIntegerField(
        null=True, blank=True, help_text="Final assessment score in %, if the course has one."
    )
    course_version = models.ForeignKey(
        "wagtailcore.Revision", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # The learner's agency when they completed: coverage reports count the agency of the
    # time, not wherever the person works now.
    agency = models.ForeignKey(
        Agency, null=True, blank=True, on_delete=models.PROTECT, related_name="completions"
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["learner", "course", "run"], name="course_completion_once_per_run"
            )
        ]
        indexes = [models.Index(fields=["course", "completed_at"])]
        ordering = ["-completed_at"]

    def __str__(self) -> str:
        return f"{self.learner} completed {self.course} on {self.completed_at:%d %B %Y}"


class Enrolment(models.Model):
    """A learner started a course: made on their first visit to it (self-enrolment)."""

    learner = models.ForeignKey(User, on_delete=models.CASCADE, related_name="enrolments")
    course = models.ForeignKey(
        "courses.CoursePage", on_delete=models.CASCADE, related_name="enrolments"
    )
    enrolled_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["learner", "course"], name="enrolment_once")]

    def __str__(self) -> str:
        return f"{self.learner} enrolled on {self.course}"


class KnowledgeCheckAnswer(models.Model):
    """A learner's latest answer to one knowledge-check question in a lesson.

    Knowledge checks are for learning, not grading: answering again replaces the answer.
    """

    learner = models.ForeignKey(
        User, on_delete=models.CASCADE, related_name="knowledge_check_answers"
    )
    lesson = models.ForeignKey(
        "courses.LessonPage", on_delete=models.CASCADE, related_name="knowledge_check_answers"
    )
    question_id = models.CharField(max_length=64)
    option_ids = models.JSONField(default=list)
    is_correct = models.BooleanField()
    answered_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["learner", "lesson", "question_id"], name="knowledge_check_answer_once"
            )
        ]

    def __str__(self) -> str:
        return f"{self.learner} answered {self.question_id} in {self.lesson}"


class AssessmentAttempt(models.Model):
    """One attempt at a course's final assessment: the questions drawn, the answers given
    and the score. Attempts are unlimited; each is kept.

    `public_id` is what URLs and forms carry, so attempt numbers cannot be guessed.
    """

    public_id = models.UUIDField(unique=True, editable=False)
    learner = models.ForeignKey(User, on_delete=models.CASCADE, related_name="assessment_attempts")
    course = models.ForeignKey(
        "courses.CoursePage", on_delete=models.CASCADE, related_name="assessment_attempts"
    )
    run = models.PositiveSmallIntegerField(default=1)
    started_at = models.DateTimeField(auto_now_add=True)
    submitted_at = models.DateTimeField(null=True, blank=True)
    #: the drawn questions, as they were when drawn: [{id, text, multiple, topic, options}]
    questions = models.JSONField(default=list)
    #: {question id: [option ids]}
    answers = models.JSONField(default=dict)
    score = models.PositiveSmallIntegerField(null=True, blank=True)
    passed = models.BooleanField(null=True)
    pass_mark = models.PositiveSmallIntegerField()

    class Meta:
        indexes = [models.Index(fields=["learner", "course", "run", "passed"])]
        ordering = ["-started_at"]

    def __str__(self) -> str:
        return f"{self.learner}'s attempt at {self.course}"

    @property
    def is_submitted(self) -> bool:
        return self.submitted_at is not None
