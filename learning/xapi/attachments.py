"""Statements with attachments: the multipart/mixed request format (xAPI Communication
1.5.2), SHA-2 matching of each part, and signed statements (Data 2.6: a JWS, RS256/384/512,
whose payload is the statement).

A signature is checked as Data 2.6 requires: the JWS is decoded, its payload must be
logically equivalent to the statement received (Data 2.3.1, statement comparison), and
when its header carries an X.509 chain (`x5c`) the signature must verify against the first
certificate's public key. The RSA check is the `cryptography` package's; the JWS compact
form around it (three base64url parts) is parsed here.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from email.parser import BytesParser
from email.policy import HTTP

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, rsa

from learning.xapi.validation import is_uuid, parse_timestamp

SIGNATURE = "http://adlnet.gov/expapi/attachments/signature"
SIGNATURE_ALGORITHMS = {"RS256": hashes.SHA256, "RS384": hashes.SHA384, "RS512": hashes.SHA512}
_HASHES = {56: hashlib.sha224, 64: hashlib.sha256, 96: hashlib.sha384, 128: hashlib.sha512}


class AttachmentsRejected(Exception):
    """A multipart request or its attachments that break the rules (400); `errors`."""

    def __init__(self, *errors: str) -> None:
        super().__init__("; ".join(errors))
        self.errors = list(errors)


@dataclass(frozen=True)
class Part:
    content_type: str
    content: bytes


def sha2_of(content: bytes, like: str) -> str:
    """The SHA-2 of content with the same length of digest as `like` (SHA-256 if unknown)."""
    return _HASHES.get(len(like), hashlib.sha256)(content).hexdigest()


def parse_multipart(content_type: str, body: bytes) -> tuple[bytes, dict[str, Part]]:
    """The statements JSON (the first part) and each attachment part by its declared hash,
    checked against its content."""
    message = BytesParser(policy=HTTP).parsebytes(
        f"Content-Type: {content_type}\r\n\r\n".encode() + body
    )
    if not message.is_multipart():
        raise AttachmentsRejected("Content-Type: multipart/mixed needs a boundary and parts")
    parts = list(message.iter_parts())
    if not parts or parts[0].get_content_type() != "application/json":
        raise AttachmentsRejected("body: the first part must be the statements, application/json")
    statements = parts[0].get_payload(decode=True) or b""
    found: dict[str, Part] = {}
    for index, part in enumerate(parts[1:], start=1):
        declared = (part.get("X-Experience-API-Hash") or "").strip().lower()
        if not declared:
            raise AttachmentsRejected(f"part {index}: needs an X-Experience-API-Hash header")
        encoding = (part.get("Content-Transfer-Encoding") or "binary").strip().lower()
        if encoding != "binary":
            raise AttachmentsRejected(f"part {index}: Content-Transfer-Encoding must be binary")
        content = part.get_payload(decode=True) or b""
        if sha2_of(content, declared) != declared:
            raise AttachmentsRejected(f"part {index}: its content does not match its hash")
        found[declared] = Part(part.get_content_type(), content)
    return statements, found


def multipart_body(data: object, attachments: Iterable) -> tuple[bytes, str]:
    """Statements and the attachment contents they name in the transmission format of
    Communication 1.5.2 (the JSON first, then one binary part per SHA-2): the body and its
    Content-Type. `attachments` are stored XAPIAttachment rows."""
    boundary = uuid.uuid4().hex
    chunks = [
        f"--{boundary}\r\nContent-Type: application/json\r\n\r\n{json.dumps(data)}\r\n".encode()
    ]
    for attachment in attachments:
        with attachment.file.open("rb") as handle:
            content = handle.read()
        chunks.append(
            f"--{boundary}\r\nContent-Type: {attachment.content_type}\r\n"
            f"Content-Transfer-Encoding: binary\r\n"
            f"X-Experience-API-Hash: {attachment.sha2}\r\n\r\n".encode()
            + content
            + b"\r\n"
        )
    chunks.append(f"--{boundary}--\r\n".encode())
    return b"".join(chunks), f"multipart/mixed; boundary={boundary}"


def _b64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


# Properties the LRS sets: a payload signed before the statement was sent may lack them.
_SET_BY_THE_LRS = ("id", "stored", "authority", "version")


def _comparable(value: object, key: str = "") -> object:
    """A statement reduced so that what Data 2.3.1 lists as exceptions to immutability
    compares equal: timestamps as instants, a single contextActivities object as a list
    of one, Group members in any order, UUIDs and mbox in any case. Attachments are not
    part of the statement."""
    if isinstance(value, dict):
        reduced = {
            k: _comparable(v, k) for k, v in value.items() if not (key == "" and k == "attachments")
        }
        if key == "contextActivities":
            reduced = {k: v if isinstance(v, list) else [v] for k, v in reduced.items()}
        return reduced
    if isinstance(value, list):
        items = [_comparable(item, key) for item in value]
        if key == "member":
            items.sort(key=lambda item: json.dumps(item, sort_keys=True))
        return items
    if isinstance(value, str):
        if key in ("timestamp", "stored"):
            moment = parse_timestamp(value)
            if moment is not None:
                return moment.timestamp() if moment.tzinfo else moment.isoformat()
        if key == "mbox" or (key == "id" and is_uuid(value)):
            return value.lower()
    return value


def _payload_difference(payload: dict, statement: dict) -> str | None:
    """The first top-level property in which the signed statement and the received one
    are not logically equivalent, or None."""
    signed, received = _comparable(payload), _comparable(statement)
    for key in _SET_BY_THE_LRS:
        if key not in payload:
            received.pop(key, None)
    for key in sorted(set(signed) | set(received)):
        if signed.get(key) != received.get(key):
            return key
    return None


def _certificate_problem(
    chain: object, algorithm: str, signing_input: bytes, signature: bytes
) -> str | None:
    """Why the signature does not verify against the first certificate of the JWS `x5c`
    chain (RFC 7515 4.1.6: base64, not base64url, DER), or None."""
    if not isinstance(chain, list) or not chain or not isinstance(chain[0], str):
        return "the JWS header's x5c must be a list of base64 certificates"
    try:
        certificate = x509.load_der_x509_certificate(base64.b64decode(chain[0], validate=True))
        key = certificate.public_key()
    except (ValueError, binascii.Error):
        return "the first certificate in the JWS header's x5c cannot be read"
    if not isinstance(key, rsa.RSAPublicKey):
        return f"{algorithm} needs an RSA key; the first certificate in x5c holds another kind"
    try:
        key.verify(signature, signing_input, padding.PKCS1v15(), SIGNATURE_ALGORITHMS[algorithm]())
    except InvalidSignature:
        return "the JWS signature does not verify against the first certificate in x5c"
    return None


def signature_problem(statement: dict, jws: bytes) -> str | None:
    """Why a signature attachment is malformed or does not hold, or None (Data 2.6, LRS
    requirements)."""
    try:
        header_part, payload_part, signature_part = jws.decode("ascii").strip().split(".")
        header = json.loads(_b64(header_part))
        payload = json.loads(_b64(payload_part))
        signature = _b64(signature_part)
    except (ValueError, UnicodeDecodeError, binascii.Error):
        return "must be a JWS in compact serialization"
    if not isinstance(header, dict) or header.get("alg") not in SIGNATURE_ALGORITHMS:
        return "the JWS must be signed with RS256, RS384 or RS512"
    if not isinstance(payload, dict):
        return "the JWS payload must be the statement"
    different = _payload_difference(payload, statement)
    if different:
        return f"the JWS payload's {different} differs from the statement's"
    if "x5c" in header:
        return _certificate_problem(
            header["x5c"],
            header["alg"],
            f"{header_part}.{payload_part}".encode("ascii"),
            signature,
        )
    return None


def attachments_problems(statements: list, parts: dict[str, Part], batch: bool) -> list[str]:
    """Every attachment without fileUrl needs a part with its hash; every part must be
    named by an attachment; signatures must be well formed."""
    errors: list[str] = []
    named: set[str] = set()
    for index, statement in enumerate(statements):
        if not isinstance(statement, dict) or not isinstance(statement.get("attachments"), list):
            continue
        where = f"statements[{index}]" if batch else "statement"
        for number, item in enumerate(statement["attachments"]):
            if not isinstance(item, dict) or not isinstance(item.get("sha2"), str):
                continue
            sha2 = item["sha2"].lower()
            named.add(sha2)
            at = f"{where}.attachments[{number}]"
            part = parts.get(sha2)
            if part is None:
                if "fileUrl" not in item:
                    errors.append(f"{at}.sha2: no part of the request has this hash")
                continue
            if item.get("usageType") == SIGNATURE:
                if item.get("contentType") != "application/octet-stream":
                    errors.append(f"{at}.contentType: a signature is application/octet-stream")
                problem = signature_problem(statement, part.content)
                if problem:
                    errors.append(f"{at}: {problem}")
    for sha2 in sorted(set(parts) - named):
        errors.append(f"body: a part with hash {sha2} is not an attachment of any statement")
    return errors
