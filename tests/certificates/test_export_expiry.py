"""A ZIP of certificates is deleted CERTIFICATE_EXPORT_RETENTION_DAYS after it was asked
for, by a beat task; its page then says it has expired (issue #3). The same task on a
real worker is in test_worker.py."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from django.conf import settings as django_settings
from django.utils import timezone

from certificates.models import Certificate, CertificateExport
from certificates.services import certificate_export_request
from certificates.tasks import expire_certificate_exports
from cms.celery import app
from learning.people.roles import Role
from learning.progress.services import course_completion_record
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db(transaction=True)


def test_expiry_runs_from_the_beat_schedule():
    entry = django_settings.CELERY_BEAT_SCHEDULE["certificates-exports-expire"]
    assert entry["task"] == "certificates.tasks.expire_certificate_exports"
    assert entry["task"] in app.tasks
    assert django_settings.CERTIFICATE_EXPORT_RETENTION_DAYS == 7


def test_exports_older_than_the_retention_period_are_deleted_and_say_so(
    client, make_course, with_mfa, settings
):
    settings.CERTIFICATE_EXPORT_RETENTION_DAYS = 3
    course = make_course()
    learner = UserFactory()
    course_completion_record(learner=learner, course=course)
    assert Certificate.objects.count() == 1
    manager = with_mfa(UserFactory(agency=learner.agency, roles={Role.PARTNERSHIP_MANAGER}))
    old = certificate_export_request(requested_by=manager, course=course)
    recent = certificate_export_request(requested_by=manager, course=course)
    old.refresh_from_db()
    recent.refresh_from_db()
    old_path = Path(settings.PRIVATE_MEDIA_ROOT) / old.file.name
    recent_path = Path(settings.PRIVATE_MEDIA_ROOT) / recent.file.name
    assert old_path.is_file() and recent_path.is_file()
    CertificateExport.objects.filter(pk=old.pk).update(
        requested_at=timezone.now() - timedelta(days=3, minutes=1)
    )
    CertificateExport.objects.filter(pk=recent.pk).update(
        requested_at=timezone.now() - timedelta(days=2, hours=23)
    )
    client.force_login(manager)

    # Past its time, it cannot be downloaded even before the task has run.
    response = client.get(f"/certificates/exports/{old.pk}/download/")
    assert response.status_code == 410
    assert "This download expired on" in response.content.decode()

    assert expire_certificate_exports.delay().get() == 1
    assert expire_certificate_exports.delay().get() == 0  # safe to run twice

    old.refresh_from_db()
    assert old.state == CertificateExport.State.EXPIRED and not old.file
    assert not old_path.exists()
    assert recent_path.is_file()
    recent.refresh_from_db()
    assert recent.state == CertificateExport.State.READY

    page = client.get(f"/certificates/exports/{old.pk}/").content.decode()
    expired_on = timezone.localtime(old.requested_at + timedelta(days=3)).strftime("%-d %B %Y")
    assert f"This download expired on {expired_on}" in page
    assert "Download ZIP file" not in page
    assert client.get(f"/certificates/exports/{old.pk}/download/").status_code == 410

    page = client.get(f"/certificates/exports/{recent.pk}/").content.decode()
    assert "Download ZIP file" in page
    assert "The file is deleted on" in page
    assert client.get(f"/certificates/exports/{recent.pk}/download/").status_code == 200
