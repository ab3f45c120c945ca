"""Builders for the coverage tests: courses, completions and the hand-built partnership."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from allauth.mfa.models import Authenticator

from courses.catalogue.models import CourseIndexPage, CoursePage
from learning.coverage.models import Headcount, KPIMeasure, TrainingKPI
from learning.people.models import Agency, Partnership, RoleGroup, Sector, User
from learning.people.roles import Role
from learning.progress.models import CourseCompletion
from tests.factories import AgencyFactory, PartnershipFactory, UserFactory

AS_OF = dt.date(2026, 3, 31)


def with_mfa(user: User) -> User:
    """Staff roles must have MFA before reaching the admin."""
    Authenticator.objects.create(user=user, type=Authenticator.Type.TOTP, data={"secret": "x"})
    return user


def course(home, *, slug: str, validity_months: int = 12) -> CoursePage:
    index = CourseIndexPage.objects.first()
    if index is None:
        index = home.add_child(instance=CourseIndexPage(title="Courses", slug="courses"))
    return index.add_child(
        instance=CoursePage(
            title=slug.replace("-", " ").title(),
            slug=slug,
            summary="A course.",
            validity_months=validity_months,
        )
    )


def at(day: str) -> dt.datetime:
    return dt.datetime.combine(dt.date.fromisoformat(day), dt.time(10, 0), tzinfo=dt.UTC)


def complete(learner: User, course: CoursePage, day: str, *, run: int = 1, agency=None):
    return CourseCompletion.objects.create(
        learner=learner,
        course=course,
        run=run,
        completed_at=at(day),
        agency=agency or learner.agency,
    )


def learner(agency: Agency, name: str, **kwargs) -> User:
    return UserFactory(
        agency=agency,
        first_name=name,
        last_name="Tester",
        role_group=kwargs.pop("role_group", RoleGroup.FRONTLINE),
        **kwargs,
    )


@dataclass
class Partnership3:
    partnership: Partnership
    health: Agency
    police: Agency
    csc: Agency
    outside: Agency
    gcp2: CoursePage
    percent_kpi: TrainingKPI
    count_kpi: TrainingKPI
    people: dict[str, User] = field(default_factory=dict)


def hand_built_partnership(home) -> Partnership3:
    """Three agencies with known figures at 31 March 2026 (see test_dashboard_figures).

    Health's headcount drops from 10 to 8 on 1 October 2025; a2's completion expired on
    1 December 2025; a4 took a refresher; a6 trained in Health then moved to Police; b4
    completed after the date of the figures; an agency of another partnership has a
    completion that must never count.
    """
    partnership = PartnershipFactory(name="Hand-built Partnership", slug="hand-built")
    health = AgencyFactory(partnership=partnership, name="Health", sector=Sector.HEALTH)
    police = AgencyFactory(partnership=partnership, name="Police", sector=Sector.POLICE)
    csc = AgencyFactory(partnership=partnership, name="CSC", sector=Sector.CHILDRENS_SOCIAL_CARE)
    outside = AgencyFactory(name="Outside agency")
    gcp2 = course(home, slug="gcp2", validity_months=12)

    for agency, number, day in [
        (health, 10, "2025-04-01"),
        (health, 8, "2025-10-01"),
        (police, 5, "2025-04-01"),
        (csc, 4, "2025-04-01"),
        (outside, 50, "2025-04-01"),
    ]:
        Headcount.objects.create(agency=agency, headcount=number, counted_on=day)

    people: dict[str, User] = {}
    for name in ["a1", "a2", "a3", "a4", "a5", "a6"]:
        people[name] = learner(health, name)
    for name in ["b1", "b2", "b3", "b4"]:
        people[name] = learner(police, name)
    for name in ["c1", "c2", "c3", "c4"]:
        people[name] = learner(csc, name)
    people["d1"] = learner(outside, "d1")

    complete(people["a1"], gcp2, "2025-05-10")
    complete(people["a2"], gcp2, "2024-12-01")  # expires 1 December 2025
    complete(people["a3"], gcp2, "2026-01-15")
    complete(people["a4"], gcp2, "2025-03-01")  # expires 1 March 2026...
    complete(people["a4"], gcp2, "2026-02-01", run=2)  # ...refreshed before that
    complete(people["a6"], gcp2, "2025-06-01")
    people["a6"].agency = police  # moved on: still counts for Health, where they trained
    people["a6"].save()
    complete(people["b1"], gcp2, "2025-09-01")
    complete(people["b2"], gcp2, "2025-11-20")
    complete(people["b3"], gcp2, "2025-04-15")
    complete(people["b4"], gcp2, "2026-04-10")  # after the figures' date
    for name, day in [
        ("c1", "2025-07-01"),
        ("c2", "2025-08-01"),
        ("c3", "2025-09-01"),
        ("c4", "2025-10-01"),
    ]:
        complete(people[name], gcp2, day)
    complete(people["d1"], gcp2, "2025-05-01")

    percent_kpi = TrainingKPI.objects.create(
        partnership=partnership,
        name="GCP2: 80% of staff trained",
        measure=KPIMeasure.PERCENT,
        target=Decimal("80"),
        period_start=dt.date(2025, 4, 1),
        period_end=dt.date(2026, 3, 31),
        requires_in_date=True,
    )
    percent_kpi.courses.add(gcp2)
    percent_kpi.save()
    count_kpi = TrainingKPI.objects.create(
        partnership=partnership,
        name="Number trained in GCP2",
        measure=KPIMeasure.COUNT,
        target=Decimal("15"),
        period_start=dt.date(2025, 4, 1),
        period_end=dt.date(2026, 3, 31),
        requires_in_date=False,
    )
    count_kpi.courses.add(gcp2)
    count_kpi.save()
    return Partnership3(
        partnership=partnership,
        health=health,
        police=police,
        csc=csc,
        outside=outside,
        gcp2=gcp2,
        percent_kpi=percent_kpi,
        count_kpi=count_kpi,
        people=people,
    )


def staff(agency: Agency, role: Role, name: str = "Staff") -> User:
    return with_mfa(UserFactory(agency=agency, first_name=name, roles={role}))
