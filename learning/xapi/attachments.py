"""Statements with attachments: the multipart/mixed request format (xAPI Communication
1.5.2), SHA-2 matching of each part, and signed statements (Data 2.6: a JWS, RS256/384/512,
whose payload is the statement). The JWS is checked for shape and payload by hand (three
base64url parts, a JSON header naming an RS algorithm, a payload equal to the statement);
no library is needed for that, so none is added."""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from dataclasses import dataclass
from email.parser import BytesParser
from email.policy import HTTP

SIGNATURE = "http://adlnet.gov/expapi/attachments/signature"
SIGNATURE_ALGORITHMS = {"RS256", "RS384", "RS512"}
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


def _b64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


_SIGNED_KEYS = ("actor", "verb", "object", "result", "context", "timestamp")


def signature_problem(statement: dict, jws: bytes) -> str | None:
    """Why a signature attachment is malformed, or None (Data 2.6 requirements)."""
    try:
        header_part, payload_part, signature_part = jws.decode("ascii").strip().split(".")
        header = json.loads(_b64(header_part))
        payload = json.loads(_b64(payload_part))
        _b64(signature_part)
    except (ValueError, UnicodeDecodeError, binascii.Error):
        return "must be a JWS in compact serialization"
    if not isinstance(header, dict) or header.get("alg") not in SIGNATURE_ALGORITHMS:
        return "the JWS must be signed with RS256, RS384 or RS512"
    if not isinstance(payload, dict):
        return "the JWS payload must be the statement"
    for key in _SIGNED_KEYS:
        if key in payload and payload[key] != statement.get(key):
            return f"the JWS payload's {key} differs from the statement's"
    if not all(key in payload for key in ("actor", "verb", "object")):
        return "the JWS payload must be the statement"
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
