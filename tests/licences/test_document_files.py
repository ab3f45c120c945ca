"""A licensed document's file is not reachable by its path under /media/ when `make run`
serves media (DEBUG): documents go only through Wagtail's view, which checks licences."""

from __future__ import annotations

import importlib

import pytest

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.urls import clear_url_caches

import cms.urls

pytestmark = pytest.mark.django_db


@pytest.fixture
def dev_site(settings, tmp_path):
    """The site's URLs as development builds them (DEBUG on, media served by Django)."""
    settings.MEDIA_ROOT = tmp_path
    settings.DEBUG = True
    importlib.reload(cms.urls)
    clear_url_caches()
    yield
    settings.DEBUG = False
    importlib.reload(cms.urls)
    clear_url_caches()


def test_document_files_are_not_served_by_path(client, dev_site, resources, gcp2):
    _collection, document = resources
    other = default_storage.save("images/logo.txt", ContentFile(b"a public file"))

    assert client.get(f"/media/{other}").status_code == 200
    assert client.get(f"/media/{document.file.name}").status_code == 404
    sneaky = f"/media/images/../{document.file.name}"
    assert client.get(sneaky).status_code == 404
    # The document's own link goes through the view that checks the licence.
    assert document.url == f"/documents/{document.pk}/{document.filename}"
    response = client.get(document.url)
    assert response.status_code == 302  # anonymous: to sign in
    assert "/accounts/login/" in response["Location"]
