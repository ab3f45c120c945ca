"""Learners' records of 7-minute briefings: reads, private reflections, team-meeting use,
and the weekly digest of new briefings."""

from __future__ import annotations

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models

from learning.people.models import Agency, User


class BriefingRead(models.Model):
    """A learner confirmed they read a 7-minute briefing (recorded once)."""

    learner = models.ForeignKey(User, on_delete=models.CASCADE, related_name="briefing_reads")
    briefing = models.ForeignKey(
        "courses.BriefingPage", on_delete=models.CASCADE, related_name="reads"
    )
    read_at = models.DateTimeField()
    agency = models.ForeignKey(
        Agency, null=True, blank=True, on_delete=models.SET_NULL, related_name="briefing_reads"
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["learner", "briefing"], name="briefing_read_once")
        ]
        indexes = [models.Index(fields=["briefing", "read_at"])]

    def __str__(self) -> str:
        return f"{self.learner} read {self.briefing}"


class BriefingReflection(models.Model):
    """A learner's private answer to one of a briefing's reflection questions.

    Nobody else sees it: there is no admin view, export or report of reflections. The
    question is kept as asked, so an edited briefing does not change what was answered.
    """

    learner = models.ForeignKey(User, on_delete=models.CASCADE, related_name="briefing_reflections")
    briefing = models.ForeignKey(
        "courses.BriefingPage", on_delete=models.CASCADE, related_name="reflections"
    )
    position = models.PositiveSmallIntegerField()
    question = models.TextField()
    answer = models.TextField(max_length=5000)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["position"]
        constraints = [
            models.UniqueConstraint(
                fields=["learner", "briefing", "position"], name="briefing_reflection_once"
            )
        ]

    def __str__(self) -> str:
        return f"{self.learner} on {self.briefing} question {self.position}"


class BriefingTeamUse(models.Model):
    """A learner used a briefing at a team meeting (one record per meeting date)."""

    learner = models.ForeignKey(User, on_delete=models.CASCADE, related_name="briefing_team_uses")
    briefing = models.ForeignKey(
        "courses.BriefingPage", on_delete=models.CASCADE, related_name="team_uses"
    )
    used_on = models.DateField("meeting date")
    colleagues = models.PositiveSmallIntegerField(
        "number of colleagues", validators=[MinValueValidator(1), MaxValueValidator(500)]
    )
    agency = models.ForeignKey(
        Agency, null=True, blank=True, on_delete=models.SET_NULL, related_name="briefing_team_uses"
    )
    recorded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-used_on"]
        constraints = [
            models.UniqueConstraint(
                fields=["learner", "briefing", "used_on"], name="briefing_team_use_once_a_day"
            )
        ]

    def __str__(self) -> str:
        return f"{self.learner} used {self.briefing} on {self.used_on}"


class BriefingDigestSubscription(models.Model):
    """A learner's wish for a weekly email of new briefings on their topics (all if none)."""

    learner = models.OneToOneField(
        User, on_delete=models.CASCADE, related_name="briefing_digest_subscription"
    )
    topics = models.ManyToManyField("taggit.Tag", blank=True, related_name="+")
    is_active = models.BooleanField(default=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    def __str__(self) -> str:
        return f"Digest for {self.learner}"


class BriefingDigestSend(models.Model):
    """The digest went to a learner for a week: the constraint makes it one email a week."""

    learner = models.ForeignKey(User, on_delete=models.CASCADE, related_name="briefing_digests")
    week = models.DateField(help_text="The Monday of the week the digest is for.")
    sent_at = models.DateTimeField(auto_now_add=True)
    briefing_count = models.PositiveSmallIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["learner", "week"], name="briefing_digest_once_a_week")
        ]

    def __str__(self) -> str:
        return f"Digest for {self.learner}, week of {self.week}"
