"""Every real H5P package we have (tests/h5p/real_packages.py) passes validation, and what
validation reads from it is right: the main library, the library files left out, and the
media it plays from another host. Playing each one is tests/browser/test_h5p_real_packages.py."""

from __future__ import annotations

import io
import json
import zipfile

import pytest

from courses.h5p.validation import validate_package

from .real_packages import real_package_bytes, real_package_names

PACKAGES = real_package_names() or ["H5P.*.h5p"]
IV_VIDEO = "https://h5p.org/sites/default/files/h5p/iv.mp4"


@pytest.mark.parametrize("name", PACKAGES)
def test_real_package_is_accepted_and_described(name):
    data = real_package_bytes(name)
    manifest = json.loads(zipfile.ZipFile(io.BytesIO(data)).read("h5p.json"))

    info = validate_package(io.BytesIO(data))

    assert info.main_library == manifest["mainLibrary"]
    assert info.title == manifest["title"].strip()
    assert "content/content.json" in info.files


def test_course_presentation_is_accepted_without_its_flash_file():
    info = validate_package(io.BytesIO(real_package_bytes("H5P.CoursePresentation.h5p")))

    assert info.skipped == ["downloadify-1.0/resources/downloadify.swf"]
    assert "EmbeddedJS-1.0" in info.libraries


@pytest.mark.parametrize("name", ["H5P.InteractiveVideo.h5p", "H5P.CoursePresentation.h5p"])
def test_video_on_another_host_is_found_in_real_content(name):
    info = validate_package(io.BytesIO(real_package_bytes(name)))

    assert [(m.url, m.host, m.kind) for m in info.external_media] == [
        (IV_VIDEO, "h5p.org", "video")
    ]


def test_copyright_links_are_not_mistaken_for_media():
    # Its content names sources on commons.wikimedia.org and flickr, as licence credits.
    info = validate_package(io.BytesIO(real_package_bytes("H5P.PersonalityQuiz.h5p")))

    assert info.external_media == []
