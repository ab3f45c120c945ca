"""Uploading H5P packages: the good one is unpacked, each bad one refused with its reason."""

from __future__ import annotations

import io
import random

import pytest
from allauth.mfa.models import Authenticator

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings

from courses.h5p.models import H5PActivity
from courses.h5p.services import h5p_activity_install_package
from courses.h5p.storage import MARKER, unpack_package
from courses.h5p.validation import PackageRejected, validate_package
from tests.factories import H5PActivityFactory, UserFactory

from .packages import (
    good_package,
    package_with,
    package_with_lying_header,
    package_with_symlink,
)

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def media_root(tmp_path, settings):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture
def admin_client(client, home_page):
    admin = UserFactory(is_superuser=True, is_staff=True, agency=None)
    Authenticator.objects.create(user=admin, type=Authenticator.Type.TOTP, data={"secret": "x"})
    client.force_login(admin)
    client.user = admin
    return client


def upload(admin_client, data: bytes, name: str = "quiz.h5p", title: str = ""):
    return admin_client.post(
        "/admin/snippets/courses/h5pactivity/add/",
        {"title": title, "package": SimpleUploadedFile(name, data)},
    )


def reasons_for(data: bytes) -> list[str]:
    with pytest.raises(PackageRejected) as refused:
        validate_package(io.BytesIO(data))
    return refused.value.errors


def test_uploading_the_test_package_unpacks_it_and_records_who(admin_client, media_root):
    response = upload(admin_client, good_package())

    assert response.status_code == 302, response.content.decode()[:2000]
    activity = H5PActivity.objects.get()
    assert activity.title == "Spotting neglect: a one-question check"
    assert activity.main_library == "H5P.NeglectQuiz"
    assert activity.uploaded_by == admin_client.user
    assert default_storage.exists(f"{activity.unpacked_folder}/h5p.json")
    assert default_storage.exists(f"{activity.unpacked_folder}/{MARKER}")
    assert default_storage.exists(f"{activity.unpacked_folder}/H5P.NeglectQuiz-1.0/neglect-quiz.js")


def test_admin_shows_every_reason_and_keeps_nothing(admin_client, media_root):
    bad = package_with({"content/run.php": b"<?php", "../evil.json": b"{}"}, without=("h5p.json",))

    response = upload(admin_client, bad)

    assert response.status_code == 200
    errors = response.context["form"].errors["package"]
    assert any("h5p.json is missing" in e for e in errors)
    assert any("'.php'" in e for e in errors)
    assert any("climbs out of its folder" in e for e in errors)
    assert "h5p.json is missing" in response.content.decode()
    assert H5PActivity.objects.count() == 0
    assert not (media_root / "h5p" / "unpacked").exists()


def test_replacing_a_package_keeps_the_activity_and_switches_folder(admin_client):
    upload(admin_client, good_package(), title="Quiz")
    activity = H5PActivity.objects.get()
    old_folder = activity.unpacked_folder
    changed = package_with({"content/notes.txt": b"version two"})

    response = admin_client.post(
        f"/admin/snippets/courses/h5pactivity/edit/{activity.pk}/",
        {"title": "Quiz", "package": SimpleUploadedFile("quiz2.h5p", changed)},
    )

    assert response.status_code == 302
    activity.refresh_from_db()
    assert H5PActivity.objects.count() == 1
    assert activity.unpacked_folder != old_folder
    assert default_storage.exists(f"{activity.unpacked_folder}/content/notes.txt")


def test_not_a_zip_is_refused():
    assert reasons_for(b"this is not a zip file at all") == [
        "The file is not a ZIP archive: an .h5p file must be a ZIP"
    ]


def test_package_without_h5p_json_is_refused():
    reasons = reasons_for(package_with(without=("h5p.json",)))
    assert any("h5p.json is missing" in r for r in reasons)


def test_invalid_h5p_json_is_refused_naming_the_fields():
    reasons = reasons_for(package_with({"h5p.json": b'{"language": "en"}'}))
    assert "h5p.json: 'title' is required" in reasons
    assert "h5p.json: 'mainLibrary' is required" in reasons
    assert "h5p.json: 'preloadedDependencies' must be a non-empty list" in reasons
    assert any("not valid JSON" in r for r in reasons_for(package_with({"h5p.json": b"{nope"})))


def test_missing_dependency_is_refused():
    reasons = reasons_for(package_with(without=("H5P.NeglectQuiz-1.0/library.json",)))
    assert any("The library H5P.NeglectQuiz-1.0 is missing" in r for r in reasons)


def test_dotdot_path_is_refused():
    reasons = reasons_for(package_with({"content/../../etc/cron.json": b"{}"}))
    assert "'content/../../etc/cron.json' climbs out of its folder with '..'" in reasons


def test_absolute_path_is_refused():
    reasons = reasons_for(package_with({"/etc/passwd.txt": b"root"}))
    assert any("'/etc/passwd.txt' is an absolute path" in r for r in reasons)


def test_symlink_entry_is_refused():
    reasons = reasons_for(package_with_symlink())
    assert "'content/secrets.json' is a symbolic link: links are not allowed" in reasons


def test_php_file_is_refused():
    reasons = reasons_for(package_with({"content/shell.php": b"<?php system($_GET['c']);"}))
    assert "'content/shell.php' has a file type H5P does not allow in content ('.php')" in reasons


def test_html_outside_libraries_and_executables_are_refused():
    reasons = reasons_for(package_with({"content/page.html": b"<p>", "content/a.exe": b"MZ"}))
    assert any("'.html'" in r for r in reasons)
    assert any("'.exe'" in r for r in reasons)


@override_settings(H5P_MAX_UNCOMPRESSED_BYTES=1024 * 1024)
def test_zip_bomb_is_refused_from_the_directory_without_inflating():
    # 5 MB of zeros compresses to a few kilobytes: small to build, big once inflated.
    bomb = package_with({"content/zeros.txt": b"\0" * (5 * 1024 * 1024)})
    assert len(bomb) < 64 * 1024

    reasons = reasons_for(bomb)

    assert any("would unpack to" in r and "the limit is 1048576 bytes" in r for r in reasons)


def test_lying_size_header_is_caught_while_unpacking(media_root):
    lying = package_with_lying_header(declared=10, actual=b"x" * 100_000)
    validate_package(io.BytesIO(lying))  # the directory alone looks fine

    with pytest.raises(PackageRejected):
        unpack_package(ContentFile(lying, name="lying.h5p"))

    assert not list((media_root / "h5p" / "unpacked").glob("*/content/big.txt"))


@override_settings(H5P_MAX_FILES=10)
def test_too_many_files_is_refused():
    many = package_with({f"content/image-{n}.png": b"png" for n in range(20)})
    reasons = reasons_for(many)
    assert any("files; the limit is 10" in r for r in reasons)


def test_zip_bomb_ratio_is_refused_with_a_clear_reason():
    # 20 MB of zeros is well under the size limit (200 MB) but inflates ~1,000 times.
    bomb = package_with({"content/zeros.txt": b"\0" * (20 * 1024 * 1024)})

    reasons = reasons_for(bomb)

    [entry] = [r for r in reasons if r.startswith("'content/zeros.txt' would inflate to")]
    assert entry.endswith(
        "times its compressed size (the limit is 100): refused as a possible ZIP bomb"
    )
    assert any(
        r.startswith("The package would inflate to") and "times its own size" in r for r in reasons
    )
    assert not any("would unpack to" in r for r in reasons)  # the size limit was not the reason


def test_admin_refuses_a_zip_bomb_and_keeps_nothing(admin_client, media_root):
    bomb = package_with({"content/zeros.txt": b"\0" * (20 * 1024 * 1024)})

    response = upload(admin_client, bomb)

    assert response.status_code == 200
    assert "refused as a possible ZIP bomb" in response.content.decode()
    assert H5PActivity.objects.count() == 0
    assert not (media_root / "h5p" / "unpacked").exists()


@override_settings(H5P_MAX_COMPRESSION_RATIO=2000)
def test_compression_ratio_limit_is_a_setting():
    package = package_with({"content/zeros.txt": b"\0" * (2 * 1024 * 1024)})
    assert validate_package(io.BytesIO(package)).main_library == "H5P.NeglectQuiz"


def test_ordinary_media_is_not_mistaken_for_a_bomb():
    noise = random.Random(7).randbytes(2 * 1024 * 1024)  # compresses no better than video
    package = package_with({"content/video.mp4": noise})
    assert validate_package(io.BytesIO(package)).main_library == "H5P.NeglectQuiz"


def test_old_unpacked_folder_is_deleted_after_replacement(
    admin_client, media_root, django_capture_on_commit_callbacks
):
    upload(admin_client, good_package(), title="Quiz")
    activity = H5PActivity.objects.get()
    old_folder = activity.unpacked_folder
    assert (media_root / old_folder / "h5p.json").exists()

    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            f"/admin/snippets/courses/h5pactivity/edit/{activity.pk}/",
            {
                "title": "Quiz",
                "package": SimpleUploadedFile("quiz2.h5p", package_with({"content/v2.txt": b"2"})),
            },
        )

    assert response.status_code == 302
    activity.refresh_from_db()
    assert (media_root / activity.unpacked_folder / "content" / "v2.txt").exists()
    assert not (media_root / old_folder).exists()


def test_folder_another_activity_still_uses_is_kept(
    admin_client, media_root, django_capture_on_commit_callbacks
):
    package = good_package()
    upload(admin_client, package, title="First")
    upload(admin_client, package, title="Second")  # the same package: the same folder
    first, second = H5PActivity.objects.order_by("pk")
    assert first.unpacked_folder == second.unpacked_folder

    with django_capture_on_commit_callbacks(execute=True):
        admin_client.post(
            f"/admin/snippets/courses/h5pactivity/edit/{first.pk}/",
            {
                "title": "First",
                "package": SimpleUploadedFile("v2.h5p", package_with({"content/v2.txt": b"2"})),
            },
        )

    assert (media_root / second.unpacked_folder / "h5p.json").exists()


def test_reinstalling_through_the_service_deletes_the_old_folder(
    media_root, django_capture_on_commit_callbacks
):
    activity = H5PActivityFactory()
    old_folder = activity.unpacked_folder
    activity.package = ContentFile(package_with({"content/v2.txt": b"2"}), name="v2.h5p")
    activity.save()

    with django_capture_on_commit_callbacks(execute=True):
        h5p_activity_install_package(activity=activity)

    assert activity.unpacked_folder != old_folder
    assert not (media_root / old_folder).exists()


def test_deleting_an_activity_deletes_its_unpacked_folder(
    admin_client, media_root, django_capture_on_commit_callbacks
):
    upload(admin_client, good_package(), title="Quiz")
    activity = H5PActivity.objects.get()

    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(f"/admin/snippets/courses/h5pactivity/delete/{activity.pk}/")

    assert response.status_code == 302
    assert not H5PActivity.objects.exists()
    assert not (media_root / activity.unpacked_folder).exists()
