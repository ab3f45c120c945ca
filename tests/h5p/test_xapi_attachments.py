"""Statements with attachments (xAPI Communication 1.5.2): multipart/mixed requests, each
part matched by its SHA-2, kept in private storage and returned with attachments=true;
signed statements (Data 2.6) accepted with their JWS kept, malformed ones refused."""

from __future__ import annotations

import base64
import hashlib
import json

import pytest

from django.core.files.storage import storages

from learning.xapi.models import XAPIAttachment, XAPIStatement
from tests.h5p.test_xapi import V, post, statement, tool  # noqa: F401 (fixture)

pytestmark = pytest.mark.django_db

BOUNDARY = "xapi-test-boundary"
SIGNATURE = "http://adlnet.gov/expapi/attachments/signature"


def _attachment(content: bytes, **overrides) -> dict:
    return {
        "usageType": "http://example.org/attachments/certificate",
        "display": {"en-GB": "A note"},
        "contentType": "text/plain",
        "length": len(content),
        "sha2": hashlib.sha256(content).hexdigest(),
        **overrides,
    }


def _multipart(statements, *parts: tuple[str, bytes], hashes: list[str] | None = None) -> bytes:
    chunks = [
        f"--{BOUNDARY}\r\nContent-Type: application/json\r\n\r\n".encode()
        + json.dumps(statements).encode()
        + b"\r\n"
    ]
    for index, (content_type, content) in enumerate(parts):
        digest = hashes[index] if hashes else hashlib.sha256(content).hexdigest()
        chunks.append(
            f"--{BOUNDARY}\r\nContent-Type: {content_type}\r\n"
            f"Content-Transfer-Encoding: binary\r\nX-Experience-API-Hash: {digest}\r\n\r\n".encode()
            + content
            + b"\r\n"
        )
    chunks.append(f"--{BOUNDARY}--\r\n".encode())
    return b"".join(chunks)


def _send(http, body: bytes):
    return http.post(
        "/xapi/statements",
        body,
        content_type=f"multipart/mixed; boundary={BOUNDARY}",
        **V,
    )


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _jws(payload: dict, alg: str = "RS256") -> bytes:
    header = _b64(json.dumps({"alg": alg}).encode())
    return f"{header}.{_b64(json.dumps(payload).encode())}.{_b64(b'signature')}".encode()


def test_attachment_round_trip_through_private_storage(tool):  # noqa: F811
    content = b"hello, attachment"
    body = statement(attachments=[_attachment(content)])

    response = _send(tool, _multipart(body, ("text/plain", content)))

    assert response.status_code == 200, response.content
    [statement_id] = response.json()
    kept = XAPIAttachment.objects.get()
    assert storages["private"].exists(kept.file.name)
    got = tool.get("/xapi/statements", {"statementId": statement_id, "attachments": "true"}, **V)
    assert got["Content-Type"].startswith("multipart/mixed; boundary=")
    assert content in got.content
    assert f"X-Experience-API-Hash: {kept.sha2}".encode() in got.content


def test_a_part_whose_content_does_not_match_its_hash_is_refused(tool):  # noqa: F811
    content = b"hello"
    body = statement(attachments=[_attachment(content)])
    wrong = hashlib.sha256(b"other").hexdigest()

    response = _send(tool, _multipart(body, ("text/plain", content), hashes=[wrong]))

    assert response.status_code == 400
    assert XAPIStatement.objects.count() == 0


def test_an_attachment_without_its_part_or_a_part_without_its_attachment_is_refused(tool):  # noqa: F811
    content = b"hello"
    missing = post(tool, statement(attachments=[_attachment(content)]))
    stray = _send(tool, _multipart(statement(), ("text/plain", content)))

    assert missing.status_code == 400
    assert "no part of the request has this hash" in missing.json()["errors"][0]
    assert stray.status_code == 400
    assert XAPIStatement.objects.count() == 0


def test_an_attachment_with_a_file_url_needs_no_part(tool):  # noqa: F811
    item = _attachment(b"elsewhere", fileUrl="https://example.org/files/1")
    assert post(tool, statement(attachments=[item])).status_code == 200


def test_a_signed_statement_is_accepted_and_its_signature_kept(tool):  # noqa: F811
    body = statement()
    signature = _jws(body)
    signed = {
        **body,
        "attachments": [
            _attachment(signature, usageType=SIGNATURE, contentType="application/octet-stream")
        ],
    }

    response = _send(tool, _multipart(signed, ("application/octet-stream", signature)))

    assert response.status_code == 200, response.content
    with XAPIAttachment.objects.get().file.open("rb") as handle:
        assert handle.read() == signature


@pytest.mark.parametrize(
    ("signature", "message"),
    [
        (b"not a jws", "must be a JWS"),
        (_jws(statement(), alg="HS256"), "RS256, RS384 or RS512"),
        (_jws(statement(verb={"id": "http://example.org/other"})), "payload's verb differs"),
    ],
)
def test_a_malformed_signature_is_refused(tool, signature, message):  # noqa: F811
    signed = {
        **statement(),
        "attachments": [
            _attachment(signature, usageType=SIGNATURE, contentType="application/octet-stream")
        ],
    }

    response = _send(tool, _multipart(signed, ("application/octet-stream", signature)))

    assert response.status_code == 400
    assert message in response.json()["errors"][0]
    assert XAPIStatement.objects.count() == 0
