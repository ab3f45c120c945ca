"""Forwarding to an external LRS: kept while it is down, each statement delivered once."""

from __future__ import annotations

import base64
import hashlib
import json
import uuid

import pytest
from allauth.mfa.models import Authenticator

from django.test import Client

from learning.xapi.models import XAPIForward
from learning.xapi.tasks import forward_backlog
from tests.factories import UserFactory, XAPIClientFactory

from .lrs_stub import StubLRS

V = {"HTTP_X_EXPERIENCE_API_VERSION": "1.0.3"}


def statement() -> dict:
    return {
        "id": str(uuid.uuid4()),
        "actor": {"mbox": "mailto:x@example.org"},
        "verb": {"id": "http://adlnet.gov/expapi/verbs/experienced"},
        "object": {"id": "https://example.org/activities/page"},
    }


@pytest.fixture
def lrs(settings):
    with StubLRS() as stub:
        settings.XAPI_FORWARD_ENDPOINT = stub.endpoint
        settings.XAPI_FORWARD_USERNAME = "lrs-user"
        settings.XAPI_FORWARD_PASSWORD = "lrs-pass"
        yield stub


@pytest.mark.django_db(transaction=True)
def test_forwarding_keeps_statements_while_lrs_is_down_and_delivers_each_once(client, lrs):
    client.force_login(UserFactory())
    sent = [statement() for _ in range(3)]

    response = client.post("/xapi/statements", json.dumps(sent), "application/json", **V)

    assert response.status_code == 200  # the learner is not held up by the LRS being down
    assert lrs.requests == 1 and not lrs.received

    def waiting():
        return XAPIForward.objects.filter(delivered_at__isnull=True)

    assert waiting().count() == 3
    assert {f.attempts for f in waiting()} == {1}
    assert "503" in waiting().first().last_error

    assert forward_backlog() == 0  # still down: nothing lost, nothing delivered
    assert waiting().count() == 3

    lrs.up = True
    assert forward_backlog() == 3
    assert forward_backlog() == 0  # already delivered: nothing sent twice

    assert lrs.received == {s["id"]: 1 for s in sent}
    assert not waiting().exists()
    expected = "Basic " + base64.b64encode(b"lrs-user:lrs-pass").decode()
    assert set(lrs.authorizations) == {expected}


@pytest.mark.django_db(transaction=True)
def test_attachment_contents_are_forwarded_with_their_statements(lrs):
    # Communication 1.5.2: an LRS must not push statements into another LRS without the
    # attachment data it received for them.
    lrs.up = True
    tool = XAPIClientFactory()
    token = base64.b64encode(f"{tool.key}:{tool.plain_secret}".encode()).decode()
    content = b"Certificate of attendance"
    digest = hashlib.sha256(content).hexdigest()
    with_attachment = {
        **statement(),
        "attachments": [
            {
                "usageType": "http://example.org/attachments/certificate",
                "display": {"en-GB": "Certificate"},
                "contentType": "text/plain",
                "length": len(content),
                "sha2": digest,
            }
        ],
    }
    boundary = "forwarding-test"
    body = (
        f"--{boundary}\r\nContent-Type: application/json\r\n\r\n".encode()
        + json.dumps(with_attachment).encode()
        + f"\r\n--{boundary}\r\nContent-Type: text/plain\r\n"
        f"Content-Transfer-Encoding: binary\r\nX-Experience-API-Hash: {digest}\r\n\r\n".encode()
        + content
        + f"\r\n--{boundary}--\r\n".encode()
    )

    response = Client(HTTP_AUTHORIZATION=f"Basic {token}").post(
        "/xapi/statements", body, content_type=f"multipart/mixed; boundary={boundary}", **V
    )

    assert response.status_code == 200, response.content
    assert lrs.received == {with_attachment["id"]: 1}
    assert lrs.attachments == {digest: content}
    assert not XAPIForward.objects.filter(delivered_at__isnull=True).exists()


@pytest.mark.django_db
def test_nothing_is_queued_when_forwarding_is_off(client, settings):
    settings.XAPI_FORWARD_ENDPOINT = ""
    client.force_login(UserFactory())
    client.post("/xapi/statements", json.dumps(statement()), "application/json", **V)
    assert not XAPIForward.objects.exists()


@pytest.mark.django_db
def test_admin_dashboard_shows_the_backlog(client, lrs, home_page):
    admin = UserFactory(is_superuser=True, is_staff=True, agency=None)
    Authenticator.objects.create(user=admin, type=Authenticator.Type.TOTP, data={"secret": "x"})
    client.force_login(admin)
    client.post("/xapi/statements", json.dumps([statement(), statement()]), "application/json", **V)

    page = client.get("/admin/").content.decode()

    assert "xAPI statements waiting to be forwarded to the LRS" in page
    assert '<span class="w-summary__count">2</span>' in page


@pytest.fixture
def lrs_for_worker(lrs, monkeypatch):
    """The worker process reads the LRS settings from its environment when it starts."""
    monkeypatch.setenv("XAPI_FORWARD_ENDPOINT", lrs.endpoint)
    monkeypatch.setenv("XAPI_FORWARD_USERNAME", "lrs-user")
    monkeypatch.setenv("XAPI_FORWARD_PASSWORD", "lrs-pass")
    return lrs


@pytest.mark.worker
def test_worker_retries_with_backoff_until_the_lrs_is_up(
    lrs_for_worker, celery_worker, client, wait_for
):
    lrs = lrs_for_worker
    client.force_login(UserFactory())
    sent = statement()
    lrs.up = False

    client.post("/xapi/statements", json.dumps(sent), "application/json", **V)
    assert wait_for(lambda: lrs.requests >= 1, timeout=30)
    lrs.up = True

    forward = wait_for(
        lambda: XAPIForward.objects.filter(delivered_at__isnull=False).first(), timeout=60
    )
    assert forward is not None
    assert forward.attempts >= 2
    assert lrs.received == {sent["id"]: 1}
