"""Training events (pages), their dated sessions, bookings, and the charge policy.

See the package docstring for why the pages live in `learning` and why sessions are not
an inline panel of the event page.
"""

from __future__ import annotations

import uuid
from datetime import timedelta

from modelcluster.fields import ParentalManyToManyField

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page, Site
from wagtail.search import index

from courses.sharing.models import SharedContentMixin, sharing_panel
from learning.people.models import Agency, Partnership, RoleGroup, Sector


class TrainingFormat(models.TextChoices):
    IN_PERSON = "in_person", "In person"
    ONLINE = "online", "Online"


class TrainingIndexPage(Page):
    """The public listing of training events at /training/, with filters."""

    introduction = models.TextField(blank=True)

    content_panels = [*Page.content_panels, FieldPanel("introduction")]
    parent_page_types = ["cms.HomePage"]
    subpage_types = ["learning.TrainingEventPage"]
    max_count = 1
    template = "learning/training/training_index_page.html"

    def get_context(self, request, *args, **kwargs):
        # Imported here: the selectors import these models (a real cycle).
        from learning.training.selectors import training_listing_context

        context = super().get_context(request, *args, **kwargs)
        context.update(
            training_listing_context(
                index=self, params=request.GET, site=Site.find_for_request(request)
            )
        )
        return context


class TrainingEventPage(SharedContentMixin, Page):
    """A training event (a workshop, a briefing session, a licensed course) run on one or
    more dated sessions. Published through the same moderation as other pages."""

    summary = models.TextField(help_text="One or two sentences shown in the listing.")
    description = RichTextField(features=["h2", "h3", "bold", "italic", "ul", "ol", "link"])
    learning_outcomes = RichTextField(features=["ul", "bold", "italic"], blank=True)
    topic = models.CharField(
        max_length=100, help_text="One topic learners can filter by, e.g. 'Neglect'."
    )
    audience_sector = models.CharField(
        "audience sector",
        max_length=40,
        choices=Sector.choices,
        blank=True,
        help_text="Blank means every sector.",
    )
    audience_role_group = models.CharField(
        "audience role group",
        max_length=40,
        choices=RoleGroup.choices,
        blank=True,
        help_text="Blank means every role group.",
    )
    partnership = models.ForeignKey(
        Partnership,
        on_delete=models.PROTECT,
        related_name="training_events",
        help_text="The partnership that runs the event, sets its charges and sees its bookings.",
    )
    eligible_partnerships = ParentalManyToManyField(
        Partnership,
        blank=True,
        related_name="+",
        help_text="Partnerships whose staff may book. Leave this and the agencies blank for "
        "the owning partnership's agencies only.",
    )
    eligible_agencies = ParentalManyToManyField(
        Agency, blank=True, related_name="+", help_text="Further agencies whose staff may book."
    )
    prerequisite_courses = ParentalManyToManyField(
        "courses.CoursePage",
        blank=True,
        related_name="+",
        help_text="E-learning a learner must have completed before booking.",
    )
    needs_manager_approval = models.BooleanField(
        "needs line-manager approval",
        default=False,
        help_text="The learner names their line manager, who approves or declines by email.",
    )
    cpd_minutes = models.PositiveIntegerField("CPD minutes", default=0)
    linked_course = models.ForeignKey(
        "courses.CoursePage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The e-learning course or licence this event belongs to, if any.",
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("description"),
        FieldPanel("learning_outcomes"),
        MultiFieldPanel(
            [
                FieldPanel("topic"),
                FieldRowPanel([FieldPanel("audience_sector"), FieldPanel("audience_role_group")]),
                FieldPanel("cpd_minutes"),
                FieldPanel("linked_course"),
            ],
            heading="Audience and CPD",
        ),
        MultiFieldPanel(
            [
                FieldPanel("partnership"),
                FieldPanel("eligible_partnerships"),
                FieldPanel("eligible_agencies"),
                FieldPanel("prerequisite_courses"),
                FieldPanel("needs_manager_approval"),
            ],
            heading="Who may book",
        ),
        sharing_panel(),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("topic"),
        index.FilterField("topic"),
    ]
    parent_page_types = ["learning.TrainingIndexPage"]
    subpage_types: list[str] = []
    template = "learning/training/training_event_page.html"

    class Meta:
        verbose_name = "training event"

    def get_context(self, request, *args, **kwargs):
        # Imported here: the selectors import these models (a real cycle).
        from learning.training.selectors import training_event_context

        context = super().get_context(request, *args, **kwargs)
        context.update(training_event_context(event=self, user=request.user))
        return context


class TrainingSession(models.Model):
    """One dated run of an event. Bookings point here, so a booked session is never deleted
    (PROTECT); the organiser cancels it instead, which tells everyone booked."""

    event = models.ForeignKey(TrainingEventPage, on_delete=models.CASCADE, related_name="sessions")
    starts_at = models.DateTimeField()
    ends_at = models.DateTimeField()
    format = models.CharField(max_length=20, choices=TrainingFormat.choices)
    venue = models.TextField(blank=True, help_text="The full address, for sessions in person.")
    accessibility_notes = models.TextField(
        blank=True, help_text="Step-free access, hearing loops, parking, quiet rooms."
    )
    joining_link = models.URLField(
        blank=True, help_text="For online sessions. Only people with a place see it."
    )
    joining_instructions = models.TextField(
        blank=True, help_text="Sent with the joining link, e.g. the meeting passcode."
    )
    capacity = models.PositiveIntegerField(validators=[MinValueValidator(1)])
    trainers = models.CharField(
        "trainer(s)", max_length=300, blank=True, help_text="Names, separated by commas."
    )
    booking_opens_at = models.DateTimeField(null=True, blank=True)
    booking_closes_at = models.DateTimeField(
        null=True, blank=True, help_text="Blank means booking stays open until the start."
    )
    is_booking_closed = models.BooleanField(
        "booking closed by the organiser",
        default=False,
        help_text="Close booking early (the session stays listed).",
    )
    cancelled_at = models.DateTimeField(null=True, blank=True)
    cancellation_reason = models.TextField(blank=True)
    uid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    sequence = models.PositiveIntegerField(
        default=0, editable=False, help_text="iCalendar SEQUENCE: raised on every change."
    )
    updated_at = models.DateTimeField(auto_now=True)

    panels = [
        FieldPanel("event"),
        FieldRowPanel([FieldPanel("starts_at"), FieldPanel("ends_at")]),
        FieldPanel("format"),
        FieldPanel("venue"),
        FieldPanel("accessibility_notes"),
        FieldPanel("joining_link"),
        FieldPanel("joining_instructions"),
        FieldPanel("capacity"),
        FieldPanel("trainers"),
        FieldRowPanel([FieldPanel("booking_opens_at"), FieldPanel("booking_closes_at")]),
        FieldPanel("is_booking_closed"),
    ]

    class Meta:
        ordering = ["starts_at"]
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_at__gt=models.F("starts_at")), name="training_session_ends_after"
            )
        ]

    def __str__(self) -> str:
        when = timezone.localtime(self.starts_at)
        return f"{self.event.title}, {when:%-d %B %Y %H:%M}"

    def save(self, *args, **kwargs) -> None:
        # Every saved change is a new version of the calendar invite.
        if self.pk is not None:
            self.sequence = (self.sequence or 0) + 1
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("learning_training:session", args=[self.pk])

    def clean(self) -> None:
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            raise ValidationError({"ends_at": "The session must end after it starts."})
        if self.format == TrainingFormat.IN_PERSON and not self.venue.strip():
            raise ValidationError({"venue": "Enter the venue for a session in person."})

    @property
    def is_cancelled(self) -> bool:
        return self.cancelled_at is not None

    def is_open_for_booking(self, now=None) -> bool:
        now = now or timezone.now()
        if self.is_cancelled or self.is_booking_closed or self.starts_at <= now:
            return False
        if self.booking_opens_at and now < self.booking_opens_at:
            return False
        return not (self.booking_closes_at and now >= self.booking_closes_at)


class BookingStatus(models.TextChoices):
    REQUESTED = "requested", "Awaiting approval"
    BOOKED = "booked", "Booked"
    WAITING = "waiting", "On the waiting list"
    OFFERED = "offered", "Place offered"
    CANCELLED = "cancelled", "Cancelled"
    DECLINED = "declined", "Declined by manager"


#: Statuses that hold (or queue for) a place: a learner has at most one per session.
ACTIVE_STATUSES = (
    BookingStatus.REQUESTED,
    BookingStatus.BOOKED,
    BookingStatus.WAITING,
    BookingStatus.OFFERED,
)
#: Statuses that take up a place (an offer holds its place until it is accepted or lapses).
PLACE_STATUSES = (BookingStatus.REQUESTED, BookingStatus.BOOKED, BookingStatus.OFFERED)


class Attendance(models.TextChoices):
    ATTENDED = "attended", "Attended"
    PARTIAL = "partial", "Attended part"
    DID_NOT_ATTEND = "did_not_attend", "Did not attend"
    CANCELLED_LATE = "cancelled_late", "Cancelled late"


class Booking(models.Model):
    """A learner's place (or place in the queue) on a session."""

    session = models.ForeignKey(TrainingSession, on_delete=models.PROTECT, related_name="bookings")
    learner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="training_bookings"
    )
    status = models.CharField(max_length=20, choices=BookingStatus.choices)
    booked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Who made the booking, when it was made on the learner's behalf.",
    )
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)
    # Line-manager approval
    manager_email = models.EmailField(blank=True)
    approval_nonce = models.CharField(max_length=32, blank=True)
    approval_expires_at = models.DateTimeField(null=True, blank=True)
    decided_at = models.DateTimeField(null=True, blank=True)
    # Waiting list: queued in order of joining; an offered place must be accepted in time.
    waiting_since = models.DateTimeField(null=True, blank=True)
    offer_expires_at = models.DateTimeField(null=True, blank=True)
    cancelled_at = models.DateTimeField(null=True, blank=True)
    cancelled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # Attendance (the register)
    attendance = models.CharField(max_length=20, choices=Attendance.choices, blank=True)
    attendance_marked_at = models.DateTimeField(null=True, blank=True)
    attendance_marked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    attendance_agency = models.ForeignKey(
        Agency,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        help_text="The learner's agency when the register was taken: coverage counts the "
        "attendance there, and charges are invoiced to it, even if they move on.",
    )

    class Meta:
        ordering = ["created_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["session", "learner"],
                condition=Q(status__in=[s.value for s in ACTIVE_STATUSES]),
                name="training_booking_one_active_per_learner",
            )
        ]
        indexes = [models.Index(fields=["session", "status", "waiting_since"])]

    def __str__(self) -> str:
        return f"{self.learner} on {self.session} ({self.get_status_display()})"

    @property
    def is_active(self) -> bool:
        return self.status in ACTIVE_STATUSES


class BookingReminder(models.Model):
    """A reminder sent for a booking N days before: the constraint makes it once each."""

    booking = models.ForeignKey(Booking, on_delete=models.CASCADE, related_name="reminders")
    days_before = models.PositiveSmallIntegerField()
    sent_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["booking", "days_before"], name="training_reminder_once"
            )
        ]

    def __str__(self) -> str:
        return f"{self.days_before}-day reminder for {self.booking}"


class ChargePolicy(models.Model):
    """A partnership's terms for its training: fees, charges and the cancellation cut-off."""

    partnership = models.OneToOneField(
        Partnership, on_delete=models.CASCADE, related_name="training_charge_policy"
    )
    non_partner_fee = models.DecimalField(
        "fee for agencies outside the partnership (£)", max_digits=8, decimal_places=2, default=0
    )
    did_not_attend_charge = models.DecimalField(
        "charge for not attending (£)", max_digits=8, decimal_places=2, default=0
    )
    late_cancellation_charge = models.DecimalField(
        "charge for a late cancellation (£)", max_digits=8, decimal_places=2, default=0
    )
    cancellation_cutoff_days = models.PositiveSmallIntegerField(
        "cancellation cut-off (days before)",
        default=7,
        help_text="Learners may cancel their own place up to this many days before the "
        "session; later is a late cancellation.",
    )

    panels = [
        FieldPanel("partnership"),
        FieldPanel("non_partner_fee"),
        FieldPanel("did_not_attend_charge"),
        FieldPanel("late_cancellation_charge"),
        FieldPanel("cancellation_cutoff_days"),
    ]

    class Meta:
        verbose_name = "training charge policy"
        verbose_name_plural = "training charge policies"

    def __str__(self) -> str:
        return f"Training charges for {self.partnership}"

    def cutoff_for(self, session: TrainingSession):
        return session.starts_at - timedelta(days=self.cancellation_cutoff_days)


class ChargeWaiver(models.Model):
    """A charge on a booking waived by a manager, with the reason (for the invoice run)."""

    booking = models.OneToOneField(Booking, on_delete=models.CASCADE, related_name="waiver")
    reason = models.TextField()
    waived_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    waived_at = models.DateTimeField(default=timezone.now)

    def __str__(self) -> str:
        return f"Charge waived for {self.booking}"
