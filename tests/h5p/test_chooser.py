"""The H5P listing and chooser show each activity's type, uploader and date, and link to
a preview in the isolated player, so trainers pick the activity they mean."""

from __future__ import annotations

import pytest
from allauth.mfa.models import Authenticator

from django.core.files.uploadedfile import SimpleUploadedFile

from courses.h5p.models import H5PActivity
from tests.factories import UserFactory

from .packages import good_package

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def media_root(tmp_path, settings):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture
def admin_client(client, home_page):
    admin = UserFactory(
        is_superuser=True, is_staff=True, agency=None, first_name="Tara", last_name="Trainer"
    )
    Authenticator.objects.create(user=admin, type=Authenticator.Type.TOTP, data={"secret": "x"})
    client.force_login(admin)
    client.user = admin
    response = client.post(
        "/admin/snippets/courses/h5pactivity/add/",
        {"title": "Spotting neglect", "package": SimpleUploadedFile("q.h5p", good_package())},
    )
    assert response.status_code == 302
    return client


def test_type_is_the_main_library_title_from_the_package(admin_client):
    activity = H5PActivity.objects.get()
    assert activity.type_title == "Neglect Matters one-question quiz"


def test_type_falls_back_to_a_readable_library_name():
    activity = H5PActivity(main_library="H5P.MultiChoice", unpacked_folder="")
    assert activity.type_title == "Multi Choice"


@pytest.mark.parametrize(
    "url",
    [
        "/admin/snippets/courses/h5pactivity/",
        "/admin/snippets/choose/courses/h5pactivity/",
        "/admin/snippets/choose/courses/h5pactivity/results/",
    ],
)
def test_listing_and_chooser_show_type_uploader_and_date(admin_client, url):
    activity = H5PActivity.objects.get()
    response = admin_client.get(url)
    assert response.status_code == 200
    is_json = response["Content-Type"].startswith("application/json")
    html = str(response.json()) if is_json else response.content.decode()
    for text in ("Type", "Uploaded by", "Uploaded", "Neglect Matters one-question quiz"):
        assert text in html, text
    assert str(admin_client.user) in html
    assert activity.uploaded_at.strftime("%Y") in html


def test_listing_links_to_the_isolated_preview(admin_client):
    activity = H5PActivity.objects.get()
    listing = admin_client.get("/admin/snippets/courses/h5pactivity/").content.decode()
    preview = f"/admin/snippets/courses/h5pactivity/play/{activity.pk}/"
    assert preview in listing
    page = admin_client.get(preview)
    assert page.status_code == 200
    assert b"<iframe" in page.content and b"sandbox" in page.content


def test_a_placeholder_title_is_refused(admin_client):
    response = admin_client.post(
        "/admin/snippets/courses/h5pactivity/add/",
        {"title": "Untitled", "package": SimpleUploadedFile("q.h5p", good_package())},
    )
    assert response.status_code == 200
    assert "Enter a title trainers and learners will recognise" in response.content.decode()
    assert H5PActivity.objects.count() == 1
