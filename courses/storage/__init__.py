"""The private storage every app keeps learners' files in (certificate PDFs and exports,
xAPI attachments), named once.

Model fields are given `private_storage` (a callable, so migrations name the alias and not
one machine's folder). Django calls a callable storage once, when the model class is
built, so it answers a lazy proxy: the storage named by `STORAGES["private"]` is looked up
on first use and again whenever STORAGES changes, the way Django's own `default_storage`
is. On one machine that is a folder no URL maps to; with object storage it is a private
bucket (cms/settings/base.py).
"""

from __future__ import annotations

from django.core.files.storage import Storage, storages
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.utils.functional import LazyObject, empty


class _PrivateStorage(LazyObject):
    def _setup(self) -> None:
        self._wrapped = storages["private"]


_private = _PrivateStorage()


def private_storage() -> Storage:
    """The storage for files only permission-checked views hand out."""
    return _private  # type: ignore[return-value]


@receiver(setting_changed)
def _reset_private_storage(*, setting: str, **kwargs) -> None:
    if setting == "STORAGES":
        _private._wrapped = empty
