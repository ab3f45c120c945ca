"""Statements with attachments (xAPI Communication 1.5.2): multipart/mixed requests, each
part matched by its SHA-2, kept in private storage and returned with attachments=true;
signed statements (Data 2.6) accepted with their JWS kept, malformed ones refused."""

from __future__ import annotations

import base64
import hashlib
import json
import uuid
from datetime import UTC, datetime, timedelta

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.hazmat.primitives.serialization import Encoding
from cryptography.x509.oid import NameOID

from django.core.files.storage import storages

from learning.xapi.models import XAPIAttachment, XAPIStatement
from tests.h5p import xapi_signed_example
from tests.h5p.test_xapi import ACTIVITY, V, post, statement, tool  # noqa: F401 (fixture)

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
    # attachments=false (the default): no raw data, and application/json (2.1.3).
    for params in ({"statementId": statement_id, "attachments": "false"}, {}):
        plain = tool.get("/xapi/statements", params, **V)
        assert plain["Content-Type"] == "application/json"
        assert content not in plain.content


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


# --- Signatures verified (Data 2.6, LRS requirements) ----------------------------------

HASHES = {"RS256": hashes.SHA256, "RS384": hashes.SHA384, "RS512": hashes.SHA512}


def _certificate(key) -> str:
    """A self-signed certificate for the key, as x5c carries it (base64 DER)."""
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Signing tool")])
    now = datetime.now(UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + timedelta(days=30))
        .sign(key, hashes.SHA256())
    )
    return base64.b64encode(certificate.public_bytes(Encoding.DER)).decode()


@pytest.fixture(scope="module")
def keys():
    signer = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    stranger = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    return {"signer": signer, "stranger": stranger, "x5c": [_certificate(signer)]}


def _signed_jws(payload: dict, key, *, x5c: list | None, alg: str = "RS256") -> bytes:
    header = {"alg": alg} if x5c is None else {"alg": alg, "x5c": x5c}
    signing_input = f"{_b64(json.dumps(header).encode())}.{_b64(json.dumps(payload).encode())}"
    signature = key.sign(signing_input.encode(), padding.PKCS1v15(), HASHES[alg]())
    return f"{signing_input}.{_b64(signature)}".encode()


def _send_signed(http, body: dict, jws: bytes):
    item = _attachment(jws, usageType=SIGNATURE, contentType="application/octet-stream")
    signed = {**body, "attachments": [*body.get("attachments", []), item]}
    return _send(http, _multipart(signed, ("application/octet-stream", jws)))


def test_the_specifications_example_signed_statement_is_accepted(tool):  # noqa: F811
    example = xapi_signed_example.STATEMENT

    response = _send_signed(tool, example, xapi_signed_example.JWS)

    assert response.status_code == 200, response.content
    assert response.json() == [example["id"]]


def test_the_specifications_example_with_its_signature_altered_is_refused(tool):  # noqa: F811
    header, payload, signature = xapi_signed_example.JWS.decode().split(".")
    flipped = bytearray(base64.urlsafe_b64decode(signature + "=="))
    flipped[0] ^= 1

    altered = f"{header}.{payload}.{_b64(bytes(flipped))}".encode()
    response = _send_signed(tool, xapi_signed_example.STATEMENT, altered)

    assert response.status_code == 400
    assert "does not verify against the first certificate in x5c" in response.json()["errors"][0]
    assert XAPIStatement.objects.count() == 0


@pytest.mark.parametrize("alg", ["RS256", "RS384", "RS512"])
def test_a_statement_signed_with_the_key_of_its_x5c_certificate_is_accepted(tool, keys, alg):  # noqa: F811
    body = statement(id=str(uuid.uuid4()))

    response = _send_signed(tool, body, _signed_jws(body, keys["signer"], x5c=keys["x5c"], alg=alg))

    assert response.status_code == 200, response.content
    assert XAPIStatement.objects.filter(statement_id=body["id"]).exists()


def test_a_signature_by_another_key_than_the_x5c_certificates_is_refused(tool, keys):  # noqa: F811
    body = statement()

    response = _send_signed(tool, body, _signed_jws(body, keys["stranger"], x5c=keys["x5c"]))

    assert response.status_code == 400
    assert "does not verify against the first certificate in x5c" in response.json()["errors"][0]
    assert XAPIStatement.objects.count() == 0


def test_a_validly_signed_payload_that_is_not_the_statement_is_refused(tool, keys):  # noqa: F811
    body = statement()
    other = statement(result={"score": {"scaled": 0.1}, "success": False})

    response = _send_signed(tool, body, _signed_jws(other, keys["signer"], x5c=keys["x5c"]))

    assert response.status_code == 400
    assert "the JWS payload's result differs" in response.json()["errors"][0]
    assert XAPIStatement.objects.count() == 0


def test_a_payload_differing_only_where_immutability_allows_is_accepted(tool, keys):  # noqa: F811
    # Data 2.3.1: the same instant in another offset, a single contextActivities object
    # for a list of one, and Group members in another order are the same statement.
    group = {
        "objectType": "Group",
        "member": [{"mbox": "mailto:a@example.org"}, {"mbox": "mailto:b@example.org"}],
    }
    parent = {"id": "https://example.org/courses/neglect"}
    signed = statement(
        timestamp="2026-12-03T11:00:00+01:00",
        context={"contextActivities": {"parent": parent}, "team": group},
    )
    sent = statement(
        timestamp="2026-12-03T10:00:00Z",
        context={
            "contextActivities": {"parent": [parent]},
            "team": {**group, "member": list(reversed(group["member"]))},
        },
    )

    response = _send_signed(tool, sent, _signed_jws(signed, keys["signer"], x5c=keys["x5c"]))

    assert response.status_code == 200, response.content


@pytest.mark.parametrize(
    ("x5c", "message"),
    [
        (["not base64 at all!"], "cannot be read"),
        ([base64.b64encode(b"not a certificate").decode()], "cannot be read"),
        ("one string, not a list", "must be a list of base64 certificates"),
        ([], "must be a list of base64 certificates"),
    ],
)
def test_an_unreadable_x5c_chain_is_refused(tool, keys, x5c, message):  # noqa: F811
    body = statement()

    response = _send_signed(tool, body, _signed_jws(body, keys["signer"], x5c=x5c))

    assert response.status_code == 400
    assert message in response.json()["errors"][0]


def test_an_x5c_certificate_without_an_rsa_key_is_refused(tool, keys):  # noqa: F811
    body = statement()
    not_rsa = [_certificate(ec.generate_private_key(ec.SECP256R1()))]

    response = _send_signed(tool, body, _signed_jws(body, keys["signer"], x5c=not_rsa))

    assert response.status_code == 400
    assert "needs an RSA key" in response.json()["errors"][0]
