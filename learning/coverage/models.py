"""Workforce counts, training KPIs and their daily snapshots.

Coverage is "what share of each agency's workforce is trained". The denominator is the
headcount an agency reported, kept as a history so that a past report uses the headcount of
its time; the numerator comes from course completions (with the agency of the time) or
briefing reads. See learning/coverage.py for how the figures are computed.
"""

from __future__ import annotations

from decimal import Decimal

from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import ClusterableModel

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.search import index

from learning.people.models import Agency, Partnership, RoleGroup, Sector

#: No agency in a partnership has more staff than this; a bigger number is a typing slip
#: (and one beyond the database's integer range would otherwise be a server error).
HEADCOUNT_MAX = 1_000_000


class Headcount(models.Model):
    """How many relevant staff an agency had on a date, optionally for one role group.

    A blank role group is the agency's whole relevant workforce. Rows are never updated in
    place by the import: a new count on a new date is a new row, so history is kept.
    """

    agency = models.ForeignKey(Agency, on_delete=models.CASCADE, related_name="headcounts")
    role_group = models.CharField(
        max_length=40, choices=RoleGroup.choices, blank=True, help_text="Blank means all staff."
    )
    headcount = models.PositiveIntegerField(
        validators=[
            MaxValueValidator(HEADCOUNT_MAX, f"A headcount cannot be more than {HEADCOUNT_MAX:,}.")
        ]
    )
    counted_on = models.DateField(help_text="The date the staff were counted.")
    recorded_at = models.DateTimeField(auto_now_add=True)

    panels = [
        FieldPanel("agency"),
        FieldPanel("role_group"),
        FieldPanel("headcount"),
        FieldPanel("counted_on"),
    ]

    class Meta:
        ordering = ["agency", "role_group", "-counted_on"]
        constraints = [
            models.UniqueConstraint(
                fields=["agency", "role_group", "counted_on"], name="headcount_once_per_date"
            )
        ]

    def __str__(self) -> str:
        group = self.get_role_group_display() or "All staff"
        return f"{self.agency.name}, {group}: {self.headcount} on {self.counted_on:%d %B %Y}"


class KPILearning(models.TextChoices):
    COURSES = "courses", "Completing one of the chosen courses"
    BRIEFINGS = "briefings", "Reading a 7-minute briefing on one of the chosen topics"
    TRAINING = "training", "Attending one of the chosen training events"
    COURSES_OR_TRAINING = (
        "courses_or_training",
        "Completing one of the chosen courses or attending one of the chosen training events",
    )
    LICENCES = "licences", "Holding an active licence of the chosen type (e.g. GCP2)"


class KPIScope(models.TextChoices):
    PARTNERSHIP = "partnership", "The whole partnership"
    SECTOR = "sector", "One sector"
    AGENCIES = "agencies", "Named agencies"


class KPIMeasure(models.TextChoices):
    COUNT = "count", "Number of people trained"
    PERCENT = "percent", "Percentage of headcount trained"


class RAG(models.TextChoices):
    RED = "red", "Red"
    AMBER = "amber", "Amber"
    GREEN = "green", "Green"


class TrainingKPI(index.Indexed, ClusterableModel):
    """A training target set by a partnership manager, e.g. "GCP2: 80% of frontline staff
    in Early Help and Children's Social Care trained by 31 March".

    A person counts as trained at a date if they completed one of the courses (or read a
    briefing on one of the topics, or attended a session of one of the training events, or
    held an active licence of the chosen type on that date) by that date, while in an
    agency the KPI covers, and,
    when `requires_in_date` is set, their completion had not yet expired.
    """

    partnership = models.ForeignKey(
        Partnership, on_delete=models.CASCADE, related_name="training_kpis"
    )
    name = models.CharField(max_length=255)
    description = models.TextField(blank=True)
    learning = models.CharField(
        "what counts as trained",
        max_length=20,
        choices=KPILearning.choices,
        default=KPILearning.COURSES,
    )
    courses = ParentalManyToManyField(
        "courses.CoursePage", blank=True, related_name="training_kpis"
    )
    training_events = ParentalManyToManyField(
        "learning.TrainingEventPage",
        blank=True,
        related_name="training_kpis",
        help_text="Face-to-face or online training: attending a session in full counts "
        "(attending part of it does not).",
    )
    licence_type = models.ForeignKey(
        "learning.LicenceType",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="training_kpis",
        help_text="For a licence KPI: people holding an active licence of this type count.",
    )
    briefing_topics = models.CharField(
        max_length=255,
        blank=True,
        help_text="Comma-separated briefing topics, e.g. 'neglect, GCP2'.",
    )
    scope = models.CharField(max_length=20, choices=KPIScope.choices, default=KPIScope.PARTNERSHIP)
    sectors = models.CharField(
        max_length=255,
        blank=True,
        help_text="For a sector KPI: sector codes separated by commas, e.g. "
        "'early_help, childrens_social_care'.",
    )
    agencies = ParentalManyToManyField(Agency, blank=True, related_name="training_kpis")
    role_group = models.CharField(
        max_length=40,
        choices=RoleGroup.choices,
        blank=True,
        help_text="Count only this staff group (and its headcount). Blank means all staff.",
    )
    measure = models.CharField(
        max_length=20, choices=KPIMeasure.choices, default=KPIMeasure.PERCENT
    )
    target = models.DecimalField(
        max_digits=9,
        decimal_places=1,
        validators=[MinValueValidator(Decimal("0"))],
        help_text="A percentage (e.g. 80) or a number of people, depending on the measure.",
    )
    period_start = models.DateField()
    period_end = models.DateField()
    requires_in_date = models.BooleanField(
        "certificate must be in date",
        default=True,
        help_text="Count a completion only until it expires (the course's validity).",
    )
    green_at = models.PositiveSmallIntegerField(
        "green from (% of target)",
        default=100,
        validators=[MinValueValidator(1), MaxValueValidator(1000)],
    )
    amber_at = models.PositiveSmallIntegerField(
        "amber from (% of target)",
        default=75,
        validators=[MinValueValidator(0), MaxValueValidator(1000)],
    )
    #: What the running counts (`CoverageChange`) were last built for: the fingerprint of
    #: `learning.coverage.spans.KPIRule` (its courses and their validity, events, licence
    #: type, briefings, role group). While it differs from today's, the dashboard counts
    #: the records instead; saving the KPI queues a rebuild.
    counts_built_for = models.CharField(max_length=64, blank=True, editable=False)

    panels = [
        FieldPanel("partnership"),
        FieldPanel("name"),
        FieldPanel("description"),
        MultiFieldPanel(
            [
                FieldPanel("learning"),
                FieldPanel("courses"),
                FieldPanel("training_events"),
                FieldPanel("licence_type"),
                FieldPanel("briefing_topics"),
                FieldPanel("requires_in_date"),
            ],
            heading="What counts",
        ),
        MultiFieldPanel(
            [
                FieldPanel("scope"),
                FieldPanel("sectors"),
                FieldPanel("agencies"),
                FieldPanel("role_group"),
            ],
            heading="Who is counted",
        ),
        MultiFieldPanel(
            [
                FieldPanel("measure"),
                FieldPanel("target"),
                FieldRowPanel([FieldPanel("period_start"), FieldPanel("period_end")]),
                FieldRowPanel([FieldPanel("green_at"), FieldPanel("amber_at")]),
            ],
            heading="Target",
        ),
    ]
    search_fields = [index.SearchField("name"), index.FilterField("partnership_id")]

    class Meta:
        ordering = ["partnership", "period_start", "name"]
        verbose_name = "training KPI"
        verbose_name_plural = "training KPIs"
        constraints = [
            models.CheckConstraint(
                condition=models.Q(period_end__gt=models.F("period_start")),
                name="training_kpi_period_forwards",
            ),
            models.CheckConstraint(
                condition=models.Q(amber_at__lte=models.F("green_at")),
                name="training_kpi_amber_below_green",
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def clean(self) -> None:
        errors: dict[str, str] = {}
        if self.period_start and self.period_end and self.period_end <= self.period_start:
            errors["period_end"] = "The period must end after it starts."
        if None not in (self.amber_at, self.green_at) and self.amber_at > self.green_at:
            errors["amber_at"] = "Amber must start at or below green."
        if self.measure == KPIMeasure.PERCENT and self.target and self.target > 100:
            errors["target"] = "A percentage target cannot be more than 100."
        if self.learning == KPILearning.LICENCES and not self.licence_type_id:
            errors["licence_type"] = "Choose the licence that counts."
        if self.learning == KPILearning.BRIEFINGS and not self.topic_list:
            errors["briefing_topics"] = "Name at least one briefing topic."
        if self.scope == KPIScope.SECTOR:
            unknown = [s for s in self.sector_list if s not in Sector.values]
            if not self.sector_list or unknown:
                errors["sectors"] = "Give one or more sector codes: " + ", ".join(Sector.values)
        if errors:
            raise ValidationError(errors)

    @property
    def topic_list(self) -> list[str]:
        return [t.strip() for t in self.briefing_topics.split(",") if t.strip()]

    @property
    def sector_list(self) -> list[str]:
        return [s.strip() for s in self.sectors.split(",") if s.strip()]

    @property
    def target_label(self) -> str:
        """The target in words a board paper would use: "80%" or "150 people"."""
        number = format(Decimal(self.target).normalize(), "f")
        return f"{number}%" if self.is_percent else f"{number} people"

    @property
    def is_percent(self) -> bool:
        return self.measure == KPIMeasure.PERCENT


class CoverageSnapshot(models.Model):
    """One KPI's figures for one agency on one day, stored by the nightly task so trends
    stay fast and history survives later edits of people or headcounts."""

    kpi = models.ForeignKey(TrainingKPI, on_delete=models.CASCADE, related_name="snapshots")
    agency = models.ForeignKey(Agency, on_delete=models.CASCADE, related_name="+")
    taken_on = models.DateField()
    trained = models.PositiveIntegerField()
    headcount = models.PositiveIntegerField(null=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["kpi", "agency", "taken_on"], name="coverage_snapshot_once_a_day"
            )
        ]
        indexes = [models.Index(fields=["kpi", "taken_on"])]

    def __str__(self) -> str:
        return f"{self.kpi} / {self.agency_id} on {self.taken_on}: {self.trained}"


# --- Running counts: the dashboard's figures, kept up to date as records change -----------


class CoverageSpan(models.Model):
    """One person trained for one KPI in one agency from `starts_on` until `ends_on` (not
    included; blank: still trained). A person's spans for a KPI and agency never overlap,
    so each is counted once however many records back it.

    Kept so that a change to a person's records can take back exactly what they added to
    the running counts. `learner_id` is not a foreign key on purpose: the spans of a
    deleted account must outlive it long enough to be taken back."""

    kpi = models.ForeignKey(TrainingKPI, on_delete=models.CASCADE, related_name="+")
    learner_id = models.BigIntegerField()
    agency = models.ForeignKey(Agency, on_delete=models.CASCADE, related_name="+")
    starts_on = models.DateField()
    ends_on = models.DateField(null=True, blank=True)

    class Meta:
        indexes = [models.Index(fields=["learner_id", "kpi"])]

    def __str__(self) -> str:
        return f"{self.kpi_id}/{self.learner_id}@{self.agency_id}: {self.starts_on}-{self.ends_on}"


class ChangeGrain(models.IntegerChoices):
    # An integer, not a boolean: `grain = 2` reaches the unique index on every database
    # (SQLite cannot use an index for a bare boolean column in WHERE).
    DAY = 1, "day"
    MONTH = 2, "month"


class CoverageChange(models.Model):
    """How many people became trained (positive) or stopped (negative) for a KPI in an
    agency on a day, and the same summed per month (grain MONTH, dated the 1st): the
    number trained on D is the sum of the changes up to D, so a month-end figure is a sum
    over a few dozen month rows per agency, however many people or days, and any other
    date adds the day rows of its own month."""

    kpi = models.ForeignKey(TrainingKPI, on_delete=models.CASCADE, related_name="+")
    agency = models.ForeignKey(Agency, on_delete=models.CASCADE, related_name="+")
    grain = models.PositiveSmallIntegerField(choices=ChangeGrain.choices)
    day = models.DateField()
    delta = models.IntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["kpi", "agency", "grain", "day"], name="coverage_change_once"
            )
        ]

    def __str__(self) -> str:
        when = f"{self.day:%Y-%m}" if self.grain == ChangeGrain.MONTH else f"{self.day}"
        return f"{self.kpi_id}@{self.agency_id} {when}: {self.delta:+d}"
