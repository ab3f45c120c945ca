"""Factories for every model the tests need (factory_boy and wagtail-factories)."""

from __future__ import annotations

from datetime import timedelta

import factory
import wagtail_factories
from allauth.account.models import EmailAddress

from django.utils import timezone

from courses.catalogue.models import CourseIndexPage, CoursePage, LessonPage
from learning.people.models import Agency, AgencyEmailDomain, Partnership, Sector, User
from learning.people.roles import Role
from learning.people.services import user_set_roles
from learning.training.models import (
    TrainingEventPage,
    TrainingFormat,
    TrainingIndexPage,
    TrainingSession,
)

DEFAULT_PASSWORD = "correct-horse-battery-staple"


class PartnershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Partnership
        django_get_or_create = ("slug",)

    name = factory.Sequence(lambda n: f"Test Safeguarding Partnership {n}")
    slug = factory.Sequence(lambda n: f"test-partnership-{n}")
    short_name = factory.Sequence(lambda n: f"Test {n}")


class AgencyFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Agency

    partnership = factory.SubFactory(PartnershipFactory)
    name = factory.Sequence(lambda n: f"Agency {n}")
    sector = Sector.HEALTH


class AgencyEmailDomainFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = AgencyEmailDomain

    agency = factory.SubFactory(AgencyFactory)
    domain = factory.Sequence(lambda n: f"agency{n}.example")


class UserFactory(factory.django.DjangoModelFactory):
    """A verified learner in an agency; pass roles={Role.TRAINER, ...} for other roles."""

    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"person{n}@example.org")
    first_name = factory.Faker("first_name")
    last_name = factory.Faker("last_name")
    job_title = "Practitioner"
    agency = factory.SubFactory(AgencyFactory)
    agency_confirmed_at = factory.LazyFunction(timezone.now)
    password = factory.PostGenerationMethodCall("set_password", DEFAULT_PASSWORD)

    @factory.post_generation
    def verified(obj, create, extracted, **kwargs):
        if create and extracted is not False:
            EmailAddress.objects.update_or_create(
                user=obj, email=obj.email, defaults={"verified": True, "primary": True}
            )
        if create:
            obj.save()

    @factory.post_generation
    def roles(obj, create, extracted, **kwargs):
        if create and extracted:
            from django.contrib.auth.models import Group

            for role in extracted:
                if role not in (Role.LEARNER, Role.ADMIN):
                    Group.objects.get_or_create(name=role.value)
            user_set_roles(user=obj, roles=set(extracted))


# --- Courses (factories other features use to build courses and lessons) ---------------


def question_data(n: int = 1, *, multiple: bool = False, topic: str = "") -> dict:
    """A question as seed data: option A correct (and C when `multiple`), B wrong."""
    data = {
        "text": f"Question {n}: which is right?",
        "multiple": multiple,
        "explanation": f"Explanation {n}.",
        "options": [
            {"text": f"Right answer {n}", "correct": True, "feedback": "Correct."},
            {"text": f"Wrong answer {n}", "correct": False, "feedback": "Not right."},
            {"text": f"Also right {n}", "correct": multiple, "feedback": "Feedback C."},
        ],
    }
    if topic:
        data["topic"] = topic
    return data


class CourseIndexPageFactory(wagtail_factories.PageFactory):
    """The catalogue; pass parent=home_page."""

    class Meta:
        model = CourseIndexPage

    title = "Courses"
    slug = "courses"


class CoursePageFactory(wagtail_factories.PageFactory):
    """A live course with a 4-question bank, 2 questions per attempt; pass parent=index.
    Pass assessment_questions=[] for a course without a final assessment."""

    class Meta:
        model = CoursePage

    title = factory.Sequence(lambda n: f"Course {n}")
    slug = factory.Sequence(lambda n: f"course-{n}")
    summary = "A course for tests."
    pass_mark = 80
    questions_per_attempt = 2
    assessment_questions = factory.LazyFunction(
        lambda: [("question", question_data(n, topic="lesson-1")) for n in range(1, 5)]
    )


class LessonPageFactory(wagtail_factories.PageFactory):
    """A live lesson with text and a one-question knowledge check; pass parent=course.
    Pass body=[("text", "<p>...</p>")] for a lesson without a knowledge check."""

    class Meta:
        model = LessonPage

    title = factory.Sequence(lambda n: f"Lesson {n}")
    slug = factory.Sequence(lambda n: f"lesson-{n}")
    summary = "A lesson for tests."
    body = factory.LazyFunction(
        lambda: [
            ("text", "<p>Neglect is the ongoing failure to meet a child's basic needs.</p>"),
            ("knowledge_check", {"questions": [question_data(1)]}),
        ]
    )
    sources = factory.LazyFunction(
        lambda: [("source", {"title": "Working Together to Safeguard Children", "reference": ""})]
    )


def course_with_lessons(*, parent, lessons: int = 2, **course_fields) -> CoursePage:
    """A live course under `parent` (a CourseIndexPage) with `lessons` live lessons, the
    first lesson's slug `lesson-1` (the factory bank's topic)."""
    course = CoursePageFactory(parent=parent, **course_fields)
    for n in range(1, lessons + 1):
        LessonPageFactory(parent=course, slug=f"lesson-{n}", title=f"Lesson {n}")
    return course


# --- Public section (issue 7) -----------------------------------------------------------


class EmployerFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "learning.Employer"

    partnership = factory.SubFactory(PartnershipFactory)
    name = factory.Sequence(lambda n: f"Utility company {n}")
    sector = "gas"
    contact_email = factory.Sequence(lambda n: f"lead{n}@utility.example")


class AreaContactFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "cms.AreaContact"

    partnership = factory.SubFactory(PartnershipFactory)
    area_name = factory.Sequence(lambda n: f"Area {n}")
    service_name = "Children's services front door"
    phone_in_hours = "01234 567890"
    phone_out_of_hours = "01234 000000"
    postcode_districts = "ZZ1"


# --- H5P and xAPI ----------------------------------------------------------------------


class H5PActivityFactory(factory.django.DjangoModelFactory):
    """An activity whose package is the demo quiz, validated and unpacked for real."""

    class Meta:
        model = "courses.H5PActivity"

    title = factory.Sequence(lambda n: f"Quiz {n}")

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        from courses.h5p.demo import demo_package_file
        from courses.h5p.services import h5p_activity_install_package

        kwargs.setdefault("package", demo_package_file())
        activity = super()._create(model_class, *args, **kwargs)
        return h5p_activity_install_package(activity=activity)


class XAPIClientFactory(factory.django.DjangoModelFactory):
    """Basic credentials for a tool; the plain secret is on `.plain_secret`."""

    class Meta:
        model = "learning.XAPIClient"
        skip_postgeneration_save = True

    name = factory.Sequence(lambda n: f"Tool {n}")
    key = factory.Sequence(lambda n: f"tool-key-{n}")
    secret_hash = ""

    @factory.post_generation
    def secret(obj, create, extracted, **kwargs):
        obj.plain_secret = extracted or "tool-secret"
        obj.set_secret(obj.plain_secret)
        if create:
            obj.save()


# --- Training events and sessions (issue 13) ---------------------------------------------


class TrainingIndexPageFactory(wagtail_factories.PageFactory):
    """The /training/ listing; pass parent=home_page."""

    class Meta:
        model = TrainingIndexPage

    title = "Training"
    slug = "training"


class TrainingEventPageFactory(wagtail_factories.PageFactory):
    """A live training event; pass parent=index and partnership=..."""

    class Meta:
        model = TrainingEventPage

    title = factory.Sequence(lambda n: f"Training event {n}")
    slug = factory.Sequence(lambda n: f"training-event-{n}")
    summary = "A workshop for tests."
    description = "<p>What happens on the day.</p>"
    topic = "Neglect"
    partnership = factory.SubFactory(PartnershipFactory)


class TrainingSessionFactory(factory.django.DjangoModelFactory):
    """A session in person, ten days from now, with 10 places; pass event=..."""

    class Meta:
        model = TrainingSession

    starts_at = factory.LazyFunction(
        lambda: (timezone.now() + timedelta(days=10)).replace(second=0, microsecond=0)
    )
    ends_at = factory.LazyAttribute(lambda s: s.starts_at + timedelta(hours=3))
    format = TrainingFormat.IN_PERSON
    venue = "Council House, Lichfield Street, Walsall WS1 1TW"
    capacity = 10
    trainers = "Sam Trainer"


# --- Content ownership ------------------------------------------------------------------


class BriefingPageFactory(wagtail_factories.PageFactory):
    """A live 7-minute briefing; pass parent=<a BriefingIndexPage>."""

    class Meta:
        model = "courses.BriefingPage"

    title = factory.Sequence(lambda n: f"Briefing {n}")
    slug = factory.Sequence(lambda n: f"briefing-{n}")
    summary = "A briefing for tests."
