"""Signed links for line managers, who answer a short questionnaire without an account
(the pattern of learning/training/tokens.py).

A token names the follow-up and its nonce, signed with a timestamp: it expires after
EVALUATION_MANAGER_LINK_DAYS, and anything altered in it fails the signature.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from django.core import signing

SALT = "learning.evaluation.manager"


@dataclass(frozen=True)
class ManagerClaim:
    follow_up_id: int
    nonce: str


def manager_token(*, follow_up) -> str:
    signer = signing.TimestampSigner(salt=SALT)
    return signer.sign_object({"f": follow_up.pk, "n": follow_up.nonce})


def manager_claim(token: str) -> ManagerClaim:
    """The claim in a token; raises signing.SignatureExpired or signing.BadSignature."""
    signer = signing.TimestampSigner(salt=SALT)
    max_age = getattr(settings, "EVALUATION_MANAGER_LINK_DAYS", 60) * 86400
    data = signer.unsign_object(token, max_age=max_age)
    if not isinstance(data, dict) or "f" not in data or "n" not in data:
        raise signing.BadSignature("Malformed manager token")
    return ManagerClaim(follow_up_id=int(data["f"]), nonce=str(data["n"]))
