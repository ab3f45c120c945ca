"""A learner changes the name on their certificates: each current one is re-issued."""

from __future__ import annotations

import pytest

from django.utils import timezone

from certificates.models import Certificate
from learning.progress.services import course_completion_record
from tests.factories import UserFactory

from .conftest import pdf_text

pytestmark = pytest.mark.django_db(transaction=True)


def test_changing_name_reissues_current_certificates_but_not_revoked_ones(client, make_course):
    learner = UserFactory(first_name="Mary", last_name="Smith")
    kept, _ = course_completion_record(learner=learner, course=make_course("Course A"))
    revoked, _ = course_completion_record(learner=learner, course=make_course("Course B"))
    Certificate.objects.filter(completion=revoked).update(revoked_at=timezone.now())
    client.force_login(learner)

    response = client.post("/certificates/name/", {"first_name": " Mary ", "last_name": "Jones"})

    assert response.status_code == 302
    learner.refresh_from_db()
    assert learner.get_full_name() == "Mary Jones"
    current = Certificate.objects.get(completion=kept, superseded_at__isnull=True)
    assert "Mary Jones" in pdf_text(current.pdf)
    assert Certificate.objects.get(completion=kept, superseded_at__isnull=False).learner_name == (
        "Mary Smith"
    )
    assert Certificate.objects.filter(completion=revoked).count() == 1


def test_a_blank_name_is_refused_and_nothing_changes(client, make_course):
    learner = UserFactory(first_name="Mary", last_name="Smith")
    course_completion_record(learner=learner, course=make_course())
    client.force_login(learner)

    response = client.post("/certificates/name/", {"first_name": "Mary", "last_name": "   "})

    assert response.status_code == 400
    assert "Enter your last name" in response.content.decode()
    learner.refresh_from_db()
    assert learner.last_name == "Smith"
    assert Certificate.objects.count() == 1
