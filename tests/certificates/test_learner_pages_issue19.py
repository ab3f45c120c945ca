"""Issue 19, learners: "Certificate not found" echoes the code as it is printed (with its
hyphens), and My learning names the certificates once (a heading, not also a caption)."""

from __future__ import annotations

import pytest

from certificates.models import Certificate
from learning.progress.services import course_completion_record
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_not_found_echoes_the_code_with_its_hyphens(client, home_page):
    response = client.get("/certificates/verify/", {"code": "abcd efgh-jk23"}, follow=True)
    assert response.status_code == 404
    html = response.content.decode()
    assert "No certificate has the code ABCD-EFGH-JK23." in html
    assert "ABCDEFGHJK23" not in html


def test_not_found_of_a_malformed_code_echoes_it_as_typed(client, home_page):
    response = client.get("/certificates/verify/ABC-123/")
    assert response.status_code == 404
    assert "No certificate has the code ABC-123." in response.content.decode()


def test_my_learning_names_the_certificates_once(
    client, make_course, django_capture_on_commit_callbacks
):
    learner = UserFactory()
    with django_capture_on_commit_callbacks(execute=True):
        completion, _ = course_completion_record(learner=learner, course=make_course("Basics"))
    assert Certificate.objects.filter(completion=completion).exists()
    client.force_login(learner)
    html = client.get("/my-learning/").content.decode()
    assert html.count("Your certificates") == 1
    assert '<table class="govuk-table" aria-labelledby="certificates">' in html
