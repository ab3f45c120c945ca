"""Certificate PDFs and export ZIPs live in a storage no URL maps to, under random names,
and reach people only through views that check who is asking (issue #3)."""

from __future__ import annotations

import io
import zipfile
from datetime import timedelta
from pathlib import Path

import pytest

from django.core.files.base import ContentFile
from django.core.files.storage import storages
from django.core.management import call_command
from django.core.management.base import SystemCheckError
from django.utils import timezone

from certificates.models import Certificate, CertificateExport
from certificates.services import certificate_export_request
from learning.audit.models import AuditEvent
from learning.people.roles import Role
from learning.progress.services import course_completion_record
from tests.factories import AgencyFactory, UserFactory

from .conftest import files_under, pdf_text

pytestmark = pytest.mark.django_db(transaction=True)


def issue(course, learner) -> Certificate:
    completion, _ = course_completion_record(learner=learner, course=course)
    return Certificate.objects.get(completion=completion, superseded_at__isnull=True)


def ready_export(manager, course) -> CertificateExport:
    export = certificate_export_request(requested_by=manager, course=course)
    export.refresh_from_db()
    assert export.state == CertificateExport.State.READY
    return export


# --- Nothing under /media/ -------------------------------------------------------------


@pytest.mark.urls("tests.certificates.media_urls")
def test_certificate_pdf_is_kept_privately_under_a_random_name_and_has_no_url(
    client, make_course, settings
):
    certificate = issue(make_course(), UserFactory())

    assert files_under(settings.MEDIA_ROOT) == []
    assert files_under(settings.PRIVATE_MEDIA_ROOT) == [certificate.pdf.name]
    assert certificate.code not in certificate.pdf.name
    assert len(Path(certificate.pdf.name).stem) >= 40  # a random token, 256 bits
    with pytest.raises(ValueError, match="not accessible via a URL"):
        certificate.pdf.url  # noqa: B018
    with pytest.raises(ValueError, match="not accessible via a URL"):
        storages["private"].url(certificate.pdf.name)

    # Where the file used to be served from, and where its new name would be.
    month = f"{certificate.issued_at:%Y/%m}"
    for url in (
        f"/media/certificates/{month}/{certificate.code}.pdf",
        f"/media/{certificate.pdf.name}",
        f"/static/{certificate.pdf.name}",
    ):
        assert client.get(url).status_code == 404, url


@pytest.mark.urls("tests.certificates.media_urls")
def test_export_zip_is_kept_privately_under_a_random_name_and_has_no_url(
    client, make_course, with_mfa, settings
):
    course = make_course()
    learner = UserFactory()
    issue(course, learner)
    manager = with_mfa(UserFactory(agency=learner.agency, roles={Role.PARTNERSHIP_MANAGER}))
    export = ready_export(manager, course)

    assert files_under(settings.MEDIA_ROOT) == []
    assert export.file.name in files_under(settings.PRIVATE_MEDIA_ROOT)
    assert f"certificates-{export.pk}" not in export.file.name
    with pytest.raises(ValueError, match="not accessible via a URL"):
        export.file.url  # noqa: B018
    month = f"{export.requested_at:%Y/%m}"
    for url in (
        f"/media/certificate-exports/{month}/certificates-{export.pk}.zip",
        f"/media/{export.file.name}",
    ):
        assert client.get(url).status_code == 404, url


def test_a_private_folder_inside_media_root_fails_the_system_check(settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path / "media")
    settings.PRIVATE_MEDIA_ROOT = str(tmp_path / "media" / "private")
    with pytest.raises(SystemCheckError, match=r"certificates\.E002"):
        call_command("check")
    settings.PRIVATE_MEDIA_ROOT = str(tmp_path / "private")
    call_command("check")


# --- Who may download a certificate -----------------------------------------------------


def test_certificate_download_is_for_the_owner_and_leads_and_managers_in_scope(
    client, make_course, with_mfa
):
    learner = UserFactory()
    certificate = issue(make_course(), learner)
    url = f"/certificates/{certificate.pk}/download/"
    stored = certificate.pdf.read()

    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")

    client.force_login(learner)
    response = client.get(url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == stored
    assert "no-store" in response["Cache-Control"]

    client.force_login(UserFactory(agency=learner.agency))
    assert client.get(url).status_code in (403, 404)

    other_agency = AgencyFactory(partnership=learner.agency.partnership)
    client.force_login(with_mfa(UserFactory(agency=other_agency, roles={Role.AGENCY_LEAD})))
    assert client.get(url).status_code == 403

    client.force_login(with_mfa(UserFactory(roles={Role.PARTNERSHIP_MANAGER})))
    assert client.get(url).status_code == 403

    for role in (Role.AGENCY_LEAD, Role.PARTNERSHIP_MANAGER):
        insider = with_mfa(UserFactory(agency=learner.agency, roles={role}))
        client.force_login(insider)
        response = client.get(url)
        assert response.status_code == 200, role
        assert b"".join(response.streaming_content) == stored
        event = AuditEvent.objects.get(action="certificate.download", actor=insider)
        assert event.subject == learner
        assert event.detail == {"code": certificate.code}

    client.force_login(with_mfa(UserFactory(agency=None, is_superuser=True, is_staff=True)))
    assert client.get(url).status_code == 200
    # The owner's own downloads are not audited.
    assert not AuditEvent.objects.filter(action="certificate.download", actor=learner).exists()


def test_export_download_is_for_its_requester_while_in_scope_and_audited(
    client, make_course, with_mfa
):
    course = make_course()
    learner = UserFactory()
    issue(course, learner)
    manager = with_mfa(UserFactory(agency=learner.agency, roles={Role.PARTNERSHIP_MANAGER}))
    export = ready_export(manager, course)
    created = AuditEvent.objects.get(action="certificate.export_create")
    assert created.actor == manager and created.detail["export"] == export.pk
    url = f"/certificates/exports/{export.pk}/download/"

    assert client.get(url).status_code == 302  # anonymous: sign in

    client.force_login(manager)
    response = client.get(url)
    assert response.status_code == 200
    archive = zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content)))
    assert len(archive.namelist()) == 1
    downloaded = AuditEvent.objects.get(action="certificate.export_download")
    assert downloaded.actor == manager and downloaded.detail["export"] == export.pk

    client.force_login(with_mfa(UserFactory(agency=learner.agency, roles={Role.AGENCY_LEAD})))
    assert client.get(url).status_code == 404

    # A manager who has lost the role cannot fetch what they once prepared.
    manager.groups.clear()
    client.force_login(manager)
    assert client.get(url).status_code == 403


# --- Files issued before they were private ------------------------------------------------


def test_command_moves_existing_files_out_of_media_and_leaves_nothing_public(
    client, make_course, with_mfa, settings
):
    course = make_course()
    learner = UserFactory(first_name="Olu", last_name="Oldfile")
    old = issue(course, learner)
    lost = issue(make_course("Graded Care Profile 2"), learner)
    manager = with_mfa(UserFactory(agency=learner.agency, roles={Role.PARTNERSHIP_MANAGER}))
    export = ready_export(manager, course)
    stale_export = ready_export(manager, course)

    # Put everything back where it was kept before: public media, named by code and id.
    public, private = storages["default"], storages["private"]
    pdf_bytes = old.pdf.read()
    old_name = f"certificates/2026/05/{old.code}.pdf"
    public.save(old_name, ContentFile(pdf_bytes))
    private.delete(old.pdf.name)
    Certificate.objects.filter(pk=old.pk).update(pdf=old_name)
    private.delete(lost.pdf.name)  # a file lost altogether is rendered again
    zip_bytes = export.file.read()
    for item in (export, stale_export):
        name = f"certificate-exports/2026/05/certificates-{item.pk}.zip"
        public.save(name, ContentFile(zip_bytes))
        private.delete(item.file.name)
        CertificateExport.objects.filter(pk=item.pk).update(file=name)
    CertificateExport.objects.filter(pk=stale_export.pk).update(
        requested_at=timezone.now() - timedelta(days=30)
    )
    public.save("certificates/2026/04/ABCDEFGHJK23.pdf", ContentFile(b"orphan"))
    assert len(files_under(settings.MEDIA_ROOT)) == 4

    out = io.StringIO()
    call_command("make_certificate_files_private", stdout=out)

    assert "Moved 1 certificate PDFs and 1 exports" in out.getvalue()
    assert files_under(settings.MEDIA_ROOT) == []
    old.refresh_from_db()
    assert old.code not in old.pdf.name and private.exists(old.pdf.name)
    assert old.pdf.read() == pdf_bytes
    lost.refresh_from_db()
    assert "Olu Oldfile" in pdf_text(lost.pdf)
    export.refresh_from_db()
    assert f"certificates-{export.pk}" not in export.file.name
    assert export.file.read() == zip_bytes
    stale_export.refresh_from_db()
    assert stale_export.state == CertificateExport.State.EXPIRED and not stale_export.file

    client.force_login(learner)
    response = client.get(f"/certificates/{old.pk}/download/")
    assert b"".join(response.streaming_content) == pdf_bytes

    # Running it again finds nothing to do.
    out = io.StringIO()
    call_command("make_certificate_files_private", stdout=out)
    assert "Moved 0 certificate PDFs and 0 exports" in out.getvalue()
    assert "re-rendered 0, deleted 0" in out.getvalue()
