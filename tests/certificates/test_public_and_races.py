"""The public open course's certificate, and races that must never give two certificates."""

from __future__ import annotations

import threading
from datetime import datetime

import pytest

from django.db import connection
from django.utils import timezone

from certificates.exceptions import CertificateRejected
from certificates.models import Certificate, CertificateKind
from certificates.services import certificate_issue, public_certificate_issue
from courses.catalogue.models import CourseAudience
from learning.progress.models import CourseCompletion
from learning.progress.services import course_completion_record
from tests.factories import UserFactory

from .conftest import pdf_text

pytestmark = pytest.mark.django_db(transaction=True)


def test_public_awareness_certificate_is_marked_as_such(client, make_course):
    course = make_course("Spot the signs of neglect", audience=CourseAudience.PUBLIC)
    certificate = public_certificate_issue(
        name="  Grace   O'Malley ",
        course=course,
        completed_at=timezone.make_aware(datetime(2026, 6, 1, 12, 0)),
        reference="open-course-42",
    )
    assert certificate.kind == CertificateKind.PUBLIC
    assert certificate.learner is None and certificate.completion is None
    text = pdf_text(certificate.pdf)
    assert "PUBLIC AWARENESS CERTIFICATE" in text
    assert "Grace O'Malley" in text and "Spot the signs of neglect" in text
    assert "1 June 2026" in text and certificate.display_code in text

    body = client.get(f"/certificates/verify/{certificate.code}/").content.decode()
    assert "public awareness certificate" in body
    assert "This certificate is valid" in body

    again = public_certificate_issue(
        name="Grace O'Malley",
        course=course,
        completed_at=timezone.now(),
        reference="open-course-42",
    )
    assert again.pk == certificate.pk
    assert Certificate.objects.count() == 1


def test_public_certificate_needs_a_name(make_course):
    with pytest.raises(CertificateRejected) as rejected:
        public_certificate_issue(name="   ", course=make_course(), completed_at=timezone.now())
    assert rejected.value.field == "name"
    assert not Certificate.objects.exists()


def _race(target, times: int = 2) -> list:
    barrier = threading.Barrier(times)
    results: list = []
    errors: list = []

    def run() -> None:
        try:
            barrier.wait()
            results.append(target())
        except Exception as exc:  # collected and re-raised in the test's thread
            errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=run) for _ in range(times)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert not errors, errors
    return results


def test_concurrent_completions_give_one_certificate(make_course):
    course = make_course()
    learner = UserFactory()

    _race(lambda: course_completion_record(learner=learner, course=course))

    assert CourseCompletion.objects.count() == 1
    assert Certificate.objects.count() == 1
    assert Certificate.objects.get().pdf


@pytest.mark.postgresql
def test_concurrent_issue_tasks_for_one_completion_give_one_certificate(make_course):
    from unittest import mock

    course = make_course()
    with mock.patch("certificates.tasks.issue_certificate.apply_async"):
        completion, _ = course_completion_record(learner=UserFactory(), course=course)

    results = _race(lambda: certificate_issue(completion=completion).pk, times=3)

    assert len(set(results)) == 1
    assert Certificate.objects.count() == 1
