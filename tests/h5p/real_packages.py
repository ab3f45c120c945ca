"""Real `.h5p` packages from public H5P examples, read from a folder outside the repository.

Three of them ship in `tests/h5p/real/` (Multiple Choice, True/False and Course
Presentation: what the browser journeys build on), so CI always plays real content types;
the rest are read from `var/h5p-examples/` (or the folder H5P_EXAMPLES_DIR names) where
someone has put them. The ones these tests were
written against are the H5P hub examples kept as test data by Lumi's H5P-Nodejs-library
(github.com/Lumieducation/H5P-Nodejs-library, `packages/h5p-html-exporter/test/data/
hub-content/` and `packages/h5p-server/test/data/hub-content/`) and h5p-standalone's own
`test/h5p-test.h5p` (saved as `standalone-TrueFalse.h5p`). A test that needs a package
which is not there is skipped, and says which file is missing and where it comes from.
"""

from __future__ import annotations

import io
import json
import os
import zipfile
from pathlib import Path

import pytest

from django.core.files.base import ContentFile

EXAMPLES = Path(
    os.environ.get("H5P_EXAMPLES_DIR", Path(__file__).resolve().parents[2] / "var" / "h5p-examples")
)
SHIPPED = Path(__file__).resolve().parent / "real"
SOURCE = (
    "Lumieducation/H5P-Nodejs-library packages/h5p-html-exporter/test/data/hub-content/ "
    "(or packages/h5p-server/test/data/hub-content/)"
)


def real_package_names() -> list[str]:
    """Every real package present, by file name (an empty list if none were fetched)."""
    folders = [folder for folder in (EXAMPLES, SHIPPED) if folder.is_dir()]
    return sorted({path.name for folder in folders for path in folder.glob("*.h5p")})


def real_package_bytes(name: str) -> bytes:
    path = EXAMPLES / name if (EXAMPLES / name).is_file() else SHIPPED / name
    if not path.is_file():
        pytest.skip(f"real H5P package {name} is not in {EXAMPLES}: copy it from {SOURCE}")
    return path.read_bytes()


def real_package(name: str, *, main_embed_types: list[str] | None = None) -> ContentFile:
    """A real package as an upload; with `main_embed_types`, the same package with its main
    library's library.json declaring those embedTypes (H5P's "div" or "iframe")."""
    data = real_package_bytes(name)
    if main_embed_types is not None:
        data = _with_main_embed_types(data, main_embed_types)
    return ContentFile(data, name=name)


def _with_main_embed_types(data: bytes, embed_types: list[str]) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(data))
    main = json.loads(source.read("h5p.json"))["mainLibrary"]
    buffer = io.BytesIO()
    with source, zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = source.read(info)
            folder, _, rest = info.filename.partition("/")
            if rest == "library.json" and folder.rsplit("-", 1)[0] == main:
                library = json.loads(content)
                library["embedTypes"] = embed_types
                content = json.dumps(library).encode()
            target.writestr(info.filename, content)
    return buffer.getvalue()


def _library_folders(archive: zipfile.ZipFile) -> dict[str, dict]:
    """library.json of every library folder in the package, by folder name."""
    return {
        name.split("/")[0]: json.loads(archive.read(name))
        for name in archive.namelist()
        if name.count("/") == 1 and name.endswith("/library.json")
    }


def _folder(dependency: dict) -> str:
    return (
        f"{dependency['machineName']}-{int(dependency['majorVersion'])}."
        f"{int(dependency['minorVersion'])}"
    )


def pruned_package(name: str, *, keep: list[str], content: dict, title: str) -> bytes:
    """A small package made of a real one's parts: only the libraries `keep` (folder names,
    the main library first) and what they depend on, with our own content.json."""
    source = zipfile.ZipFile(io.BytesIO(real_package_bytes(name)))
    libraries = _library_folders(source)
    needed: list[str] = []
    pending = list(keep)
    while pending:
        folder = pending.pop(0)
        if folder in needed:
            continue
        needed.append(folder)
        pending.extend(_folder(dep) for dep in libraries[folder].get("preloadedDependencies", []))
    manifest = json.loads(source.read("h5p.json"))
    manifest.update(
        title=title,
        mainLibrary=libraries[keep[0]]["machineName"],
        preloadedDependencies=[
            {
                "machineName": libraries[folder]["machineName"],
                "majorVersion": str(libraries[folder]["majorVersion"]),
                "minorVersion": str(libraries[folder]["minorVersion"]),
            }
            for folder in needed
        ],
    )
    buffer = io.BytesIO()
    with source, zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        target.writestr("h5p.json", json.dumps(manifest))
        target.writestr("content/content.json", json.dumps(content))
        for info in source.infolist():
            if info.filename.split("/")[0] in needed and not info.is_dir():
                target.writestr(info.filename, source.read(info))
    return buffer.getvalue()


def _multiple_choice_params() -> dict:
    """A real MultiChoice 1.14's own settings (from the example), with our question."""
    example = json.loads(
        zipfile.ZipFile(io.BytesIO(real_package_bytes("H5P.MultiChoice.h5p"))).read(
            "content/content.json"
        )
    )
    example.pop("media", None)
    example["question"] = "<p>A child is often left alone at home overnight. Is this neglect?</p>"
    example["answers"] = [
        {"correct": True, "text": "<div>Yes: share your concern today</div>"},
        {"correct": False, "text": "<div>No: it is a private family matter</div>"},
    ]
    example["behaviour"]["randomAnswers"] = False
    return example


def course_presentation_with_question() -> ContentFile:
    """A one-slide Course Presentation (1.22, on EmbeddedJS through MultiChoice 1.14) made
    from the real example's libraries, its slide holding one multiple-choice question.
    The example itself is 3 MB of every element type with empty questions."""
    name = "H5P.CoursePresentation.h5p"
    example = json.loads(
        zipfile.ZipFile(io.BytesIO(real_package_bytes(name))).read("content/content.json")
    )
    example["presentation"]["slides"] = [
        {
            "elements": [
                {
                    "x": 2,
                    "y": 2,
                    "width": 96,
                    "height": 96,
                    "action": {
                        "library": "H5P.MultiChoice 1.14",
                        "params": _multiple_choice_params(),
                        "metadata": {"contentType": "Multiple Choice", "license": "U"},
                        "subContentId": "5d0c1a1e-5f6c-4a61-9d2e-6a4f3c1b2a10",
                    },
                    "alwaysDisplayComments": False,
                    "backgroundOpacity": 0,
                    "displayAsButton": False,
                    "buttonSize": "big",
                    "goToSlideType": "specified",
                    "invisible": False,
                    "solution": "",
                }
            ],
            "keywords": [{"main": "Home alone"}],
            "slideBackgroundSelector": {},
        }
    ]
    data = pruned_package(
        name,
        keep=["H5P.CoursePresentation-1.22", "H5P.MultiChoice-1.14"],
        content=example,
        title="Recognising neglect: a short presentation",
    )
    return ContentFile(data, name="course-presentation.h5p")


def multiple_choice_question() -> ContentFile:
    """The real MultiChoice 1.14 example (EmbeddedJS) with our question in it."""
    data = pruned_package(
        "H5P.MultiChoice.h5p",
        keep=["H5P.MultiChoice-1.14"],
        content=_multiple_choice_params(),
        title="Recognising neglect: one question",
    )
    return ContentFile(data, name="multiple-choice.h5p")
