"""Packages built inside the test suite, good and bad, from the demo quiz's sources."""

from __future__ import annotations

import io
import stat
import zipfile

from courses.h5p.demo import build_package, demo_package_files


def good_package() -> bytes:
    return build_package()


def package_with(extra: dict[str, bytes] | None = None, without: tuple[str, ...] = ()) -> bytes:
    files = {k: v for k, v in demo_package_files().items() if k not in without}
    files.update(extra or {})
    return build_package(files)


def package_with_symlink() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in demo_package_files().items():
            archive.writestr(name, data)
        link = zipfile.ZipInfo("content/secrets.json")
        link.create_system = 3
        link.external_attr = (stat.S_IFLNK | 0o777) << 16
        archive.writestr(link, "/etc/passwd")
    return buffer.getvalue()


def package_with_lying_header(declared: int, actual: bytes) -> bytes:
    """A package whose headers say one file inflates to `declared` bytes while it really
    inflates to len(actual): the unpacker must not write more than was declared."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in demo_package_files().items():
            archive.writestr(name, data)
        archive.writestr("content/big.txt", actual)
    data = bytearray(buffer.getvalue())
    name = b"content/big.txt"
    small = declared.to_bytes(4, "little")
    offset = data.find(name)
    while offset >= 0:
        start = data.rfind(b"PK", 0, offset)
        if bytes(data[start : start + 4]) == b"PK\x03\x04":
            data[start + 22 : start + 26] = small  # local header: uncompressed size
        elif bytes(data[start : start + 4]) == b"PK\x01\x02":
            data[start + 24 : start + 28] = small  # central directory: uncompressed size
        offset = data.find(name, offset + len(name))
    return bytes(data)
