"""Demo data for people: the partnerships and agencies named in the source strategies,
and one demo account per role. Every function is idempotent."""

from __future__ import annotations

import io

from allauth.account.models import EmailAddress
from PIL import Image as PILImage
from PIL import ImageDraw, ImageFont

from django.conf import settings
from django.core.files.images import ImageFile
from django.utils import timezone

from wagtail.images.models import Image

from learning.people.models import Agency, AgencyEmailDomain, Partnership, RoleGroup, Sector, User
from learning.people.roles import Role
from learning.people.services import user_set_roles

# (slug, name, short name, website) - the partnerships whose strategies are in shared/seeds.
PARTNERSHIPS = [
    ("walsall", "Walsall Safeguarding Partnership", "Walsall", ""),
    ("wolverhampton", "Wolverhampton Safeguarding Together", "Wolverhampton", ""),
    ("birmingham", "Birmingham Safeguarding Children Partnership", "Birmingham", ""),
    ("croydon", "Croydon Safeguarding Children Partnership", "Croydon", ""),
    (
        "kingston-richmond",
        "Kingston and Richmond Safeguarding Children Partnership",
        "Kingston and Richmond",
        "",
    ),
    ("merton", "Merton Safeguarding Children Partnership", "Merton", ""),
    ("wandsworth", "Wandsworth Safeguarding Children Partnership", "Wandsworth", ""),
]

# (partnership slug, agency name, sector, email domains). Agencies named in the seeds
# (e.g. the Walsall 7-minute briefing) plus the usual statutory partners of each area.
AGENCIES = [
    ("walsall", "Walsall Healthcare NHS Trust", Sector.HEALTH, ["walsallhealthcare.example"]),
    ("walsall", "Black Country Healthcare NHS Foundation Trust", Sector.HEALTH, []),
    ("walsall", "West Midlands Police (Walsall)", Sector.POLICE, []),
    ("walsall", "Walsall Children's Social Care", Sector.CHILDRENS_SOCIAL_CARE, []),
    ("walsall", "Walsall Early Help", Sector.EARLY_HELP, []),
    ("walsall", "Walsall schools", Sector.EDUCATION, []),
    ("walsall", "Walsall early years settings", Sector.EARLY_YEARS, []),
    ("walsall", "Walsall Housing Group", Sector.HOUSING, []),
    ("walsall", "Walsall voluntary and community sector", Sector.VOLUNTARY, []),
    ("walsall", "Walsall Safeguarding Partnership business unit", Sector.OTHER, []),
    ("wolverhampton", "Royal Wolverhampton NHS Trust", Sector.HEALTH, []),
    (
        "wolverhampton",
        "City of Wolverhampton Council Children's Services",
        Sector.CHILDRENS_SOCIAL_CARE,
        [],
    ),
    ("wolverhampton", "West Midlands Police (Wolverhampton)", Sector.POLICE, []),
    ("wolverhampton", "Wolverhampton schools", Sector.EDUCATION, []),
    ("birmingham", "Birmingham Children's Trust", Sector.CHILDRENS_SOCIAL_CARE, []),
    ("birmingham", "Birmingham City Council Early Help", Sector.EARLY_HELP, []),
    ("birmingham", "Birmingham Community Healthcare NHS Foundation Trust", Sector.HEALTH, []),
    ("birmingham", "West Midlands Police (Birmingham)", Sector.POLICE, []),
    ("birmingham", "Birmingham schools", Sector.EDUCATION, []),
    ("croydon", "Croydon Children's Social Care", Sector.CHILDRENS_SOCIAL_CARE, []),
    ("croydon", "Croydon Health Services NHS Trust", Sector.HEALTH, []),
    ("kingston-richmond", "Achieving for Children", Sector.CHILDRENS_SOCIAL_CARE, []),
    ("merton", "Merton Children's Social Care", Sector.CHILDRENS_SOCIAL_CARE, []),
    ("wandsworth", "Wandsworth Children's Services", Sector.CHILDRENS_SOCIAL_CARE, []),
    ("wandsworth", "Metropolitan Police (South West)", Sector.POLICE, []),
]

# email, first name, last name, job title, agency name, roles
DEMO_ACCOUNTS = [
    (
        "learner@example.org",
        "Lee",
        "Learner",
        "Health visitor",
        "Walsall Healthcare NHS Trust",
        set(),
    ),
    (
        "trainer@example.org",
        "Tara",
        "Trainer",
        "Safeguarding trainer",
        "Walsall Safeguarding Partnership business unit",
        {Role.TRAINER},
    ),
    (
        "lead@example.org",
        "Lina",
        "Lead",
        "Named nurse for safeguarding",
        "Walsall Healthcare NHS Trust",
        {Role.AGENCY_LEAD},
    ),
    (
        "manager@example.org",
        "Mo",
        "Manager",
        "Partnership business manager",
        "Walsall Safeguarding Partnership business unit",
        {Role.PARTNERSHIP_MANAGER},
    ),
    (
        "licensed@example.org",
        "Lola",
        "Licensed",
        "Family support worker",
        "Walsall Early Help",
        set(),
    ),
    # A learner of another partnership: the shared neglect course shows them WeCAN where
    # Walsall's learners see GCP2 (local inserts, issue 16).
    (
        "wolverhampton.learner@example.org",
        "Wren",
        "Learner",
        "School nurse",
        "Royal Wolverhampton NHS Trust",
        set(),
    ),
    ("admin@example.org", "Ada", "Admin", "Platform administrator", None, set()),
]


def seed_organisations() -> dict[str, Partnership]:
    partnerships: dict[str, Partnership] = {}
    for slug, name, short_name, website in PARTNERSHIPS:
        partnerships[slug], _ = Partnership.objects.update_or_create(
            slug=slug, defaults={"name": name, "short_name": short_name, "website": website}
        )
    for slug, name, sector, domains in AGENCIES:
        agency, _ = Agency.objects.update_or_create(
            partnership=partnerships[slug], name=name, defaults={"sector": sector}
        )
        for domain in domains:
            AgencyEmailDomain.objects.get_or_create(domain=domain, defaults={"agency": agency})
    return partnerships


def seed_demo_accounts() -> list[User]:
    """One account per role, email verified, MFA not yet set up."""
    users = []
    for email, first, last, job, agency_name, roles in DEMO_ACCOUNTS:
        agency = Agency.objects.get(name=agency_name) if agency_name else None
        is_admin = email.startswith("admin@")
        user, created = User.objects.get_or_create(
            email=email,
            defaults={
                "first_name": first,
                "last_name": last,
                "job_title": job,
                "agency": agency,
                "agency_confirmed_at": timezone.now() if agency else None,
                "is_staff": is_admin,
                "is_superuser": is_admin,
            },
        )
        if created:
            user.set_password(settings.DEMO_PASSWORD)
            user.save(update_fields=["password"])
        user_set_roles(user=user, roles=roles)
        EmailAddress.objects.update_or_create(
            user=user, email=email, defaults={"verified": True, "primary": True}
        )
        users.append(user)
    return users


def demo_practitioner(*, email: str, first_name: str, last_name: str, agency: Agency) -> User:
    """A frontline practitioner of the demo data who cannot sign in (no password): the
    people coverage figures and training registers are made of."""
    user, created = User.objects.get_or_create(
        email=email,
        defaults={
            "first_name": first_name,
            "last_name": last_name,
            "job_title": "Practitioner",
            "agency": agency,
            "agency_confirmed_at": timezone.now(),
            "role_group": RoleGroup.FRONTLINE,
        },
    )
    if created:
        user.set_unusable_password()
        user.save(update_fields=["password"])
    return user


def _demo_logo_png(partnership: Partnership) -> bytes:
    """A plain word-mark for a demo partnership, drawn with Pillow's bundled font so it is
    the same on every host. Real partnerships upload their own logo in the admin."""
    image = PILImage.new("RGB", (640, 160), "#0b0c0c")
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, 16, 160), fill="#1d70b8")
    draw.text(
        (40, 34),
        partnership.short_name or partnership.name,
        fill="#ffffff",
        font=ImageFont.load_default(size=52),
    )
    draw.text(
        (40, 104),
        "Safeguarding partnership (demo logo)",
        fill="#ffffff",
        font=ImageFont.load_default(size=24),
    )
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def seed_partnership_logos() -> None:
    """Give each demo partnership a logo, so the header, certificates and other documents
    show one as they will for a real partnership. A logo set by hand is never replaced."""
    for partnership in Partnership.objects.filter(logo__isnull=True):
        title = f"{partnership.name} demo logo"
        logo = Image.objects.filter(title=title).first()
        if logo is None:
            png = io.BytesIO(_demo_logo_png(partnership))
            logo = Image(title=title, file=ImageFile(png, name=f"{partnership.slug}-demo-logo.png"))
            logo.save()
        partnership.logo = logo
        partnership.save(update_fields=["logo"])
