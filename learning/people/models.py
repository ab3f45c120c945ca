"""People and organisations: users, partnerships and agencies.

Progress, completions, KPIs and xAPI statements are added beside these as their features
land; every learner belongs to exactly one agency, which belongs to one partnership.
"""

from __future__ import annotations

from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel

from django.contrib.auth.models import AbstractUser, BaseUserManager
from django.db import models
from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.search import index


class Sector(models.TextChoices):
    HEALTH = "health", "Health"
    POLICE = "police", "Police"
    EDUCATION = "education", "Education"
    EARLY_YEARS = "early_years", "Early Years"
    CHILDRENS_SOCIAL_CARE = "childrens_social_care", "Children's Social Care"
    ADULT_SOCIAL_CARE = "adult_social_care", "Adult Social Care"
    HOUSING = "housing", "Housing"
    EARLY_HELP = "early_help", "Early Help"
    VOLUNTARY = "voluntary", "Voluntary and Community"
    OTHER = "other", "Other"


class RoleGroup(models.TextChoices):
    """Groups of staff that workforce counts and training targets are set for."""

    FRONTLINE = "frontline", "Frontline practitioners"
    SAFEGUARDING_LEAD = "safeguarding_lead", "Safeguarding leads"
    MANAGER = "manager", "Managers"
    OTHER = "other", "Other staff"


class Partnership(index.Indexed, models.Model):
    """A Safeguarding Children Partnership: the organisation that runs training for an area."""

    name = models.CharField(max_length=200, unique=True)
    slug = models.SlugField(max_length=100, unique=True)
    short_name = models.CharField(
        max_length=100, blank=True, help_text="Used where space is short, e.g. 'Walsall'."
    )
    logo = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    website = models.URLField(blank=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("short_name"),
        FieldPanel("logo"),
        FieldPanel("website"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Agency(index.Indexed, ClusterableModel):
    """An organisation within a partnership whose staff take training (a trust, a school...)."""

    partnership = models.ForeignKey(Partnership, on_delete=models.PROTECT, related_name="agencies")
    name = models.CharField(max_length=200)
    sector = models.CharField(max_length=40, choices=Sector.choices)

    panels = [
        FieldPanel("partnership"),
        FieldPanel("name"),
        FieldPanel("sector"),
        InlinePanel(
            "email_domains",
            label="Email domains",
            help_text="People who sign up with an address at these domains join this agency "
            "without needing a lead to confirm them.",
        ),
    ]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.FilterField("partnership_id"),
        index.FilterField("sector"),
    ]

    class Meta:
        ordering = ["partnership__name", "name"]
        verbose_name_plural = "agencies"
        constraints = [
            models.UniqueConstraint(
                fields=["partnership", "name"], name="agency_name_unique_in_partnership"
            )
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.partnership.short_name or self.partnership.name})"


class AgencyEmailDomain(models.Model):
    """An email domain owned by one agency (e.g. walsallhealthcare.nhs.uk)."""

    agency = ParentalKey(Agency, on_delete=models.CASCADE, related_name="email_domains")
    domain = models.CharField(
        max_length=253,
        help_text="The part after the @, e.g. walsallhealthcare.nhs.uk. Shared domains such "
        "as nhs.net can belong to only one agency.",
    )

    panels = [FieldPanel("domain")]

    class Meta:
        constraints = [
            models.UniqueConstraint(Lower("domain"), name="agency_email_domain_unique"),
        ]

    def __str__(self) -> str:
        return self.domain

    def save(self, *args, **kwargs) -> None:
        self.domain = self.domain.strip().lower().lstrip("@")
        super().save(*args, **kwargs)


class UserManager(BaseUserManager["User"]):
    """Users log in with their email address; there is no username."""

    use_in_migrations = True

    def _create_user(self, email: str, password: str | None, **extra_fields) -> User:
        if not email:
            raise ValueError("An email address is required.")
        user = self.model(email=self.normalize_email(email), **extra_fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email: str, password: str | None = None, **extra_fields) -> User:
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email: str, password: str | None = None, **extra_fields) -> User:
        extra_fields.setdefault("is_staff", True)
        extra_fields.setdefault("is_superuser", True)
        return self._create_user(email, password, **extra_fields)


class User(AbstractUser):
    """A person who uses the platform, identified by email.

    Names are kept as the person wants them printed on certificates.
    """

    username = None
    email = models.EmailField(_("email address"), unique=True)
    first_name = models.CharField(_("first name"), max_length=150)
    last_name = models.CharField(_("last name"), max_length=150)
    job_title = models.CharField(max_length=200, blank=True)
    role_group = models.CharField(
        max_length=40,
        choices=RoleGroup.choices,
        blank=True,
        help_text="The staff group coverage targets count this person in.",
    )
    agency = models.ForeignKey(
        Agency,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="members",
        help_text="Every learner belongs to one agency; only administrators may have none.",
    )
    agency_confirmed_at = models.DateTimeField(
        null=True,
        blank=True,
        help_text="When the person's membership of their agency was confirmed (automatically "
        "for a listed email domain, otherwise by an agency lead).",
    )
    agency_confirmed_by = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    line_manager_email = models.EmailField(
        "line manager's email",
        blank=True,
        help_text="Optional. Some weeks after training we ask your line manager a few short "
        "questions about how it changed your practice.",
    )

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS = ["first_name", "last_name"]

    objects = UserManager()

    class Meta:
        ordering = ["last_name", "first_name"]
        constraints = [
            models.UniqueConstraint(Lower("email"), name="user_email_unique_ci"),
        ]

    def __str__(self) -> str:
        return self.get_full_name() or self.email

    def get_full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()

    @property
    def is_agency_confirmed(self) -> bool:
        return self.agency_confirmed_at is not None
