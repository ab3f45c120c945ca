"""Where certificate PDFs and their ZIP exports are kept: a storage no URL maps to.

A certificate names a person, their agency's course and their score, so its file is
handed out only by a view that checks who is asking (`certificates.views.download`,
`export_download`, the open course's own download). The files live in
`storages["private"]`: on one machine a folder outside MEDIA_ROOT whose storage has no
`url()`, in production whatever private bucket STORAGES["private"] names. File names are
random tokens, never the public verification code or a sequential id.
"""

from __future__ import annotations

import secrets
from pathlib import Path

from django.conf import settings
from django.core.checks import Error
from django.core.files.storage import FileSystemStorage, storages
from django.utils import timezone
from django.utils.functional import cached_property

from courses.storage import private_storage

__all__ = ["private_storage"]


class PrivateFileSystemStorage(FileSystemStorage):
    """Files under PRIVATE_MEDIA_ROOT with no URL.

    Django's FileSystemStorage falls back to MEDIA_URL when given no base URL, so this
    one answers None, and `url()` raises ValueError ("not accessible via a URL").
    """

    @cached_property
    def base_location(self):
        return self._value_or_setting(self._location, settings.PRIVATE_MEDIA_ROOT)

    @property
    def base_url(self) -> None:
        return None

    def _clear_cached_properties(self, setting, **kwargs) -> None:
        super()._clear_cached_properties(setting, **kwargs)
        if setting == "PRIVATE_MEDIA_ROOT":
            self.__dict__.pop("base_location", None)
            self.__dict__.pop("location", None)


def _token() -> str:
    return secrets.token_urlsafe(32)


def certificate_pdf_name(instance, filename: str) -> str:
    """`certificates/2027/03/<random>.pdf`: the name says nothing about the certificate."""
    return f"certificates/{timezone.now():%Y/%m}/{_token()}.pdf"


def certificate_export_name(instance, filename: str) -> str:
    return f"certificate-exports/{timezone.now():%Y/%m}/{_token()}.zip"


def private_storage_is_private(app_configs=None, **kwargs) -> list[Error]:
    """A system check (wired in `CertificatesConfig.ready`): a private folder inside
    MEDIA_ROOT or STATIC_ROOT, or a private storage with URLs, would be served after all."""
    storage = storages["private"]
    errors: list[Error] = []
    if storage is storages["default"]:
        errors.append(
            Error(
                'STORAGES["private"] is the default storage, whose files have URLs.',
                id="certificates.E001",
            )
        )
    if isinstance(storage, FileSystemStorage):
        private = Path(storage.location).resolve()
        for name in ("MEDIA_ROOT", "STATIC_ROOT"):
            public = getattr(settings, name, None)
            if public and private.is_relative_to(Path(public).resolve()):
                errors.append(
                    Error(
                        f"PRIVATE_MEDIA_ROOT ({private}) is inside {name}, which is served "
                        "to anyone.",
                        hint="Keep private files in a folder no web server serves.",
                        id="certificates.E002",
                    )
                )
        try:
            storage.url("x")
        except ValueError:
            pass
        else:
            errors.append(
                Error(
                    'STORAGES["private"] gives its files URLs.',
                    hint="Use certificates.storage.PrivateFileSystemStorage.",
                    id="certificates.E003",
                )
            )
    bucket = getattr(storage, "bucket_name", None)
    if bucket is not None:  # object storage (S3 API)
        if bucket == getattr(storages["default"], "bucket_name", None):
            errors.append(
                Error(
                    f'STORAGES["private"] uses the public media bucket "{bucket}".',
                    hint="Set AWS_PRIVATE_BUCKET_NAME to a bucket of its own.",
                    id="certificates.E004",
                )
            )
        if not storage.querystring_auth or storage.custom_domain:
            errors.append(
                Error(
                    'STORAGES["private"] gives its files unsigned URLs.',
                    hint="Private files need signed, short-lived URLs (querystring_auth).",
                    id="certificates.E005",
                )
            )
    return errors
