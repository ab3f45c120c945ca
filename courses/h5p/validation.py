"""Checks an uploaded `.h5p` before anything of it is kept.

An `.h5p` is a ZIP holding `h5p.json`, a `content/` folder and one folder per library
(`<machineName>-<major>.<minor>/library.json`): https://h5p.org/documentation/developers/h5p-specification
Every check runs and every failure is reported, so a trainer fixes a package in one go.
Sizes and compression ratios are judged from the ZIP's central directory without
inflating anything; the unpacker (`courses.h5p.storage`) also counts the bytes it
actually reads, so a header that lies about sizes cannot fill the disk either.
"""

from __future__ import annotations

import io
import json
import re
import stat
import zipfile
from dataclasses import dataclass, field
from pathlib import PurePosixPath
from typing import IO

from django.conf import settings

from courses.exceptions import PackageRejected
from courses.h5p.media import ExternalMedia, external_media

# The H5P specification's whitelist (h5p-php-library's default "content" extensions), less
# `swf`: Flash is unsupported everywhere and only a risk. Libraries may also hold JS and CSS.
CONTENT_EXTENSIONS = frozenset(
    {
        "json",
        "png",
        "jpg",
        "jpeg",
        "gif",
        "bmp",
        "tif",
        "tiff",
        "svg",
        "eot",
        "ttf",
        "woff",
        "woff2",
        "otf",
        "webm",
        "mp4",
        "ogg",
        "mp3",
        "m4a",
        "wav",
        "txt",
        "pdf",
        "rtf",
        "doc",
        "docx",
        "xls",
        "xlsx",
        "ppt",
        "pptx",
        "odt",
        "ods",
        "odp",
        "xml",
        "csv",
        "diff",
        "patch",
        "md",
        "textile",
        "vtt",
        "webvtt",
        "gltf",
        "glb",
    }
)
LIBRARY_EXTENSIONS = CONTENT_EXTENSIONS | {"js", "css"}

# Files archive tools add that H5P itself ignores; they are skipped, never unpacked.
IGNORED_PREFIXES = ("__MACOSX/",)

LIBRARY_FOLDER = re.compile(r"^(?P<name>[A-Za-z0-9_.\-]+)-(?P<major>\d+)\.(?P<minor>\d+)$")
MACHINE_NAME = re.compile(r"^[A-Za-z0-9_.\-]+$")


def max_total_bytes() -> int:
    return getattr(settings, "H5P_MAX_UNCOMPRESSED_BYTES", 200 * 1024 * 1024)


def max_files() -> int:
    return getattr(settings, "H5P_MAX_FILES", 2000)


def max_compression_ratio() -> int:
    return getattr(settings, "H5P_MAX_COMPRESSION_RATIO", 100)


# Below this many inflated bytes a ratio is not judged: a small, very repetitive file (a
# blank JSON template, padding in a font) is harmless however well it compresses.
RATIO_FLOOR_BYTES = 1024 * 1024


def _ratio_problems(infos: list[zipfile.ZipInfo], archive_bytes: int) -> list[str]:
    """ZIP bombs, told from the central directory before anything is inflated: an entry,
    or the archive as a whole, that inflates to absurdly more than it takes up. Deflate
    tops out near 1,000:1 and real packages are near 1:1 (media) to 10:1 (JSON, script),
    so anything over H5P_MAX_COMPRESSION_RATIO (100 by default) is refused. The archive's
    own size is the measure for the whole, so entries sharing compressed data (an
    overlapping-entry bomb) are caught too."""
    limit = max_compression_ratio()
    problems = []
    for info in infos:
        if info.file_size > RATIO_FLOOR_BYTES and (
            info.compress_size <= 0 or info.file_size / info.compress_size > limit
        ):
            ratio = info.file_size // max(info.compress_size, 1)
            problems.append(
                f"'{info.filename}' would inflate to {ratio} times its compressed size "
                f"(the limit is {limit}): refused as a possible ZIP bomb"
            )
    total = sum(info.file_size for info in infos)
    if total > RATIO_FLOOR_BYTES and total / max(archive_bytes, 1) > limit:
        problems.append(
            f"The package would inflate to {total // max(archive_bytes, 1)} times its own size "
            f"(the limit is {limit}): refused as a possible ZIP bomb"
        )
    return problems


@dataclass(frozen=True)
class H5PPackageInfo:
    """What a valid package holds, read from its `h5p.json`."""

    title: str
    main_library: str
    libraries: list[str] = field(default_factory=list)
    files: list[str] = field(default_factory=list)
    total_bytes: int = 0
    # Library files of a type we never serve (Course Presentation's downloadify.swf):
    # left out when unpacking, not a reason to refuse the package.
    skipped: list[str] = field(default_factory=list)
    # Media content.json plays from other hosts (courses.h5p.media).
    external_media: list[ExternalMedia] = field(default_factory=list)


# The newest H5P core API our player (h5p-standalone 3.8, H5P core 1.24) provides; a
# library that needs a newer one would fail for learners (library.json `coreApi`).
CORE_API = (1, 24)


def is_skipped(name: str) -> bool:
    """A library file of a type we never serve: left out, the package still accepted."""
    path = PurePosixPath(name)
    in_library = len(path.parts) > 1 and LIBRARY_FOLDER.match(path.parts[0])
    return bool(in_library) and path.suffix.lower().lstrip(".") not in LIBRARY_EXTENSIONS


def is_ignored(name: str) -> bool:
    """Entries H5P ignores too: folders, archive-tool leftovers and hidden files."""
    return (
        name.endswith("/")
        or name.startswith(IGNORED_PREFIXES)
        or any(part.startswith(".") for part in name.split("/") if part)
    )


def _is_symlink(info: zipfile.ZipInfo) -> bool:
    # Unix tools keep the file mode in the high 16 bits of external_attr.
    return info.create_system == 3 and stat.S_ISLNK(info.external_attr >> 16)


def _path_problem(name: str) -> str | None:
    if name.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", name):
        return f"'{name}' is an absolute path: every file must sit inside the package"
    if "\\" in name:
        return f"'{name}' uses backslashes: paths in a package must use '/'"
    if ".." in PurePosixPath(name).parts:
        return f"'{name}' climbs out of its folder with '..'"
    return None


def _read_json(archive: zipfile.ZipFile, name: str, reasons: list[str], limit: int) -> dict | None:
    try:
        info = archive.getinfo(name)
    except KeyError:
        return None
    if info.file_size > limit:
        reasons.append(f"'{name}' is larger than {limit} bytes, too large for a JSON file")
        return None
    try:
        with archive.open(info) as handle:
            data = json.loads(handle.read(limit + 1)[:limit].decode("utf-8"))
    except (ValueError, UnicodeDecodeError, zipfile.BadZipFile, OSError) as error:
        reasons.append(f"'{name}' is not valid JSON ({error.__class__.__name__})")
        return None
    if not isinstance(data, dict):
        reasons.append(f"'{name}' must hold a JSON object")
        return None
    return data


def _library_problems(folder: str, library: dict, names: set[str]) -> list[str]:
    """A library's preloaded scripts and styles must be in the package (else the content
    fails for learners), and the core API it needs must be one our player provides."""
    problems = []
    for key in ("preloadedJs", "preloadedCss"):
        for item in library.get(key) or []:
            path = item.get("path") if isinstance(item, dict) else None
            if not isinstance(path, str) or f"{folder}/{path}" not in names:
                problems.append(f"{folder}/library.json: {key} names '{path}', not in the package")
    core = library.get("coreApi")
    if isinstance(core, dict):
        try:
            needed = (int(core.get("majorVersion", 1)), int(core.get("minorVersion", 0)))
        except (TypeError, ValueError):
            needed = (0, 0)
            problems.append(f"{folder}/library.json: coreApi must give whole version numbers")
        if needed > CORE_API:
            problems.append(
                f"{folder}/library.json: needs H5P core API {needed[0]}.{needed[1]}; our "
                f"player provides {CORE_API[0]}.{CORE_API[1]}"
            )
    return problems


def _dependency_folder(dep: object, where: str, reasons: list[str]) -> str | None:
    if not isinstance(dep, dict):
        reasons.append(
            f"{where}: each dependency must be an object with machineName, "
            "majorVersion and minorVersion"
        )
        return None
    name, major, minor = dep.get("machineName"), dep.get("majorVersion"), dep.get("minorVersion")
    if not (isinstance(name, str) and MACHINE_NAME.match(name)) or not all(
        isinstance(v, int) or (isinstance(v, str) and v.isdigit()) for v in (major, minor)
    ):
        reasons.append(f"{where}: a dependency needs machineName, majorVersion and minorVersion")
        return None
    return f"{name}-{int(major)}.{int(minor)}"


def validate_package(file: IO[bytes]) -> H5PPackageInfo:
    """Check an uploaded `.h5p` and describe it, or raise PackageRejected with every reason."""
    reasons: list[str] = []
    file.seek(0, io.SEEK_END)
    archive_bytes = file.tell()
    file.seek(0)
    if not zipfile.is_zipfile(file):
        raise PackageRejected(errors=["The file is not a ZIP archive: an .h5p file must be a ZIP"])
    file.seek(0)
    try:
        archive = zipfile.ZipFile(file)
    except (zipfile.BadZipFile, OSError) as error:
        raise PackageRejected(errors=[f"The ZIP archive cannot be read ({error})"]) from error

    with archive:
        infos = [info for info in archive.infolist() if not is_ignored(info.filename)]
        names = {info.filename for info in infos}

        # Sizes and counts come from the central directory: nothing is inflated yet.
        if len(infos) > max_files():
            reasons.append(f"The package holds {len(infos)} files; the limit is {max_files()}")
        total = sum(info.file_size for info in infos)
        if total > max_total_bytes():
            reasons.append(
                f"The package would unpack to {total} bytes; the limit is {max_total_bytes()} bytes"
            )
        reasons.extend(_ratio_problems(infos, archive_bytes))

        for info in archive.infolist():
            problem = _path_problem(info.filename)
            if problem:
                reasons.append(problem)
            if _is_symlink(info):
                reasons.append(f"'{info.filename}' is a symbolic link: links are not allowed")

        skipped = sorted(info.filename for info in infos if is_skipped(info.filename))
        for info in infos:
            path = PurePosixPath(info.filename)
            extension = path.suffix.lower().lstrip(".")
            in_library = len(path.parts) > 1 and LIBRARY_FOLDER.match(path.parts[0])
            if not in_library and extension not in CONTENT_EXTENSIONS:
                reasons.append(
                    f"'{info.filename}' has a file type H5P does not allow in content "
                    f"('.{extension}')"
                    if extension
                    else f"'{info.filename}' has no file extension, which H5P does not allow"
                )

        json_limit = 1024 * 1024
        content = None
        manifest = _read_json(archive, "h5p.json", reasons, json_limit)
        if "h5p.json" not in names:
            reasons.append("h5p.json is missing: every .h5p package has one at its top level")
        if "content/content.json" not in names:
            reasons.append("content/content.json is missing: the package has no content")
        else:
            content = _read_json(archive, "content/content.json", reasons, max_total_bytes())

        title, main_library, libraries = "", "", []
        if manifest is not None:
            title = manifest.get("title") if isinstance(manifest.get("title"), str) else ""
            main_library = manifest.get("mainLibrary")
            deps = manifest.get("preloadedDependencies")
            if not title.strip():
                reasons.append("h5p.json: 'title' is required")
            if not (isinstance(main_library, str) and main_library):
                reasons.append("h5p.json: 'mainLibrary' is required")
                main_library = ""
            if not isinstance(deps, list) or not deps:
                reasons.append("h5p.json: 'preloadedDependencies' must be a non-empty list")
                deps = []
            # Follow dependencies through each library's own library.json.
            pending = [(dep, "h5p.json preloadedDependencies") for dep in deps]
            seen: set[str] = set()
            while pending:
                dep, where = pending.pop(0)
                folder = _dependency_folder(dep, where, reasons)
                if folder is None or folder in seen:
                    continue
                seen.add(folder)
                libraries.append(folder)
                library = _read_json(archive, f"{folder}/library.json", reasons, json_limit)
                if f"{folder}/library.json" not in names:
                    reasons.append(
                        f"The library {folder} is missing: '{folder}/library.json' is not in "
                        "the package"
                    )
                    continue
                if library is None:
                    continue
                missing = [
                    key
                    for key in (
                        "title",
                        "machineName",
                        "majorVersion",
                        "minorVersion",
                        "patchVersion",
                    )
                    if key not in library
                ]
                if missing:
                    reasons.append(f"{folder}/library.json: missing {', '.join(missing)}")
                elif (
                    f"{library['machineName']}-{library['majorVersion']}."
                    f"{library['minorVersion']}" != folder
                ):
                    reasons.append(
                        f"{folder}/library.json: machineName and version do not match the "
                        "folder name"
                    )
                reasons.extend(_library_problems(folder, library, names))
                for sub in library.get("preloadedDependencies") or []:
                    pending.append((sub, f"{folder}/library.json preloadedDependencies"))
            if main_library and not any(
                folder.rsplit("-", 1)[0] == main_library for folder in libraries
            ):
                reasons.append(
                    f"h5p.json: mainLibrary '{main_library}' is not among preloadedDependencies"
                )

    if reasons:
        raise PackageRejected(errors=list(dict.fromkeys(reasons)))
    return H5PPackageInfo(
        title=title.strip(),
        main_library=main_library,
        libraries=libraries,
        files=sorted(names - set(skipped)),
        total_bytes=total,
        skipped=skipped,
        external_media=external_media(content),
    )
