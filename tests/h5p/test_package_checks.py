"""Package checks for what trainers bring (issue 17): content.json must parse, each
library's preloaded scripts and styles must be in the package, its core API must be one
our player provides, and library files we never serve (Course Presentation's
downloadify.swf) are left out rather than refusing the package."""

from __future__ import annotations

import io
import json

from django.core.files.storage import FileSystemStorage

from courses.h5p.demo import demo_package_files
from courses.h5p.storage import unpack_package
from courses.h5p.validation import validate_package
from tests.h5p.packages import package_with
from tests.h5p.test_packages import reasons_for

LIBRARY = "H5P.NeglectQuiz-1.0"


def _library_with(**changes) -> dict[str, bytes]:
    library = json.loads(demo_package_files()[f"{LIBRARY}/library.json"])
    library.update(changes)
    return {f"{LIBRARY}/library.json": json.dumps(library).encode()}


def test_content_json_that_does_not_parse_is_refused():
    reasons = reasons_for(package_with({"content/content.json": b"{not json"}))
    assert "'content/content.json' is not valid JSON (JSONDecodeError)" in reasons


def test_a_missing_preloaded_script_or_style_is_refused():
    reasons = reasons_for(package_with(without=(f"{LIBRARY}/neglect-quiz.js",)))
    assert (
        f"{LIBRARY}/library.json: preloadedJs names 'neglect-quiz.js', not in the package"
        in reasons
    )
    reasons = reasons_for(package_with(without=(f"{LIBRARY}/neglect-quiz.css",)))
    assert any("preloadedCss names 'neglect-quiz.css'" in r for r in reasons)


def test_a_library_needing_a_newer_core_api_is_refused():
    reasons = reasons_for(
        package_with(_library_with(coreApi={"majorVersion": 1, "minorVersion": 99}))
    )
    assert any("needs H5P core API 1.99; our player provides 1.24" in r for r in reasons)
    ok = package_with(_library_with(coreApi={"majorVersion": 1, "minorVersion": 19}))
    assert validate_package(io.BytesIO(ok)).main_library == "H5P.NeglectQuiz"


def test_a_library_file_we_never_serve_is_skipped_not_fatal(tmp_path):
    swf = f"{LIBRARY}/downloadify.swf"
    package = package_with({swf: b"FWS flash"})

    info = validate_package(io.BytesIO(package))
    storage = FileSystemStorage(location=tmp_path)
    folder = unpack_package(io.BytesIO(package), storage=storage)

    assert info.skipped == [swf]
    assert swf not in info.files
    assert not storage.exists(f"{folder}/{swf}")
    assert storage.exists(f"{folder}/{LIBRARY}/neglect-quiz.js")
