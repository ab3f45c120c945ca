"""One person with one record of every kind the platform holds, in the hand-built
partnership of the coverage tests (so erasing them can be checked against its KPI)."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

import pytest

from django.core.files.base import ContentFile
from django.utils import timezone

from certificates.models import Certificate
from courses.briefings.models import BriefingIndexPage, BriefingPage
from learning.audit.services import audit_record
from learning.briefings.models import (
    BriefingDigestSubscription,
    BriefingRead,
    BriefingReflection,
    BriefingTeamUse,
)
from learning.people.models import User
from learning.people.roles import Role
from learning.progress.models import (
    AssessmentAttempt,
    CourseCompletion,
    Enrolment,
    KnowledgeCheckAnswer,
    LessonProgress,
)
from learning.xapi.models import H5PResult, XAPIState, XAPIStatement
from tests.coverage.builders import Partnership3, complete, hand_built_partnership, staff
from tests.factories import H5PActivityFactory, LessonPageFactory, UserFactory

NAME = ("Zebedee", "Quixotic")
EMAIL = "zebedee.quixotic@example.org"
REFLECTION = "I worried about the Quixotic-family-secret visit"
STATEMENT_TEXT = "zebedee typed this in the activity"


@dataclass
class World:
    partnership: Partnership3
    person: User
    manager: User
    completion: CourseCompletion
    certificate: Certificate


@pytest.fixture(autouse=True)
def _media_root(settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path / "media")


@pytest.fixture
def world(home_page) -> World:
    p = hand_built_partnership(home_page)
    person = UserFactory(
        agency=p.health,
        first_name=NAME[0],
        last_name=NAME[1],
        email=EMAIL,
        job_title="Health visitor",
        role_group="frontline",
    )
    person.last_login = timezone.now()
    person.save()
    manager = staff(p.police, Role.PARTNERSHIP_MANAGER, "Manager")

    lesson = LessonPageFactory(parent=p.gcp2, slug="gcp2-lesson-1")
    Enrolment.objects.create(learner=person, course=p.gcp2)
    LessonProgress.objects.create(learner=person, lesson=lesson, completed_at=timezone.now())
    KnowledgeCheckAnswer.objects.create(
        learner=person, lesson=lesson, question_id="kc-1", option_ids=["opt-a"], is_correct=True
    )
    AssessmentAttempt.objects.create(
        public_id=uuid.uuid4(),
        learner=person,
        course=p.gcp2,
        questions=[{"id": "q-1", "text": "Which is right?"}],
        answers={"q-1": ["opt-right"]},
        score=100,
        passed=True,
        pass_mark=80,
        submitted_at=timezone.now(),
    )
    completion = complete(person, p.gcp2, "2025-06-01")
    certificate = Certificate.objects.create(
        completion=completion,
        learner=person,
        course=p.gcp2,
        agency=p.health,
        partnership=p.partnership,
        learner_name=f"{NAME[0]} {NAME[1]}",
        course_title=p.gcp2.title,
        completed_at=completion.completed_at,
        code="ABCDEFGHJKMN",
        pdf=ContentFile(b"%PDF-1.4 Zebedee Quixotic", name="zq.pdf"),
    )

    index = home_page.add_child(instance=BriefingIndexPage(title="Briefings", slug="briefings"))
    briefing = index.add_child(
        instance=BriefingPage(title="Neglect audit", slug="neglect-audit", date=dt.date(2025, 5, 1))
    )
    BriefingRead.objects.create(
        learner=person, briefing=briefing, read_at=timezone.now(), agency=p.health
    )
    BriefingReflection.objects.create(
        learner=person,
        briefing=briefing,
        position=1,
        question="What will you do?",
        answer=REFLECTION,
    )
    BriefingTeamUse.objects.create(
        learner=person,
        briefing=briefing,
        used_on=dt.date(2025, 6, 2),
        colleagues=6,
        agency=p.health,
    )
    BriefingDigestSubscription.objects.create(learner=person)

    activity = H5PActivityFactory()
    XAPIStatement.objects.create(
        statement_id=uuid.uuid4(),
        data={
            "actor": {"name": f"{NAME[0]} {NAME[1]}", "mbox": f"mailto:{EMAIL}"},
            "verb": {"id": "http://adlnet.gov/expapi/verbs/answered"},
            "result": {"response": STATEMENT_TEXT},
        },
        content_hash="x" * 64,
        verb="http://adlnet.gov/expapi/verbs/answered",
        object_id="https://example.org/activity/1",
        learner=person,
        timestamp=timezone.now(),
    )
    H5PResult.objects.create(learner=person, activity=activity, best_scaled=0.9, passed=True)
    XAPIState.objects.create(
        learner=person,
        agent_key=f"user:{person.pk}",
        activity_id="https://example.org/activity/1",
        state_id="resume",
        content=b'{"answer": "zebedee typed this"}',
    )
    audit_record(
        actor=manager,
        action="certificate.revoke",
        subject=person,
        obj=certificate,
        detail={"reason": "Zebedee Quixotic asked us to"},
    )
    return World(
        partnership=p,
        person=person,
        manager=manager,
        completion=completion,
        certificate=certificate,
    )
