"""Coverage data for the demo site and for benchmarks.

`coverage_demo_seed` (a `register_demo_content` step) gives Walsall headcounts, the three
KPIs named in issue 6 and completions for demo learners, so the partnership manager sees
real figures and the Health agency lead sees Health only. `scale_seed` builds a large
synthetic partnership with bulk inserts (COPY on PostgreSQL) for `seed_scale` and the bench.
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

from django.db import connection, transaction
from django.utils import timezone
from django.utils.text import slugify

from wagtail.models import Page, Site

from courses.catalogue.models import CourseIndexPage, CoursePage, LessonPage
from learning.coverage.models import Headcount, KPILearning, KPIMeasure, KPIScope, TrainingKPI
from learning.coverage.services import coverage_rebuild
from learning.licences.models import LicenceType
from learning.people.models import Agency, Partnership, RoleGroup, Sector, User
from learning.people.seed import demo_practitioner
from learning.progress.models import CourseCompletion, LessonProgress
from learning.training.models import TrainingEventPage

DEMO_COURSE_SLUGS = ("understanding-child-neglect", "graded-care-profile-2", "action")


def financial_year_start(today: dt.date) -> dt.date:
    return dt.date(today.year if today.month >= 4 else today.year - 1, 4, 1)


def _courses_by_slug(slugs) -> dict:
    return {c.slug: c for c in CoursePage.objects.filter(slug__in=slugs)}


def demo_kpis(partnership: Partnership, today: dt.date) -> list[TrainingKPI]:
    """The three KPIs named in issue 6, for the current financial year; idempotent."""
    start = financial_year_start(today)
    end = dt.date(start.year + 1, 3, 31)
    courses = _courses_by_slug(DEMO_COURSE_SLUGS)
    specs = [
        (
            "GCP2: 80% of Early Help and Children's Social Care frontline staff trained by "
            "31 March",
            {
                "scope": KPIScope.SECTOR,
                "sectors": f"{Sector.EARLY_HELP},{Sector.CHILDRENS_SOCIAL_CARE}",
                "role_group": RoleGroup.FRONTLINE,
                "measure": KPIMeasure.PERCENT,
                "target": Decimal("80"),
                "requires_in_date": True,
            },
            ["graded-care-profile-2"],
        ),
        (
            "Understanding Child Neglect: 60% of all agencies' frontline staff",
            {
                "scope": KPIScope.PARTNERSHIP,
                "role_group": RoleGroup.FRONTLINE,
                "measure": KPIMeasure.PERCENT,
                "target": Decimal("60"),
                "requires_in_date": True,
            },
            ["understanding-child-neglect"],
        ),
        (
            # What it is: the e-learning says it "does not license you to use the tool".
            # The number licensed is `GCP2_LICENCE_KPI`, counting licences.
            "GCP2 introduction e-learning completed",
            {
                "scope": KPIScope.PARTNERSHIP,
                "measure": KPIMeasure.COUNT,
                "target": Decimal("150"),
                "requires_in_date": False,
                "amber_at": 60,
            },
            ["graded-care-profile-2"],
        ),
    ]
    kpis = []
    for name, fields, slugs in specs:
        kpi, _ = TrainingKPI.objects.update_or_create(
            partnership=partnership,
            name=name,
            defaults={
                **fields,
                "learning": KPILearning.COURSES,
                "period_start": start,
                "period_end": end,
            },
        )
        present = [courses[s] for s in slugs if s in courses]
        if present:
            kpi.courses.set(present)
            kpi.save()
        kpis.append(kpi)
    return kpis


GCP2_LICENCE_KPI = "Number of practitioners trained to use GCP2"


def seed_licence_kpi() -> TrainingKPI | None:
    """Walsall's "trained to use GCP2" KPI counts GCP2 licences in force (attending the
    licensed training after the e-learning), not e-learning completions. Runs after the
    licences seed; an older database's KPI of that name is changed over."""
    partnership = Partnership.objects.filter(slug="walsall").first()
    licence_type = LicenceType.objects.filter(slug="gcp2").first()
    if partnership is None or licence_type is None:
        return None
    start = financial_year_start(timezone.localdate())
    kpi, _ = TrainingKPI.objects.update_or_create(
        partnership=partnership,
        name=GCP2_LICENCE_KPI,
        defaults={
            "description": "Practitioners holding a GCP2 licence in force: licensed training "
            "attended in full after the GCP2 introduction e-learning.",
            "learning": KPILearning.LICENCES,
            "licence_type": licence_type,
            "scope": KPIScope.PARTNERSHIP,
            "role_group": "",
            "measure": KPIMeasure.COUNT,
            "target": Decimal("150"),
            "requires_in_date": False,
            "amber_at": 60,
            "period_start": start,
            "period_end": dt.date(start.year + 1, 3, 31),
        },
    )
    kpi.courses.clear()
    return kpi


WORKSHOP_KPI = "Multi-agency neglect workshop: 50% of frontline staff"
WORKSHOP_SLUG = "multi-agency-neglect-workshop"


def seed_training_kpi() -> TrainingKPI | None:
    """Walsall's KPI for the multi-agency neglect workshop, counting attended sessions, for
    the current financial year. Runs after the training seed (it needs the event)."""
    partnership = Partnership.objects.filter(slug="walsall").first()
    workshop = TrainingEventPage.objects.filter(slug=WORKSHOP_SLUG).first()
    if partnership is None or workshop is None:
        return None
    start = financial_year_start(timezone.localdate())
    kpi, _ = TrainingKPI.objects.update_or_create(
        partnership=partnership,
        name=WORKSHOP_KPI,
        defaults={
            "description": "Frontline staff of every agency who attended the whole workshop.",
            "learning": KPILearning.TRAINING,
            "scope": KPIScope.PARTNERSHIP,
            "role_group": RoleGroup.FRONTLINE,
            "measure": KPIMeasure.PERCENT,
            "target": Decimal("50"),
            "requires_in_date": False,
            "period_start": start,
            "period_end": dt.date(start.year + 1, 3, 31),
        },
    )
    kpi.training_events.set([workshop])
    kpi.save()
    return kpi


def coverage_demo_seed() -> None:
    """Walsall's headcounts, KPIs and demo learners' completions; safe to run again."""
    partnership = Partnership.objects.filter(slug="walsall").first()
    if partnership is None:
        return
    today = timezone.localdate()
    rng = random.Random(6)  # noqa: S311 - the same demo every time, not a secret
    agencies = list(partnership.agencies.order_by("name"))
    courses = _courses_by_slug(DEMO_COURSE_SLUGS)
    two_years_ago = today - dt.timedelta(days=730)
    one_year_ago = today - dt.timedelta(days=365)

    with transaction.atomic():
        for index, agency in enumerate(agencies):
            frontline = 14 + (index * 5) % 17
            for counted_on, factor in ((two_years_ago, 1.1), (one_year_ago, 1.0)):
                Headcount.objects.get_or_create(
                    agency=agency,
                    role_group=RoleGroup.FRONTLINE,
                    counted_on=counted_on.replace(day=1),
                    defaults={"headcount": round(frontline * factor)},
                )
                Headcount.objects.get_or_create(
                    agency=agency,
                    role_group="",
                    counted_on=counted_on.replace(day=1),
                    defaults={"headcount": round(frontline * factor * 1.5)},
                )
            slug = slugify(agency.name)[:40]
            learners = []
            for n in range(frontline - 2):
                user = demo_practitioner(
                    email=f"demo.{slug}.{n}@example.org",
                    first_name=rng.choice(FIRST_NAMES),
                    last_name=rng.choice(LAST_NAMES),
                    agency=agency,
                )
                learners.append(user)
            # A steady share of each agency trained, spread over two years.
            for user in learners:
                for course in courses.values():
                    if rng.random() > 0.55 + (index % 4) * 0.08:
                        continue
                    days_ago = rng.randint(5, 700)
                    CourseCompletion.objects.get_or_create(
                        learner=user,
                        course=course,
                        run=1,
                        defaults={
                            "completed_at": timezone.now() - dt.timedelta(days=days_ago),
                            "agency": agency,
                            "score": rng.randint(80, 100),
                        },
                    )
        demo_kpis(partnership, today)


FIRST_NAMES = [
    "Amara", "Ben", "Chloe", "Dev", "Ellie", "Femi", "Grace", "Hamza", "Isla", "Jack",
    "Kiran", "Lucy", "Mo", "Nadia", "Owen", "Priya", "Rhys", "Sana", "Tom", "Zara",
]  # fmt: skip
LAST_NAMES = [
    "Ahmed", "Brown", "Clarke", "Davies", "Evans", "Khan", "Hughes", "Jones", "Kaur", "Lewis",
    "Morris", "Patel", "Roberts", "Singh", "Taylor", "Walker", "Williams", "Wright",
]  # fmt: skip


# --- Scale data --------------------------------------------------------------------------

SCALE_SLUG = "scale-test"
SECTORS = [s.value for s in Sector]
GROUPS = [RoleGroup.FRONTLINE] * 6 + [RoleGroup.SAFEGUARDING_LEAD, RoleGroup.MANAGER, ""]


def _scale_courses(lessons_per_course: int = 4) -> list:
    """Three courses with lessons to record progress against (created if missing)."""

    existing = list(CoursePage.objects.filter(slug__startswith="scale-course-").order_by("slug"))
    if existing:
        return existing
    index = CourseIndexPage.objects.first()
    if index is None:
        site = Site.objects.filter(is_default_site=True).first()
        parent = site.root_page if site else Page.get_first_root_node()
        index = parent.add_child(instance=CourseIndexPage(title="Courses", slug="courses"))
    made = []
    for number, validity in ((1, 12), (2, 36), (3, 0)):
        course = index.add_child(
            instance=CoursePage(
                title=f"Scale course {number}",
                slug=f"scale-course-{number}",
                summary="Synthetic course for benchmarks.",
                validity_months=validity,
            )
        )
        for lesson in range(lessons_per_course):
            course.add_child(
                instance=LessonPage(
                    title=f"Lesson {lesson + 1}", slug=f"lesson-{lesson + 1}", body=[]
                )
            )
        made.append(course)
    return made


@transaction.atomic
def scale_reset() -> None:
    """Remove a previous scale partnership with plain SQL deletes (fast at a million rows)."""
    partnership = Partnership.objects.filter(slug=SCALE_SLUG).first()
    if partnership is None:
        return
    agency_ids = list(partnership.agencies.values_list("pk", flat=True))
    if not agency_ids:
        partnership.delete()
        return
    user_table = User._meta.db_table
    marks = ",".join(["%s"] * len(agency_ids))
    learners = f"SELECT id FROM {user_table} WHERE agency_id IN ({marks})"  # noqa: S608
    with connection.cursor() as cursor:
        for model in (LessonProgress, CourseCompletion):
            cursor.execute(
                f"DELETE FROM {model._meta.db_table} WHERE learner_id IN ({learners})",  # noqa: S608
                agency_ids,
            )
        for table in ("learning_user_groups", "learning_user_user_permissions"):
            cursor.execute(f"DELETE FROM {table} WHERE user_id IN ({learners})", agency_ids)  # noqa: S608
        cursor.execute(
            f"DELETE FROM account_emailaddress WHERE user_id IN ({learners})",  # noqa: S608
            agency_ids,
        )
    TrainingKPI.objects.filter(partnership=partnership).delete()
    Headcount.objects.filter(agency_id__in=agency_ids).delete()
    with connection.cursor() as cursor:
        cursor.execute(
            f"DELETE FROM {user_table} WHERE agency_id IN ({marks})",  # noqa: S608
            agency_ids,
        )
    Agency.objects.filter(pk__in=agency_ids).delete()
    partnership.delete()


def _copy_rows(model, columns: list[str], rows: list[tuple]) -> None:
    """Insert many rows: COPY on PostgreSQL, executemany elsewhere."""
    if not rows:
        return
    table = model._meta.db_table
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            sql = f"COPY {table} ({', '.join(columns)}) FROM STDIN"
            with cursor.cursor.copy(sql) as copy:
                for row in rows:
                    copy.write_row(row)
        else:
            marks = ", ".join(["%s"] * len(columns))
            cursor.executemany(
                f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})",  # noqa: S608
                rows,
            )


def scale_seed(*, learners: int, agencies: int, seed: int = 1, out=None) -> dict[str, int]:
    """Build the scale partnership in one transaction (SQLite would otherwise commit, and
    sync to disk, once per row)."""
    with transaction.atomic():
        return _scale_seed(learners=learners, agencies=agencies, seed=seed, out=out)


def _scale_seed(*, learners: int, agencies: int, seed: int, out) -> dict[str, int]:
    """A synthetic partnership: `agencies` agencies, `learners` learners, lesson progress
    and completions spread over the last two years, headcounts and three KPIs."""
    rng = random.Random(seed)  # noqa: S311 - repeatable synthetic data
    write = out or (lambda _msg: None)
    scale_reset()
    courses = _scale_courses()
    lessons = {c.pk: list(c.get_children().values_list("pk", flat=True)) for c in courses}
    now = timezone.now()
    partnership = Partnership.objects.create(
        name="Scale Test Safeguarding Partnership", slug=SCALE_SLUG, short_name="Scale"
    )
    made = Agency.objects.bulk_create(
        Agency(
            partnership=partnership,
            name=f"Scale agency {i + 1:03d}",
            sector=SECTORS[i % len(SECTORS)],
        )
        for i in range(agencies)
    )
    # Agencies differ in size, as real ones do (a big NHS trust, a small charity).
    weights = [rng.uniform(0.3, 3.0) for _ in made]
    write(f"creating {learners} learners")
    joined = now - dt.timedelta(days=800)
    batch = []
    for i in range(learners):
        agency = rng.choices(made, weights)[0]
        batch.append(
            User(
                email=f"scale{i}@scale.example",
                first_name="Scale",
                last_name=f"Learner {i}",
                password="!",  # noqa: S106 - unusable: nobody signs in as these
                agency=agency,
                agency_confirmed_at=joined,
                date_joined=joined,
                role_group=rng.choice(GROUPS),
            )
        )
        if len(batch) == 5000:
            User.objects.bulk_create(batch)
            batch = []
    User.objects.bulk_create(batch)
    people = list(
        User.objects.filter(agency__partnership=partnership).values_list(
            "pk", "agency_id", "role_group"
        )
    )
    write("creating progress and completions")
    progress: list[tuple] = []
    completions: list[tuple] = []
    members: dict[tuple[int, str], int] = {}
    for pk, agency_id, group in people:
        members[(agency_id, group)] = members.get((agency_id, group), 0) + 1
        for course in courses:
            if rng.random() > 0.85:
                continue
            started = now - dt.timedelta(days=rng.uniform(1, 730))
            done_all = rng.random() < 0.75
            for lesson in lessons[course.pk]:
                finished = started + dt.timedelta(hours=rng.uniform(0.2, 72))
                if not done_all and rng.random() < 0.5:
                    progress.append((pk, lesson, started, None))
                    done_all = False
                    break
                progress.append((pk, lesson, started, finished))
            if done_all:
                completed = started + dt.timedelta(days=rng.uniform(0.1, 5))
                if completed < now:
                    completions.append(
                        (pk, course.pk, 1, completed, rng.randint(80, 100), agency_id)
                    )
        if len(progress) > 200_000:
            _copy_rows(
                LessonProgress, ["learner_id", "lesson_id", "started_at", "completed_at"], progress
            )
            progress = []
    _copy_rows(LessonProgress, ["learner_id", "lesson_id", "started_at", "completed_at"], progress)
    _copy_rows(
        CourseCompletion,
        ["learner_id", "course_id", "run", "completed_at", "score", "agency_id"],
        completions,
    )
    # Headcounts: the registered staff plus those not yet signed up, counted twice.
    today = timezone.localdate()
    headcounts = []
    for (agency_id, group), count in members.items():
        for counted_on, factor in (
            (today - dt.timedelta(days=760), 1.25),
            (today - dt.timedelta(days=380), 1.15),
        ):
            headcounts.append(
                Headcount(
                    agency_id=agency_id,
                    role_group=group,
                    counted_on=counted_on,
                    headcount=round(count * factor),
                )
            )
    Headcount.objects.bulk_create(headcounts, ignore_conflicts=True)
    start = financial_year_start(today) - dt.timedelta(days=365)
    start = financial_year_start(start)
    end = dt.date(start.year + 2, 3, 31)
    for number, (course, measure, group, in_date) in enumerate(
        [
            (courses[0], KPIMeasure.PERCENT, RoleGroup.FRONTLINE, True),
            (courses[1], KPIMeasure.PERCENT, "", True),
            (courses[2], KPIMeasure.COUNT, "", False),
        ],
        start=1,
    ):
        kpi = TrainingKPI.objects.create(
            partnership=partnership,
            name=f"Scale KPI {number}",
            measure=measure,
            role_group=group,
            target=Decimal("80") if measure == KPIMeasure.PERCENT else Decimal(learners // 2),
            period_start=start,
            period_end=end,
            requires_in_date=in_date,
        )
        kpi.courses.set([course])
        kpi.save()
    # The rows above were copied in bulk, without the signals that keep the running counts.
    coverage_rebuild(partnership_id=partnership.pk)
    return {
        "agencies": len(made),
        "learners": len(people),
        "progress": LessonProgress.objects.filter(learner__agency__partnership=partnership).count(),
        "completions": len(completions),
    }
