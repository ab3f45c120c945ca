"""Learners download and re-issue their own certificates; leads and managers revoke,
list and bulk-download certificates in their scope, and nobody else's."""

from __future__ import annotations

import io
import zipfile
from datetime import timedelta

import pytest

from django.utils import timezone

from certificates.models import Certificate, CertificateExport, NameChangeRequest
from learning.audit.models import AuditEvent
from learning.people.roles import Role
from learning.progress.services import course_completion_record
from tests.factories import AgencyFactory, UserFactory

from .conftest import pdf_text

pytestmark = pytest.mark.django_db(transaction=True)


def issue(course, learner) -> Certificate:
    completion, _ = course_completion_record(learner=learner, course=course)
    return Certificate.objects.get(completion=completion, superseded_at__isnull=True)


# --- Learners --------------------------------------------------------------------------


def test_my_learning_lists_certificates_and_only_the_owner_downloads(
    client, make_course, django_assert_max_num_queries
):
    learner = UserFactory()
    certificate = issue(make_course("Understanding child neglect"), learner)
    client.force_login(learner)

    # 22: the certificates panel also asks whether a change of name is waiting, and the
    # page lists the learner's training sessions.
    # 23: one more for the evaluations to complete (learning.evaluation, issue 15).
    # 24: one more for the learner's licences (learning.licences, issue 14).
    # 25: one more for the learner's H5P results panel (learning.xapi, issue 17).
    with django_assert_max_num_queries(25):
        body = client.get("/my-learning/").content.decode()
    assert "Your certificates" in body
    assert "Understanding child neglect" in body
    assert f"/certificates/{certificate.pk}/download/" in body

    response = client.get(f"/certificates/{certificate.pk}/download/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert b"".join(response.streaming_content) == certificate.pdf.read()

    client.force_login(UserFactory(agency=learner.agency))
    assert client.get(f"/certificates/{certificate.pk}/download/").status_code == 403
    client.logout()
    assert client.get(f"/certificates/{certificate.pk}/download/").status_code == 302


def test_my_learning_shows_refresher_due_near_expiry(client, make_course):
    learner = UserFactory()
    course = make_course(validity_months=12)
    course_completion_record(
        learner=learner, course=course, completed_at=timezone.now() - timedelta(days=340)
    )
    client.force_login(learner)
    assert "Refresher due" in client.get("/my-learning/").content.decode()


def test_learner_renamed_by_an_administrator_asks_for_a_certificate_in_that_name(
    client, make_course, with_mfa
):
    learner = UserFactory(first_name="Jane", last_name="Doe")
    old = issue(make_course(), learner)
    client.force_login(learner)
    assert f"/certificates/{old.pk}/reissue/" not in client.get("/my-learning/").content.decode()

    learner.last_name = "Okonkwo"
    learner.save()
    assert f"/certificates/{old.pk}/reissue/" in client.get("/my-learning/").content.decode()
    response = client.post(f"/certificates/{old.pk}/reissue/")
    assert response.status_code == 302

    # Asking is not re-issuing: a lead or manager approves first.
    old.refresh_from_db()
    assert old.superseded_at is None
    request = NameChangeRequest.objects.get()
    assert (request.old_name, request.new_name) == ("Jane Doe", "Jane Okonkwo")
    client.force_login(with_mfa(UserFactory(agency=learner.agency, roles={Role.AGENCY_LEAD})))
    client.post(f"/certificates/name-changes/{request.pk}/", {"decision": "approve"})

    old.refresh_from_db()
    new = Certificate.objects.get(superseded_at__isnull=True)
    assert old.superseded_by == new
    assert new.completion_id == old.completion_id
    assert new.completed_at == old.completed_at and new.expires_on == old.expires_on
    assert "Jane Okonkwo" in pdf_text(new.pdf)
    assert "Jane Doe" in pdf_text(old.pdf)

    body = client.get(f"/certificates/verify/{old.code}/").content.decode()
    assert "This certificate has been replaced" in body
    assert f"/certificates/verify/{new.code}/" in body


def test_reissue_without_a_name_change_is_refused_and_changes_nothing(client, make_course):
    learner = UserFactory()
    certificate = issue(make_course(), learner)
    client.force_login(learner)
    response = client.post(f"/certificates/{certificate.pk}/reissue/")
    assert response.status_code == 400
    assert "Your name is the same as on the certificate" in response.content.decode()
    assert Certificate.objects.count() == 1


def test_nobody_can_reissue_someone_elses_certificate(client, make_course):
    certificate = issue(make_course(), UserFactory())
    other = UserFactory(first_name="Other")
    client.force_login(other)
    assert client.post(f"/certificates/{certificate.pk}/reissue/").status_code == 404
    assert Certificate.objects.count() == 1


# --- Revocation --------------------------------------------------------------------------


def test_agency_lead_revokes_with_a_reason_which_is_audited(client, make_course, with_mfa):
    learner = UserFactory()
    certificate = issue(make_course(), learner)
    lead = with_mfa(UserFactory(agency=learner.agency, roles={Role.AGENCY_LEAD}))
    client.force_login(lead)

    response = client.post(f"/certificates/{certificate.pk}/revoke/", {"reason": ""})
    assert response.status_code == 400
    assert "Enter the reason for revoking the certificate" in response.content.decode()
    certificate.refresh_from_db()
    assert certificate.revoked_at is None

    response = client.post(
        f"/certificates/{certificate.pk}/revoke/",
        {"reason": "Completed on a shared account, not by this learner."},
    )
    assert response.status_code == 302
    certificate.refresh_from_db()
    assert certificate.revoked_by == lead
    assert certificate.revoked_at is not None
    assert certificate.revocation_reason == "Completed on a shared account, not by this learner."
    event = AuditEvent.objects.get(action="certificate.revoke")
    assert event.actor == lead and event.subject == learner and event.agency == learner.agency
    assert event.detail == {
        "code": certificate.code,
        "reason": "Completed on a shared account, not by this learner.",
    }
    body = client.get(f"/certificates/verify/{certificate.code}/").content.decode()
    assert "revoked" in body


def test_lead_cannot_revoke_outside_their_agency_nor_can_a_learner(client, make_course, with_mfa):
    certificate = issue(make_course(), UserFactory())
    outsider_lead = with_mfa(UserFactory(roles={Role.AGENCY_LEAD}))
    client.force_login(outsider_lead)
    response = client.post(
        f"/certificates/{certificate.pk}/revoke/", {"reason": "Not my agency at all."}
    )
    assert response.status_code == 404

    client.force_login(UserFactory(agency=certificate.agency))
    response = client.post(
        f"/certificates/{certificate.pk}/revoke/", {"reason": "I am only a learner here."}
    )
    assert response.status_code == 403
    certificate.refresh_from_db()
    assert certificate.revoked_at is None


# --- Bulk download ------------------------------------------------------------------------


def test_manager_downloads_a_zip_of_certificates_in_scope_filtered_by_agency(
    client, make_course, with_mfa
):
    course = make_course()
    health = AgencyFactory()
    police = AgencyFactory(partnership=health.partnership)
    elsewhere = AgencyFactory()
    in_health = issue(course, UserFactory(agency=health, first_name="Hana"))
    issue(course, UserFactory(agency=police, first_name="Paul"))
    issue(course, UserFactory(agency=elsewhere, first_name="Edgar"))
    manager = with_mfa(UserFactory(agency=police, roles={Role.PARTNERSHIP_MANAGER}))
    client.force_login(manager)

    page = client.get("/certificates/manage/").content.decode()
    assert "Hana" in page and "Paul" in page and "Edgar" not in page

    response = client.post(
        "/certificates/exports/", {"course": course.pk, "agency": health.pk, "date_from": ""}
    )
    export = CertificateExport.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"/certificates/exports/{export.pk}/"

    detail = client.get(f"/certificates/exports/{export.pk}/").content.decode()
    assert "1 of 1 certificate added (100%)" in detail
    assert "Download ZIP file" in detail
    download = client.get(f"/certificates/exports/{export.pk}/download/")
    archive = zipfile.ZipFile(io.BytesIO(b"".join(download.streaming_content)))
    assert [name.endswith(f"{in_health.code}.pdf") for name in archive.namelist()] == [True]

    # Another person cannot see or fetch this export.
    client.force_login(with_mfa(UserFactory(agency=police, roles={Role.PARTNERSHIP_MANAGER})))
    assert client.get(f"/certificates/exports/{export.pk}/").status_code == 404


def test_manager_cannot_export_another_partnerships_agency(client, make_course, with_mfa):
    manager = with_mfa(UserFactory(roles={Role.PARTNERSHIP_MANAGER}))
    elsewhere = AgencyFactory()
    client.force_login(manager)
    response = client.post("/certificates/exports/", {"agency": elsewhere.pk})
    assert response.status_code == 400
    assert "Select a valid choice" in response.content.decode()
    assert not CertificateExport.objects.exists()


def test_export_with_dates_the_wrong_way_round_names_the_field(client, home_page, with_mfa):
    client.force_login(with_mfa(UserFactory(roles={Role.PARTNERSHIP_MANAGER})))
    response = client.post(
        "/certificates/exports/", {"date_from": "2026-05-01", "date_to": "2026-04-01"}
    )
    assert response.status_code == 400
    assert "Completed to must be the same as or after completed from" in response.content.decode()
    assert not CertificateExport.objects.exists()


# --- Wagtail admin -------------------------------------------------------------------------


def test_admin_lists_and_searches_certificates_in_scope_only(client, make_course, with_mfa):
    course = make_course()
    mine = issue(course, UserFactory(first_name="Imogen", last_name="Inscope"))
    theirs = issue(course, UserFactory(first_name="Oscar", last_name="Outofscope"))
    lead = with_mfa(UserFactory(agency=mine.agency, roles={Role.AGENCY_LEAD}))
    client.force_login(lead)

    url = "/admin/snippets/certificates/certificate/"
    body = client.get(url).content.decode()
    assert "Imogen Inscope" in body
    assert "Oscar Outofscope" not in body
    assert "Imogen" in client.get(url, {"q": "Inscope"}).content.decode()
    assert "Imogen Inscope" in client.get(f"{url}inspect/{mine.pk}/").content.decode()
    # Refused by the scope policy like every scoped snippet's views (Wagtail's redirect).
    assert client.get(f"{url}inspect/{theirs.pk}/").status_code in (302, 403, 404)
    assert client.get(f"{url}edit/{mine.pk}/").status_code in (302, 403)
    assert client.get(f"{url}history/{theirs.pk}/").status_code in (302, 403)

    client.force_login(with_mfa(UserFactory(roles={Role.TRAINER})))
    assert client.get(url).status_code in (302, 403)
