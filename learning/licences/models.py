"""Licence types (snippets a partnership owns), the licence register and its reminders."""

from __future__ import annotations

import datetime as dt

from dateutil.relativedelta import relativedelta
from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import ClusterableModel

from django.conf import settings
from django.core.validators import MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from learning.people.models import Agency, Partnership


class LicenceType(index.Indexed, ClusterableModel):
    """A licensed tool and the rule that grants it, e.g. "GCP2: attend the licensed
    practitioner training in full, after the GCP2 introduction e-learning; renew every
    three years by attending a refresher"."""

    partnership = models.ForeignKey(
        Partnership, on_delete=models.CASCADE, related_name="licence_types"
    )
    name = models.CharField(max_length=100, help_text="For example 'GCP2'.")
    slug = models.SlugField(
        max_length=60,
        unique=True,
        help_text="The address of the licensed resources: /resources/<slug>/.",
    )
    description = models.TextField(blank=True, help_text="What the tool is, in a sentence.")
    granting_events = ParentalManyToManyField(
        "learning.TrainingEventPage",
        blank=True,
        related_name="licence_types",
        help_text="Attending a session of one of these events in full grants the licence.",
    )
    prerequisite_courses = ParentalManyToManyField(
        "courses.CoursePage",
        blank=True,
        related_name="licence_types",
        help_text="E-learning that must be completed before the attendance grants the "
        "licence. Blank means attendance alone grants it.",
    )
    validity_months = models.PositiveSmallIntegerField(
        null=True,
        blank=True,
        validators=[MinValueValidator(1)],
        help_text="How long a licence lasts before it must be renewed. Blank: it does not lapse.",
    )
    refresher_renews = models.BooleanField(
        "attending again renews it",
        default=True,
        help_text="Attending one of the events again (a refresher) renews the licence from "
        "that date.",
    )
    how_to_become_licensed = RichTextField(
        features=["bold", "italic", "link", "ul", "ol"],
        blank=True,
        help_text="Shown to people without a licence who open the licensed resources.",
    )
    resources_introduction = RichTextField(
        features=["h2", "h3", "bold", "italic", "link", "ul", "ol", "document-link"],
        blank=True,
        help_text="The licensed resources page: the scale, guidance and forms, with links.",
    )
    resources_collection = models.ForeignKey(
        "wagtailcore.Collection",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Documents in this collection are listed on the resources page and served "
        "only to people holding an active licence.",
    )

    panels = [
        FieldPanel("partnership"),
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("description"),
        MultiFieldPanel(
            [
                FieldPanel("granting_events"),
                FieldPanel("prerequisite_courses"),
                FieldPanel("validity_months"),
                FieldPanel("refresher_renews"),
            ],
            heading="What grants it",
        ),
        MultiFieldPanel(
            [
                FieldPanel("how_to_become_licensed"),
                FieldPanel("resources_introduction"),
                FieldPanel("resources_collection"),
            ],
            heading="Licensed resources",
        ),
    ]
    search_fields = [index.SearchField("name"), index.FilterField("partnership_id")]

    class Meta:
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                fields=["resources_collection"],
                condition=Q(resources_collection__isnull=False),
                name="licence_type_one_per_collection",
            )
        ]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return f"/resources/{self.slug}/"

    def renew_by_from(self, day: dt.date) -> dt.date | None:
        """The date a licence granted or renewed on `day` must be renewed by."""
        if not self.validity_months:
            return None
        return day + relativedelta(months=self.validity_months)


class LicenceStatus(models.TextChoices):
    ACTIVE = "active", "Active"
    EXPIRING = "expiring", "Expiring"
    LAPSED = "lapsed", "Lapsed"
    REVOKED = "revoked", "Revoked"


class Licence(models.Model):
    """One person's licence to use a tool: the register row.

    Status is worked out from the dates (never stored, so it cannot go stale): revoked if
    revoked; lapsed from the day after `renew_by`; expiring within the first reminder
    threshold (60 days); otherwise active. A renewal moves `renew_by` on.
    """

    licence_type = models.ForeignKey(LicenceType, on_delete=models.PROTECT, related_name="licences")
    person = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="licences"
    )
    agency = models.ForeignKey(
        Agency,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        help_text="The person's agency when licensed: coverage counts the licence there.",
    )
    licensed_on = models.DateField()
    renew_by = models.DateField(null=True, blank=True)
    last_renewed_on = models.DateField(null=True, blank=True)
    is_champion = models.BooleanField(
        "champion", default=False, help_text="A member of the partnership's champions network."
    )
    # The evidence: the attended session and the e-learning, or the manager and reason.
    booking = models.ForeignKey(
        "learning.Booking",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="licences",
        help_text="The attended session that granted (or last renewed) the licence.",
    )
    completion = models.ForeignKey(
        "learning.CourseCompletion",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="licences",
        help_text="The prerequisite e-learning completed before the session.",
    )
    granted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The manager who granted it by hand; blank when granted by attendance.",
    )
    grant_reason = models.TextField(blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    revoked_at = models.DateTimeField(null=True, blank=True)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    revocation_reason = models.TextField(blank=True)

    class Meta:
        ordering = ["licence_type", "person__last_name", "person__first_name", "pk"]
        constraints = [
            # One current licence per person per tool; revoked ones stay for the record.
            models.UniqueConstraint(
                fields=["licence_type", "person"],
                condition=Q(revoked_at__isnull=True),
                name="licence_one_current_per_person",
            )
        ]
        indexes = [models.Index(fields=["licence_type", "agency", "licensed_on"])]

    def __str__(self) -> str:
        return f"{self.licence_type} licence: {self.person}"

    @property
    def is_manual(self) -> bool:
        return self.granted_by_id is not None

    def status_on(self, today: dt.date | None = None) -> LicenceStatus:
        """Revoked beats lapsed beats expiring: the strongest reason first."""
        if self.revoked_at:
            return LicenceStatus.REVOKED
        today = today or timezone.localdate()
        if self.renew_by and self.renew_by < today:
            return LicenceStatus.LAPSED
        warn = max(settings.REFRESHER_REMINDER_DAYS)
        if self.renew_by and (self.renew_by - today).days <= warn:
            return LicenceStatus.EXPIRING
        return LicenceStatus.ACTIVE

    @property
    def status(self) -> LicenceStatus:
        return self.status_on()

    @property
    def is_in_force(self) -> bool:
        """May the person use the tool today (active or expiring)?"""
        return self.status in (LicenceStatus.ACTIVE, LicenceStatus.EXPIRING)


class LicenceReminder(models.Model):
    """A renewal reminder sent at one threshold for one renew-by date: once each. A
    renewal moves the date on, so the next cycle gets its own reminders."""

    licence = models.ForeignKey(Licence, on_delete=models.CASCADE, related_name="reminders")
    renew_by = models.DateField()
    days_before = models.PositiveSmallIntegerField()
    sent_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["licence", "renew_by", "days_before"], name="licence_reminder_once"
            )
        ]

    def __str__(self) -> str:
        return f"{self.days_before}-day reminder for {self.licence}"


class LicensedResourcePage(Page):
    """A page of licensed resources (guidance, how a partnership uses the tool) that only
    holders of its licence in force may read: others signed in get the 403 page that says
    how to become licensed, anonymous visitors are sent to sign in. Listed on
    `/resources/<slug>/`. Only the core page fields are indexed (not the body), so no
    search shows its content."""

    licence_type = models.ForeignKey(
        LicenceType,
        on_delete=models.PROTECT,
        related_name="resource_pages",
        help_text="Only holders of this licence, in force, may read the page.",
    )
    summary = models.TextField(blank=True, help_text="One sentence, shown in the list.")
    body = RichTextField(
        features=["h2", "h3", "bold", "italic", "link", "document-link", "ul", "ol"]
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("licence_type"),
        FieldPanel("summary"),
        FieldPanel("body"),
    ]
    search_fields = [*Page.search_fields, index.FilterField("licence_type_id")]
    parent_page_types = ["cms.HomePage", "learning.LicensedResourcePage"]
    subpage_types = ["learning.LicensedResourcePage"]
    template = "learning/licences/licensed_resource_page.html"

    class Meta:
        verbose_name = "licensed resource page"

    def serve(self, request, *args, **kwargs):
        # Imported here: the views import the selectors, which import these models.
        from learning.licences.views import licensed_page_refusal

        refusal = licensed_page_refusal(request=request, page=self)
        if refusal is not None:
            return refusal
        return super().serve(request, *args, **kwargs)
