"""Every certificate task path through a real Celery worker (a separate process)."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from unittest import mock

import pytest

from django.utils import timezone

from certificates.models import Certificate, CertificateExport, RefresherReminder
from certificates.services import certificate_export_request
from learning.people.roles import Role
from learning.progress.services import course_completion_record
from tests.factories import UserFactory

from .conftest import pdf_text

pytestmark = [pytest.mark.worker, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def worker_shares_media(settings, monkeypatch):
    """The worker process stores PDFs where this test reads them."""
    monkeypatch.setenv("MEDIA_ROOT", str(settings.MEDIA_ROOT))
    monkeypatch.setenv("PRIVATE_MEDIA_ROOT", str(settings.PRIVATE_MEDIA_ROOT))
    monkeypatch.setenv("CERTIFICATES_BASE_URL", settings.CERTIFICATES_BASE_URL)
    yield


def test_certificate_tasks_run_on_a_real_worker(
    worker_shares_media, celery_worker, make_course, wait_for, settings
):
    course = make_course("Understanding child neglect")
    learner = UserFactory(first_name="Wren", last_name="Worker")

    # Issue: the course_completed signal queues the task through the broker.
    completion, _ = course_completion_record(learner=learner, course=course)
    certificate = wait_for(
        lambda: Certificate.objects.filter(completion=completion).exclude(pdf="").first(),
        timeout=90,
    )
    assert certificate is not None, "the worker did not issue the certificate"
    assert "Wren Worker" in pdf_text(certificate.pdf)

    # Sweeper: a completion whose task never reached the broker.
    down = OSError("down")
    with mock.patch("certificates.tasks.issue_certificate.apply_async", side_effect=down):
        missed, _ = course_completion_record(learner=UserFactory(), course=course)
    from certificates.tasks import issue_missing_certificates

    assert issue_missing_certificates.delay().get(timeout=90) == 1
    assert Certificate.objects.filter(completion=missed).exclude(pdf="").exists()

    # Bulk download built by the worker.
    manager = UserFactory(agency=learner.agency, roles={Role.PARTNERSHIP_MANAGER})
    export = certificate_export_request(requested_by=manager, course=course)
    export = wait_for(
        lambda: CertificateExport.objects.filter(
            pk=export.pk, state=CertificateExport.State.READY
        ).first(),
        timeout=90,
    )
    assert export is not None and export.total == 1 and export.file
    zip_path = Path(settings.PRIVATE_MEDIA_ROOT) / export.file.name
    assert zip_path.is_file()

    # Expiry: the hourly task, run by the worker, deletes ZIPs past the retention period.
    CertificateExport.objects.filter(pk=export.pk).update(
        requested_at=timezone.now() - timedelta(days=settings.CERTIFICATE_EXPORT_RETENTION_DAYS + 1)
    )
    from certificates.tasks import expire_certificate_exports

    assert expire_certificate_exports.delay().get(timeout=90) == 1
    export.refresh_from_db()
    assert export.state == CertificateExport.State.EXPIRED and not export.file
    assert not zip_path.exists()

    # Reminders: the daily task, run by the worker.
    Certificate.objects.filter(pk=certificate.pk).update(
        expires_on=timezone.localdate() + timedelta(days=14)
    )
    from certificates.tasks import send_refresher_reminders

    assert send_refresher_reminders.delay().get(timeout=90) == 1
    assert RefresherReminder.objects.filter(completion=completion, days_before=14).exists()
