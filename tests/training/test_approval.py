"""Line-manager approval by signed links: no account needed; a used, tampered or expired
link gives a clear message and changes nothing."""

from __future__ import annotations

import re
import time
from datetime import timedelta

import pytest

from django.core import mail
from django.utils import timezone

from learning.training.models import Booking, BookingStatus
from learning.training.tokens import approval_token
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def approval_event(event):
    event.needs_manager_approval = True
    event.save_revision().publish()
    return event


def _request(client, learner, session, manager="manager@example.org"):
    client.force_login(learner)
    return client.post(f"/training/sessions/{session.pk}/book/", {"manager_email": manager})


def _links(email) -> dict[str, str]:
    approve = re.search(r"Approve: (\S+)", email.body).group(1)
    decline = re.search(r"Decline: (\S+)", email.body).group(1)
    return {
        "approve": approve.removeprefix("http://127.0.0.1:8000"),
        "decline": decline.removeprefix("http://127.0.0.1:8000"),
    }


def test_manager_approves_by_link_and_learner_is_booked(client, learner, session, approval_event):
    _request(client, learner, session)
    booking = Booking.objects.get()
    assert booking.status == BookingStatus.REQUESTED
    to_manager = next(m for m in mail.outbox if m.to == ["manager@example.org"])
    assert to_manager.subject == "Please approve a training booking: Multi-agency neglect workshop"
    links = _links(to_manager)
    mail.outbox.clear()
    client.logout()

    page = client.get(links["approve"])
    booking.refresh_from_db()
    assert page.status_code == 200 and "Approve this booking" in page.content.decode()
    assert booking.status == BookingStatus.REQUESTED  # opening the link changes nothing

    done = client.post(links["approve"])

    booking.refresh_from_db()
    assert done.status_code == 200 and "Booking approved" in done.content.decode()
    assert booking.status == BookingStatus.BOOKED and booking.decided_at is not None
    assert [m.subject for m in mail.outbox] == [
        "Your place is booked: Multi-agency neglect workshop"
    ]


def test_approving_twice_changes_nothing_and_says_so(client, learner, session, approval_event):
    _request(client, learner, session)
    links = _links(next(m for m in mail.outbox if m.to == ["manager@example.org"]))
    client.post(links["approve"])
    mail.outbox.clear()

    again = client.post(links["approve"])
    decline_after = client.post(links["decline"])

    assert again.status_code == 400
    assert "This request has already been dealt with (booked" in again.content.decode()
    assert decline_after.status_code == 400
    assert Booking.objects.get().status == BookingStatus.BOOKED
    assert mail.outbox == []


def test_tampered_link_is_refused(client, learner, session, approval_event):
    _request(client, learner, session)
    links = _links(next(m for m in mail.outbox if m.to == ["manager@example.org"]))
    tampered = links["approve"].replace(":", "x", 1)

    response = client.post(tampered)

    assert response.status_code == 400
    assert "This approval link is not valid." in response.content.decode()
    assert Booking.objects.get().status == BookingStatus.REQUESTED


def test_expired_link_is_refused(client, learner, session, approval_event, monkeypatch):
    _request(client, learner, session)
    booking = Booking.objects.get()
    eight_days_ago = time.time() - 8 * 86400
    monkeypatch.setattr("django.core.signing.time.time", lambda: eight_days_ago)
    old_token = approval_token(booking=booking, decision="approve")
    monkeypatch.undo()

    response = client.post(f"/training-approval/{old_token}/")

    assert response.status_code == 400
    assert "This approval link has expired." in response.content.decode()
    assert Booking.objects.get().status == BookingStatus.REQUESTED


def test_declined_request_frees_the_place_for_the_next_person_waiting(
    client, learner, session, approval_event, agency
):
    session.capacity = 1
    session.save()
    _request(client, learner, session)
    links = _links(next(m for m in mail.outbox if m.to == ["manager@example.org"]))
    waiting = UserFactory(agency=agency)
    _request(client, waiting, session, manager="boss@example.org")
    assert Booking.objects.get(learner=waiting).status == BookingStatus.WAITING
    mail.outbox.clear()

    client.post(links["decline"])

    assert Booking.objects.get(learner=learner).status == BookingStatus.DECLINED
    offered = Booking.objects.get(learner=waiting)
    assert offered.status == BookingStatus.OFFERED
    subjects = sorted(m.subject for m in mail.outbox)
    assert subjects == [
        "A place is free for you: Multi-agency neglect workshop",
        "Your manager declined your booking: Multi-agency neglect workshop",
    ]


def test_approval_needs_a_manager_email_that_is_not_the_learners_own(
    client, learner, session, approval_event
):
    missing = _request(client, learner, session, manager="")
    own = _request(client, learner, session, manager="learner@example.org")

    assert missing.status_code == 400
    assert "Enter your line manager&#x27;s email address" in missing.content.decode()
    assert own.status_code == 400 and "not your own" in own.content.decode()
    assert not Booking.objects.exists()


def test_request_lapses_when_no_decision_in_time(client, learner, session, approval_event):
    from learning.training.services import training_offers_expire

    _request(client, learner, session)
    booking = Booking.objects.get()

    training_offers_expire(now=timezone.now() + timedelta(days=8))

    booking.refresh_from_db()
    assert booking.status == BookingStatus.CANCELLED
    assert mail.outbox[-1].subject == "Your place has lapsed: Multi-agency neglect workshop"
