"""xAPI records: statements, the activity state resource, tool credentials, the forwarding
outbox, and each learner's result on an H5P activity.

The statement id is unique in the database, so a statement sent twice (a retry, a double
click, two workers) is stored once: https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#statement-immutability
"""

from __future__ import annotations

from django.contrib.auth.hashers import check_password, make_password
from django.db import models

from courses.storage import private_storage
from learning.people.models import User


class XAPIClient(models.Model):
    """HTTP Basic credentials for an external tool posting statements. Only a hash of the
    secret is kept; the secret itself is shown once, when the credentials are made."""

    name = models.CharField(max_length=120, help_text="Which tool uses these credentials.")
    key = models.CharField(max_length=64, unique=True, editable=False)
    secret_hash = models.CharField(max_length=255, editable=False)
    is_active = models.BooleanField(default=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "xAPI client"
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def set_secret(self, secret: str) -> None:
        self.secret_hash = make_password(secret)

    def check_secret(self, secret: str) -> bool:
        return check_password(secret, self.secret_hash)


class XAPIStatement(models.Model):
    """One accepted statement, stored as received (with the authority and `stored` added).

    `learner` is the session user for statements from our own player: the actor in the
    statement is replaced by theirs, never taken from the browser.
    """

    statement_id = models.UUIDField()
    data = models.JSONField()
    # Hash of the statement's content, for the "same id, same content" comparison.
    content_hash = models.CharField(max_length=64)
    verb = models.CharField(max_length=255)
    object_id = models.CharField(max_length=2048, blank=True)
    learner = models.ForeignKey(
        User, null=True, blank=True, on_delete=models.SET_NULL, related_name="xapi_statements"
    )
    client = models.ForeignKey(
        XAPIClient, null=True, blank=True, on_delete=models.SET_NULL, related_name="statements"
    )
    timestamp = models.DateTimeField()
    stored = models.DateTimeField(auto_now_add=True)
    # For the GET filters: the actor's identifier (learning.xapi.validation.agent_key) and
    # the context registration; a voided statement is only returned by voidedStatementId.
    actor_key = models.CharField(max_length=255, blank=True, default="")
    registration = models.CharField(max_length=36, blank=True, default="")
    voided = models.BooleanField(default=False)

    class Meta:
        verbose_name = "xAPI statement"
        constraints = [
            models.UniqueConstraint(fields=["statement_id"], name="xapi_statement_id_once")
        ]
        indexes = [
            models.Index(fields=["learner", "object_id"]),
            models.Index(fields=["actor_key"], name="xapi_statement_actor"),
        ]
        ordering = ["-stored"]

    def __str__(self) -> str:
        return str(self.statement_id)


class XAPIState(models.Model):
    """One document of the xAPI State resource: what an activity saved to resume later.

    A document belongs to whoever wrote it: the signed-in learner, or the tool's
    credentials (with the agent the tool named). No one else can read, list or delete it,
    even when naming the same agent, activity and state id.
    """

    learner = models.ForeignKey(
        User, null=True, blank=True, on_delete=models.CASCADE, related_name="xapi_states"
    )
    client = models.ForeignKey(
        XAPIClient, null=True, blank=True, on_delete=models.CASCADE, related_name="states"
    )
    agent_key = models.CharField(max_length=255)
    activity_id = models.CharField(max_length=2048)
    state_id = models.CharField(max_length=255)
    registration = models.CharField(max_length=36, blank=True, default="")
    content = models.BinaryField()
    content_type = models.CharField(max_length=255, default="application/octet-stream")
    updated = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = "xAPI state document"
        constraints = [
            models.CheckConstraint(
                condition=(
                    models.Q(learner__isnull=False, client__isnull=True)
                    | models.Q(learner__isnull=True, client__isnull=False)
                ),
                name="xapi_state_one_owner",
            ),
            models.UniqueConstraint(
                fields=["learner", "activity_id", "state_id", "registration"],
                condition=models.Q(learner__isnull=False),
                name="xapi_state_once_per_learner",
            ),
            models.UniqueConstraint(
                fields=["client", "agent_key", "activity_id", "state_id", "registration"],
                condition=models.Q(client__isnull=False),
                name="xapi_state_once_per_client",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.state_id} for {self.agent_key}"


class XAPIForward(models.Model):
    """The outbox: one row per statement to forward to the external LRS, kept until delivered."""

    statement = models.OneToOneField(XAPIStatement, on_delete=models.CASCADE, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    delivered_at = models.DateTimeField(null=True, blank=True)
    attempts = models.PositiveIntegerField(default=0)
    last_error = models.TextField(blank=True)

    class Meta:
        verbose_name = "xAPI forward"
        indexes = [models.Index(fields=["delivered_at", "created_at"])]

    def __str__(self) -> str:
        return f"forward of statement {self.statement_id}"


class H5PResult(models.Model):
    """A learner's result on an H5P activity: best scaled score so far, and whether passed."""

    learner = models.ForeignKey(User, on_delete=models.CASCADE, related_name="h5p_results")
    activity = models.ForeignKey(
        "courses.H5PActivity", on_delete=models.CASCADE, related_name="results"
    )
    # The placement: an activity placed in two lessons has a result in each, so a score in
    # one never completes the other. Empty when a statement names no lesson placing it.
    lesson = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
    )
    best_scaled = models.FloatField(null=True, blank=True)
    last_scaled = models.FloatField(null=True, blank=True)
    passed = models.BooleanField(default=False)
    completed = models.BooleanField(default=False)
    attempts = models.PositiveIntegerField(default=0)
    # The verb folded last: a `completed` right after an `answered` ends the same attempt.
    last_verb = models.CharField(max_length=16, blank=True, default="")
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = "H5P result"
        constraints = [
            models.UniqueConstraint(
                fields=["learner", "activity"],
                condition=models.Q(lesson__isnull=True),
                name="h5p_result_once",
            ),
            models.UniqueConstraint(
                fields=["learner", "activity", "lesson"],
                condition=models.Q(lesson__isnull=False),
                name="h5p_result_once_per_lesson",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.learner} – {self.activity}: {self.best_scaled}"


class XAPIProfile(models.Model):
    """One document of the Agent Profile or Activity Profile resource (xAPI Communication
    2.5, 2.7). Like state, it belongs to whoever wrote it (the learner, or the tool's
    credentials); `subject` is the agent's identifier or the activity IRI."""

    class Kind(models.TextChoices):
        AGENT = "agent", "Agent profile"
        ACTIVITY = "activity", "Activity profile"

    learner = models.ForeignKey(
        User, null=True, blank=True, on_delete=models.CASCADE, related_name="xapi_profiles"
    )
    client = models.ForeignKey(
        XAPIClient, null=True, blank=True, on_delete=models.CASCADE, related_name="profiles"
    )
    kind = models.CharField(max_length=8, choices=Kind.choices)
    subject = models.CharField(max_length=2048)
    profile_id = models.CharField(max_length=255)
    content = models.BinaryField()
    content_type = models.CharField(max_length=255, default="application/octet-stream")
    updated = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = "xAPI profile document"
        constraints = [
            models.CheckConstraint(
                condition=(
                    models.Q(learner__isnull=False, client__isnull=True)
                    | models.Q(learner__isnull=True, client__isnull=False)
                ),
                name="xapi_profile_one_owner",
            ),
            models.UniqueConstraint(
                fields=["learner", "kind", "subject", "profile_id"],
                condition=models.Q(learner__isnull=False),
                name="xapi_profile_once_per_learner",
            ),
            models.UniqueConstraint(
                fields=["client", "kind", "subject", "profile_id"],
                condition=models.Q(client__isnull=False),
                name="xapi_profile_once_per_client",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.kind} profile {self.profile_id} of {self.subject}"


def attachment_storage():
    """Attachments are learners' records: kept in the private storage, never served from
    MEDIA_URL (the same storage as certificates; cms/settings/base.py)."""
    return private_storage()


class XAPIAttachment(models.Model):
    """The content of a statement attachment, once per SHA-2 hash (statements name it by
    `sha2`); sent as a part of a multipart/mixed request (xAPI Communication 1.5.2)."""

    sha2 = models.CharField(max_length=128, unique=True)
    content_type = models.CharField(max_length=255)
    length = models.PositiveBigIntegerField()
    file = models.FileField(storage=attachment_storage, upload_to="xapi/attachments/")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "xAPI attachment"

    def __str__(self) -> str:
        return self.sha2
