"""The name on certificates (issue #7): a learner with no certificate changes their name
freely; once certificates carry it, a change waits for their agency lead or partnership
manager, keeps its history, and re-issues certificates only when approved, each saying
so on its verification page."""

from __future__ import annotations

import pytest

from django.utils import timezone

from certificates.models import Certificate, NameChangeDecision, NameChangeRequest
from learning.audit.models import AuditEvent
from learning.people.roles import Role
from learning.progress.services import course_completion_record
from tests.factories import AgencyFactory, UserFactory

from .conftest import pdf_text

pytestmark = pytest.mark.django_db(transaction=True)


def current(completion) -> Certificate:
    return Certificate.objects.get(completion=completion, superseded_at__isnull=True)


def test_without_certificates_a_learner_changes_their_own_name_freely(client, home_page):
    learner = UserFactory(first_name="Mary", last_name="Smith")
    client.force_login(learner)

    response = client.post("/certificates/name/", {"first_name": " Mary ", "last_name": "Jones"})

    assert response.status_code == 302
    learner.refresh_from_db()
    assert learner.get_full_name() == "Mary Jones"
    assert not NameChangeRequest.objects.exists()


def test_with_certificates_a_change_of_name_waits_for_approval_and_changes_nothing(
    client, make_course
):
    learner = UserFactory(first_name="Mary", last_name="Smith")
    completion, _ = course_completion_record(learner=learner, course=make_course())
    certificate = current(completion)
    client.force_login(learner)

    response = client.post("/certificates/name/", {"first_name": "Mallory", "last_name": "Fake"})

    assert response.status_code == 302
    learner.refresh_from_db()
    assert learner.get_full_name() == "Mary Smith"
    assert current(completion) == certificate
    assert Certificate.objects.count() == 1
    request = NameChangeRequest.objects.get()
    assert (request.old_name, request.new_name) == ("Mary Smith", "Mallory Fake")
    assert request.requested_by == learner and request.requested_at is not None
    assert request.decision == NameChangeDecision.PENDING
    event = AuditEvent.objects.get(action="certificate.name_change_request")
    assert event.actor == learner and event.subject == learner
    assert event.agency == learner.agency
    assert event.detail["certificates"] == [certificate.code]

    assert "waiting for approval" in client.get("/my-learning/").content.decode()
    body = client.get(f"/certificates/verify/{certificate.code}/").content.decode()
    assert "This certificate is valid" in body and "Mary Smith" in body
    assert "Mallory" not in body

    # One request waits at a time.
    response = client.post("/certificates/name/", {"first_name": "Other", "last_name": "Name"})
    assert response.status_code == 400
    assert "You have already asked to change your name to Mallory Fake" in (
        response.content.decode()
    )
    assert NameChangeRequest.objects.count() == 1


def test_lead_in_scope_approves_and_current_certificates_are_reissued_in_the_new_name(
    client, make_course, with_mfa
):
    learner = UserFactory(first_name="Mary", last_name="Smith")
    kept, _ = course_completion_record(learner=learner, course=make_course("Course A"))
    revoked, _ = course_completion_record(learner=learner, course=make_course("Course B"))
    Certificate.objects.filter(completion=revoked).update(revoked_at=timezone.now())
    old = current(kept)
    client.force_login(learner)
    client.post("/certificates/name/", {"first_name": "Mary", "last_name": "Jones"})
    request = NameChangeRequest.objects.get()

    lead = with_mfa(UserFactory(agency=learner.agency, roles={Role.AGENCY_LEAD}))
    client.force_login(lead)
    manage = client.get("/certificates/manage/").content.decode()
    assert "Changes of name waiting for approval" in manage
    assert f"/certificates/name-changes/{request.pk}/" in manage
    response = client.post(f"/certificates/name-changes/{request.pk}/", {"decision": "approve"})

    assert response.status_code == 302
    learner.refresh_from_db()
    assert learner.get_full_name() == "Mary Jones"
    request.refresh_from_db()
    assert request.decision == NameChangeDecision.APPROVED
    assert request.decided_by == lead and request.decided_at is not None
    new = current(kept)
    assert new.learner_name == "Mary Jones" and new.name_change == request
    assert "Mary Jones" in pdf_text(new.pdf)
    old.refresh_from_db()
    assert old.superseded_by == new and old.learner_name == "Mary Smith"
    assert Certificate.objects.filter(completion=revoked).count() == 1
    approve = AuditEvent.objects.get(action="certificate.name_change_approve")
    assert approve.actor == lead and approve.subject == learner
    reissue = AuditEvent.objects.get(action="certificate.reissue")
    assert reissue.actor == lead
    assert reissue.detail["replaces"] == old.code and reissue.detail["code"] == new.code

    issued_on = timezone.localtime(new.issued_at).strftime("%-d %B %Y")
    body = client.get(f"/certificates/verify/{new.code}/").content.decode()
    assert "This certificate is valid" in body
    assert f"Re-issued on {issued_on} after a change of name" in body
    body = client.get(f"/certificates/verify/{old.code}/").content.decode()
    assert "This certificate has been replaced" in body
    assert f"on {issued_on} after a change of name" in body
    assert f"/certificates/verify/{new.code}/" in body

    # A decided request cannot be decided again.
    response = client.post(f"/certificates/name-changes/{request.pk}/", {"decision": "approve"})
    assert response.status_code == 200
    assert Certificate.objects.filter(learner=learner).count() == 3


def test_manager_declines_with_a_reason_nothing_changes_and_the_history_is_kept(
    client, make_course, with_mfa
):
    learner = UserFactory(first_name="Mary", last_name="Smith")
    completion, _ = course_completion_record(learner=learner, course=make_course())
    certificate = current(completion)
    client.force_login(learner)
    client.post("/certificates/name/", {"first_name": "Mallory", "last_name": "Fake"})
    request = NameChangeRequest.objects.get()
    manager = with_mfa(UserFactory(agency=learner.agency, roles={Role.PARTNERSHIP_MANAGER}))
    client.force_login(manager)

    response = client.post(f"/certificates/name-changes/{request.pk}/", {"decision": "decline"})
    assert response.status_code == 400
    assert "Enter the reason for declining the change" in response.content.decode()

    response = client.post(
        f"/certificates/name-changes/{request.pk}/",
        {"decision": "decline", "reason": "Not the name on the HR record."},
    )
    assert response.status_code == 302
    request.refresh_from_db()
    assert request.decision == NameChangeDecision.DECLINED
    assert request.decided_by == manager and request.reason == "Not the name on the HR record."
    learner.refresh_from_db()
    assert learner.get_full_name() == "Mary Smith"
    assert list(Certificate.objects.all()) == [certificate]
    assert current(completion).learner_name == "Mary Smith"
    event = AuditEvent.objects.get(action="certificate.name_change_decline")
    assert event.actor == manager and event.detail["reason"] == "Not the name on the HR record."
    assert "Changes of name waiting" not in client.get("/certificates/manage/").content.decode()

    client.force_login(learner)
    page = client.get("/certificates/name/").content.decode()
    assert "Declined" in page and "Not the name on the HR record." in page
    assert "Mallory Fake" in page


def test_only_leads_and_managers_in_scope_see_or_decide_a_request_and_never_their_own(
    client, make_course, with_mfa
):
    learner = UserFactory(first_name="Mary", last_name="Smith")
    course = make_course()
    course_completion_record(learner=learner, course=course)
    client.force_login(learner)
    client.post("/certificates/name/", {"first_name": "Mary", "last_name": "Jones"})
    request = NameChangeRequest.objects.get()
    url = f"/certificates/name-changes/{request.pk}/"

    # The learner themselves, and another learner: no scope at all.
    assert client.post(url, {"decision": "approve"}).status_code == 403
    client.force_login(UserFactory(agency=learner.agency))
    assert client.get(url).status_code == 403

    # A lead of another agency, a manager of another partnership.
    other_agency = AgencyFactory(partnership=learner.agency.partnership)
    client.force_login(with_mfa(UserFactory(agency=other_agency, roles={Role.AGENCY_LEAD})))
    assert client.get(url).status_code == 404
    assert client.post(url, {"decision": "approve"}).status_code == 404
    assert "Mary Jones" not in client.get("/certificates/manage/").content.decode()
    client.force_login(with_mfa(UserFactory(roles={Role.PARTNERSHIP_MANAGER})))
    assert client.post(url, {"decision": "approve"}).status_code == 404

    request.refresh_from_db()
    assert request.decision == NameChangeDecision.PENDING
    learner.refresh_from_db()
    assert learner.last_name == "Smith"

    # A lead asking to change their own name cannot approve it.
    lead = with_mfa(UserFactory(agency=learner.agency, roles={Role.AGENCY_LEAD}))
    course_completion_record(learner=lead, course=course)
    client.force_login(lead)
    client.post("/certificates/name/", {"first_name": "Lead", "last_name": "Renamed"})
    own = NameChangeRequest.objects.get(learner=lead)
    assert (
        client.post(f"/certificates/name-changes/{own.pk}/", {"decision": "approve"}).status_code
        == 404
    )
    own.refresh_from_db()
    assert own.decision == NameChangeDecision.PENDING


def test_learner_withdraws_a_waiting_request(client, make_course):
    learner = UserFactory(first_name="Mary", last_name="Smith")
    course_completion_record(learner=learner, course=make_course())
    client.force_login(learner)
    client.post("/certificates/name/", {"first_name": "Mary", "last_name": "Jones"})
    request = NameChangeRequest.objects.get()
    assert "Withdraw this request" in client.get("/certificates/name/").content.decode()

    other = UserFactory()
    client.force_login(other)
    assert client.post(f"/certificates/name/{request.pk}/withdraw/").status_code == 404

    client.force_login(learner)
    response = client.post(f"/certificates/name/{request.pk}/withdraw/")
    assert response.status_code == 302
    request.refresh_from_db()
    assert request.decision == NameChangeDecision.WITHDRAWN
    assert AuditEvent.objects.filter(action="certificate.name_change_withdraw").count() == 1
    # Now a new request may be made.
    client.post("/certificates/name/", {"first_name": "Mary", "last_name": "Brown"})
    assert NameChangeRequest.objects.filter(decision=NameChangeDecision.PENDING).count() == 1


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
    assert not NameChangeRequest.objects.exists()
