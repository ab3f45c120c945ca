"""seed_demo adds the demo quiz to one seeded lesson, once."""

from __future__ import annotations

import pytest

from django.contrib.auth.models import Group
from django.core.management import call_command

from courses.catalogue.models import LessonPage
from courses.h5p.models import H5PActivity
from courses.h5p.selectors import activities_in_lesson
from learning.people.roles import Role

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def media_root(tmp_path, settings):
    settings.MEDIA_ROOT = tmp_path / "media"


def test_seed_demo_places_the_quiz_in_a_lesson_once_and_lets_trainers_upload():
    call_command("seed_demo", stdout=None)
    call_command("seed_demo", stdout=None)

    activity = H5PActivity.objects.get()
    assert activity.main_library == "H5P.NeglectQuiz"
    lesson = LessonPage.objects.get(slug="types-of-neglect")
    placed = activities_in_lesson(lesson)
    assert [(p.activity_id, p.required, p.min_score) for p in placed] == [(activity.pk, True, 0.8)]
    trainers = Group.objects.get(name=Role.TRAINER.value)
    assert trainers.permissions.filter(codename="add_h5pactivity").exists()
