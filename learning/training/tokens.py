"""Signed approve/decline links for line managers, who need no account.

A token names the booking, the decision and the booking's approval nonce, signed with a
timestamp: it expires after TRAINING_APPROVAL_EXPIRY_DAYS, and a new request (new nonce)
makes earlier links void.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from django.core import signing

SALT = "learning.training.approval"
DECISIONS = ("approve", "decline")


@dataclass(frozen=True)
class ApprovalClaim:
    booking_id: int
    decision: str
    nonce: str


def approval_token(*, booking, decision: str) -> str:
    if decision not in DECISIONS:
        raise ValueError(decision)
    signer = signing.TimestampSigner(salt=SALT)
    return signer.sign_object({"b": booking.pk, "d": decision, "n": booking.approval_nonce})


def approval_claim(token: str) -> ApprovalClaim:
    """The claim in a token; raises signing.SignatureExpired or signing.BadSignature."""
    signer = signing.TimestampSigner(salt=SALT)
    data = signer.unsign_object(token, max_age=settings.TRAINING_APPROVAL_EXPIRY_DAYS * 86400)
    if not isinstance(data, dict) or data.get("d") not in DECISIONS:
        raise signing.BadSignature("Malformed approval token")
    return ApprovalClaim(booking_id=int(data["b"]), decision=data["d"], nonce=str(data["n"]))
