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
from django.core.files.storage import FileSystemStorage, Storage, storages
from django.utils import timezone
from django.utils.functional import cached_property


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


def private_storage() -> Storage:
    """The storage for files only permission-checked views hand out (a callable, so
    models and migrations name the alias, not one machine's folder)."""
    return storages["private"]


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
    storage = private_storage()
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
    return errors
