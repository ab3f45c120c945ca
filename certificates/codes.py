"""Verification codes: random, short enough to type, impossible to misread.

The alphabet leaves out 0/O, 1/I/L and U/V, which people confuse when reading a printed
code aloud or typing it from paper. 12 characters from 29 symbols give about 58 bits,
far beyond guessing at the rate the verification page allows.
"""

from __future__ import annotations

import re
import secrets

ALPHABET = "ABCDEFGHJKMNPQRSTWXYZ23456789"
CODE_LENGTH = 12
_NOT_CODE = re.compile(r"[\s\-–—]+")


def new_code() -> str:
    """A fresh code from the operating system's CSPRNG."""
    return "".join(secrets.choice(ALPHABET) for _ in range(CODE_LENGTH))


def normalise_code(typed: str) -> str:
    """The stored form of a typed code: upper case, without spaces or hyphens."""
    return _NOT_CODE.sub("", typed or "").upper()


def is_well_formed(code: str) -> bool:
    return len(code) == CODE_LENGTH and all(ch in ALPHABET for ch in code)


def display_code(code: str) -> str:
    """A code in groups of four, as printed on certificates: easier to read and type."""
    return "-".join(code[i : i + 4] for i in range(0, len(code), 4))
