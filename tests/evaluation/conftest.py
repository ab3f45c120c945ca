"""Builders for evaluation tests: a course (or event) with an evaluation form whose block
ids are known, so answers can be written by hand, and staff of two partnerships."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from allauth.mfa.models import Authenticator

from courses.catalogue.models import CourseIndexPage, CoursePage
from learning.evaluation.models import EvaluationAttachment, EvaluationForm
from learning.people.models import Agency
from learning.people.roles import Role
from learning.progress.services import course_completion_record
from tests.factories import AgencyFactory, PartnershipFactory, UserFactory

CONFIDENCE = "conf-1"
RATING = "rating-1"
YES_NO = "yes-no-1"
TEXT = "text-1"
FOLLOW_UP_TEXT = "fu-text-1"
MANAGER_RATING = "mgr-rating-1"
MANAGER_TEXT = "mgr-text-1"
OUTCOMES = ["Spot the signs of neglect", "Use the escalation policy"]


@pytest.fixture(autouse=True)
def _media_root(settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path / "media")
    settings.PRIVATE_MEDIA_ROOT = str(tmp_path / "private")


def with_mfa(user):
    Authenticator.objects.create(user=user, type=Authenticator.Type.TOTP, data={"secret": "x"})
    return user


def staff(agency: Agency, role: Role, name: str = "Staff"):
    return with_mfa(UserFactory(agency=agency, first_name=name, roles={role}))


def make_course(home_page, title: str = "Understanding child neglect") -> CoursePage:
    index = CourseIndexPage.objects.first()
    if index is None:
        index = CourseIndexPage(title="Courses", slug="courses")
        home_page.add_child(instance=index)
        index.save_revision().publish()
    course = CoursePage(
        title=title,
        slug=title.lower().replace(" ", "-")[:50],
        summary="A course.",
        cpd_minutes=60,
        assessment_questions=[],
    )
    index.add_child(instance=course)
    course.save_revision().publish()
    return course


def make_form(title: str = "Course evaluation") -> EvaluationForm:
    return EvaluationForm.objects.create(
        title=title,
        questions=[
            {
                "type": "confidence",
                "id": CONFIDENCE,
                "value": {"introduction": "How confident are you?", "outcomes": OUTCOMES},
            },
            {
                "type": "rating",
                "id": RATING,
                "value": {
                    "question": "How useful was it?",
                    "lowest_label": "Not useful",
                    "highest_label": "Very useful",
                    "required": True,
                },
            },
            {
                "type": "yes_no",
                "id": YES_NO,
                "value": {"question": "Would you recommend it?", "required": True},
            },
            {
                "type": "text",
                "id": TEXT,
                "value": {
                    "question": "What will you do differently?",
                    "hint": "",
                    "required": False,
                },
            },
        ],
        follow_up_questions=[
            {
                "type": "text",
                "id": FOLLOW_UP_TEXT,
                "value": {
                    "question": "What have you done differently?",
                    "hint": "",
                    "required": True,
                },
            }
        ],
        manager_questions=[
            {
                "type": "rating",
                "id": MANAGER_RATING,
                "value": {
                    "question": "How much has their practice improved?",
                    "lowest_label": "Not at all",
                    "highest_label": "A great deal",
                    "required": True,
                },
            },
            {
                "type": "text",
                "id": MANAGER_TEXT,
                "value": {"question": "An example?", "hint": "", "required": False},
            },
        ],
    )


def attach(form=None, **fields) -> EvaluationAttachment:
    return EvaluationAttachment.objects.create(form=form or make_form(), **fields)


def complete(learner, course, **kwargs):
    completion, _ = course_completion_record(learner=learner, course=course, **kwargs)
    return completion


def after_post(*, confidence=(4, 5), rating=4, yes_no="yes", text="") -> dict:
    data = {
        f"q-{CONFIDENCE}-0": confidence[0],
        f"q-{CONFIDENCE}-1": confidence[1],
        f"q-{RATING}": rating,
        f"q-{YES_NO}": yes_no,
    }
    if text:
        data[f"q-{TEXT}"] = text
    return data


@dataclass
class World:
    """Partnership A (agencies A1 and A2) and partnership B (agency B1)."""

    a1: Agency
    a2: Agency
    b1: Agency


@pytest.fixture
def world(db) -> World:
    a = PartnershipFactory(name="Walsall", slug="walsall")
    b = PartnershipFactory(name="Dudley", slug="dudley")
    return World(
        a1=AgencyFactory(partnership=a, name="Walsall Health"),
        a2=AgencyFactory(partnership=a, name="Walsall Police"),
        b1=AgencyFactory(partnership=b, name="Dudley Council"),
    )
