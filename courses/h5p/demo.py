"""Builds `.h5p` packages from the one-question quiz kept as source in `test_library/`.

Used by the test suite and by `seed_demo`, so the package is never a binary in the repo.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from django.core.files.base import ContentFile

LIBRARY_SOURCE = Path(__file__).resolve().parent / "test_library"
DEMO_PACKAGE_NAME = "neglect-quiz.h5p"


def demo_package_files() -> dict[str, bytes]:
    """Every file of the demo package, by its path inside the package."""
    return {
        path.relative_to(LIBRARY_SOURCE).as_posix(): path.read_bytes()
        for path in sorted(LIBRARY_SOURCE.rglob("*"))
        if path.is_file()
    }


def build_package(files: dict[str, bytes] | None = None) -> bytes:
    """Zip `files` (by default the demo package's) into the bytes of an `.h5p`."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in (files if files is not None else demo_package_files()).items():
            archive.writestr(name, data)
    return buffer.getvalue()


def demo_package_file() -> ContentFile:
    """The demo package as an uploadable file."""
    return ContentFile(build_package(), name=DEMO_PACKAGE_NAME)
