"""Helpers for certificate tests: courses made under the home page, completions through
`learning.services.course_completion_record` (the real path that sends the signal)."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest
from allauth.mfa.models import Authenticator

from courses.catalogue.models import CourseIndexPage, CoursePage


@pytest.fixture(autouse=True)
def _media_root(settings, tmp_path):
    """Each test stores its public media and its private PDFs in folders of its own."""
    settings.MEDIA_ROOT = str(tmp_path / "media")
    settings.PRIVATE_MEDIA_ROOT = str(tmp_path / "private")
    settings.CERTIFICATES_BASE_URL = "https://learning.example.org"


@pytest.fixture
def make_course(home_page):
    def make(title: str = "Understanding child neglect", **fields) -> CoursePage:
        index = CourseIndexPage.objects.first()
        if index is None:
            index = CourseIndexPage(title="Courses", slug="courses")
            home_page.add_child(instance=index)
            index.save_revision().publish()
        fields.setdefault("summary", "A course.")
        fields.setdefault("cpd_minutes", 90)
        fields.setdefault("validity_months", 36)
        course = CoursePage(title=title, slug=title.lower().replace(" ", "-")[:50], **fields)
        index.add_child(instance=course)
        course.save_revision().publish()
        return course

    return make


@pytest.fixture
def with_mfa():
    def give(user):
        Authenticator.objects.create(user=user, type=Authenticator.Type.TOTP, data={"secret": "x"})
        return user

    return give


def files_under(folder) -> list[str]:
    """Every file below a folder, as paths relative to it."""
    root = Path(folder)
    return sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.is_file())


def pdf_text(field_file) -> str:
    """The text of a stored PDF as pdftotext reads it (so it is real, selectable text)."""
    assert shutil.which("pdftotext"), "poppler-utils' pdftotext is needed"
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "certificate.pdf"
        with field_file.open("rb") as handle:
            path.write_bytes(handle.read())
        return subprocess.run(
            ["pdftotext", "-layout", str(path), "-"], capture_output=True, check=True, text=True
        ).stdout
