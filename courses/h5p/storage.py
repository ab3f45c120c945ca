"""Unpacking a validated package through Django's storage API.

Each package goes into its own folder named by the SHA-256 of the `.h5p` file. The folder
is complete before anything points at it: a marker file is written last, and the activity
switches to the new folder in one database update only after that. A learner therefore
never loads a half-unpacked package, and replacing a package keeps the activity (and every
learner's record that references it).
"""

from __future__ import annotations

import hashlib
import re
import zipfile
from typing import IO

from django.core.files.base import ContentFile, File
from django.core.files.storage import Storage, default_storage

from courses.h5p.validation import (
    PackageRejected,
    is_ignored,
    is_skipped,
    max_total_bytes,
    validate_package,
)

ROOT = "h5p/unpacked"
MARKER = ".unpacked"
UNPACKED_FOLDER = re.compile(rf"{re.escape(ROOT)}/[0-9a-f]{{64}}")
CHUNK = 64 * 1024


def content_hash(file: IO[bytes]) -> str:
    file.seek(0)
    digest = hashlib.sha256()
    for chunk in iter(lambda: file.read(CHUNK), b""):
        digest.update(chunk)
    file.seek(0)
    return digest.hexdigest()


class _LimitedReader(File):
    """Streams one entry, stopping as soon as it passes its declared size or the package's
    remaining budget: a ZIP header that lies about sizes cannot make us write more."""

    def __init__(self, handle, *, limit: int, name: str, budget: list[int]):
        super().__init__(handle, name=name)
        self._limit = limit
        self._budget = budget
        self._read = 0

    def chunks(self, chunk_size=None):
        while True:
            data = self.file.read(CHUNK)
            if not data:
                return
            self._read += len(data)
            self._budget[0] -= len(data)
            if self._read > self._limit or self._budget[0] < 0:
                raise PackageRejected(
                    errors=[f"'{self.name}' inflates to more than its ZIP header declares"]
                )
            yield data

    def __iter__(self):
        return self.chunks()

    @property
    def size(self):
        return self._limit


def _delete_tree(storage: Storage, folder: str) -> None:
    if not storage.exists(folder):
        return
    dirs, files = storage.listdir(folder)
    for name in files:
        storage.delete(f"{folder}/{name}")
    for name in dirs:
        _delete_tree(storage, f"{folder}/{name}")
    storage.delete(folder)  # the folder itself (a no-op where folders are only prefixes)


def delete_unpacked(folder: str, *, storage: Storage | None = None) -> None:
    """Delete one unpacked package: only ever a folder this module made."""
    if not UNPACKED_FOLDER.fullmatch(folder):
        raise ValueError(f"{folder!r} is not an unpacked package folder")
    storage = storage or default_storage
    storage.delete(f"{folder}/{MARKER}")  # first, so the folder is never reused half-deleted
    _delete_tree(storage, folder)


def unpack_package(file: IO[bytes], *, storage: Storage | None = None) -> str:
    """Validate and unpack a package; return the storage folder holding it.

    The same package unpacked twice reuses its folder. A folder left half-written by a
    crash has no marker, so it is cleared and written again.
    """
    storage = storage or default_storage
    validate_package(file)
    folder = f"{ROOT}/{content_hash(file)}"
    if storage.exists(f"{folder}/{MARKER}"):
        return folder
    _delete_tree(storage, folder)
    budget = [max_total_bytes()]
    file.seek(0)
    try:
        with zipfile.ZipFile(file) as archive:
            for info in archive.infolist():
                if is_ignored(info.filename) or is_skipped(info.filename):
                    continue
                target = f"{folder}/{info.filename}"
                with archive.open(info) as handle:
                    saved = storage.save(
                        target,
                        _LimitedReader(
                            handle, limit=info.file_size, name=info.filename, budget=budget
                        ),
                    )
                if saved != target:  # storage renamed it: never serve a different name
                    raise PackageRejected(
                        errors=[f"'{info.filename}' could not be stored as named"]
                    )
    except PackageRejected:
        _delete_tree(storage, folder)
        raise
    except (zipfile.BadZipFile, OSError) as error:
        _delete_tree(storage, folder)
        raise PackageRejected(errors=[f"The package could not be unpacked ({error})"]) from error
    storage.save(f"{folder}/{MARKER}", ContentFile(b"ok"))
    return folder
