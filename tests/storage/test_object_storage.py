"""Every file in S3-compatible object storage when the environment names the buckets
(issue #18): images, documents and H5P content in the media bucket, certificates in the
private bucket, each reached through the same permission-checked views as on one machine.
Runs against moto's S3 server (conftest), not a mock of django-storages."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit
from urllib.request import urlopen

import pytest

from django.core.exceptions import ImproperlyConfigured
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage, storages
from django.core.management import call_command
from django.test import Client
from django.urls import reverse

from wagtail.documents import get_document_model
from wagtail.models import Collection

from certificates.models import Certificate
from courses.catalogue.models import CourseIndexPage, CoursePage
from learning.progress.services import course_completion_record
from tests.factories import H5PActivityFactory, UserFactory
from tests.h5p.pages import launch_token, lesson_with_activity

from .conftest import MEDIA_BUCKET, PRIVATE_BUCKET, keys

pytestmark = pytest.mark.django_db(transaction=True)


def make_course(home) -> CoursePage:
    index = CourseIndexPage(title="Courses", slug="courses")
    home.add_child(instance=index)
    index.save_revision().publish()
    course = CoursePage(
        title="Understanding child neglect",
        slug="understanding-child-neglect",
        summary="A course.",
        cpd_minutes=90,
        validity_months=36,
    )
    index.add_child(instance=course)
    course.save_revision().publish()
    return course


def test_certificate_pdf_goes_to_the_private_bucket_and_only_its_view_hands_it_out(
    s3, home_page, client
):
    learner = UserFactory()
    completion, _ = course_completion_record(learner=learner, course=make_course(home_page))
    certificate = Certificate.objects.get(completion=completion)

    assert keys(s3, PRIVATE_BUCKET) == [certificate.pdf.name]
    assert keys(s3, MEDIA_BUCKET) == []
    client.force_login(learner)
    response = client.get(reverse("certificates:download", args=[certificate.pk]))
    assert response.status_code == 200
    assert b"".join(response.streaming_content).startswith(b"%PDF-")
    client.force_login(UserFactory())
    assert client.get(reverse("certificates:download", args=[certificate.pk])).status_code == 403


def test_a_private_file_url_is_signed_and_expires_in_five_minutes(s3):
    name = storages["private"].save("exports/report.zip", ContentFile(b"zip bytes"))

    url = storages["private"].url(name)

    query = parse_qs(urlsplit(url).query)
    assert query["X-Amz-Expires"] == ["300"]
    assert "X-Amz-Signature" in query
    with urlopen(url, timeout=5) as answer:  # noqa: S310
        assert answer.read() == b"zip bytes"
    assert urlsplit(url).path == f"/{PRIVATE_BUCKET}/{name}"


def test_h5p_package_is_unpacked_into_the_media_bucket_and_played_from_it(s3, home_page, client):
    activity = H5PActivityFactory()
    stored = keys(s3, MEDIA_BUCKET)
    assert activity.package.name in stored
    assert f"{activity.unpacked_folder}/h5p.json" in stored
    learner = UserFactory()
    client.force_login(learner)
    token = launch_token(client, lesson_with_activity(home_page, activity))

    response = Client(HTTP_ORIGIN="null").get(
        f"/h5p/activities/{activity.pk}/files/{token}/h5p.json"
    )

    assert response.status_code == 200
    assert b"".join(response.streaming_content).startswith(b"{")


def test_documents_are_stored_in_the_media_bucket_and_streamed_by_their_view(s3, client):
    if not Collection.objects.exists():  # a transactional test starts with empty tables
        Collection.add_root(name="Root")
    document = get_document_model().objects.create(
        title="Threshold document", file=ContentFile(b"threshold text", name="threshold.txt")
    )

    assert keys(s3, MEDIA_BUCKET) == [document.file.name]
    response = client.get(reverse("wagtaildocs_serve", args=[document.pk, document.filename]))
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"threshold text"
    assert default_storage.exists(document.file.name)


def test_object_storage_passes_the_system_checks(s3):
    call_command("check", "--fail-level", "WARNING")


@pytest.mark.parametrize(
    ("media", "private"),
    [("neglect-media", ""), ("", "neglect-private"), ("same-bucket", "same-bucket")],
)
def test_half_configured_object_storage_refuses_to_start(monkeypatch, media, private):
    from cms.settings.base import object_storages

    monkeypatch.setenv("AWS_STORAGE_BUCKET_NAME", media)
    monkeypatch.setenv("AWS_PRIVATE_BUCKET_NAME", private)

    with pytest.raises(ImproperlyConfigured, match="two different buckets"):
        object_storages()


def test_without_buckets_files_stay_on_this_machine(monkeypatch):
    from cms.settings.base import object_storages

    monkeypatch.delenv("AWS_STORAGE_BUCKET_NAME", raising=False)
    monkeypatch.delenv("AWS_PRIVATE_BUCKET_NAME", raising=False)

    assert object_storages() == {}
