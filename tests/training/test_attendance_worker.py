"""The certificate of attendance through a real Celery worker (a separate process): the
register sends `session_attended` after commit, the task goes through the broker, and the
sweeper issues one whose task never reached it."""

from __future__ import annotations

from unittest import mock

import pytest

from certificates.models import Certificate
from certificates.tasks import issue_missing_certificates
from learning.training.attendance.services import attendance_mark
from learning.training.models import Attendance
from tests.factories import UserFactory

from .attendance_helpers import booked, session_today

pytestmark = [pytest.mark.worker, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def worker_shares_media(settings, monkeypatch, tmp_path):
    """The worker process stores PDFs where this test reads them."""
    settings.MEDIA_ROOT = str(tmp_path / "media")
    settings.PRIVATE_MEDIA_ROOT = str(tmp_path / "private")
    monkeypatch.setenv("MEDIA_ROOT", settings.MEDIA_ROOT)
    monkeypatch.setenv("PRIVATE_MEDIA_ROOT", settings.PRIVATE_MEDIA_ROOT)
    monkeypatch.setenv("CERTIFICATES_BASE_URL", settings.CERTIFICATES_BASE_URL)
    yield


def test_attendance_certificates_are_issued_by_a_real_worker(
    worker_shares_media, celery_worker, event, agency, wait_for
):
    session = session_today(event)
    trainer = UserFactory(agency=agency)
    first = booked(session, UserFactory(agency=agency))
    second = booked(session, UserFactory(agency=agency))

    attendance_mark(session=session, marks={first.pk: Attendance.ATTENDED}, by=trainer)
    certificate = wait_for(
        lambda: Certificate.objects.filter(booking=first).exclude(pdf="").first(), timeout=90
    )
    assert certificate is not None, "the worker did not issue the certificate of attendance"

    down = OSError("down")
    with mock.patch(
        "certificates.tasks.issue_attendance_certificate.apply_async", side_effect=down
    ):
        attendance_mark(session=session, marks={second.pk: Attendance.ATTENDED}, by=trainer)
    assert not Certificate.objects.filter(booking=second).exists()
    assert issue_missing_certificates.delay().get(timeout=90) == 1
    assert Certificate.objects.filter(booking=second).exclude(pdf="").count() == 1
