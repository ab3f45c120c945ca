"""Media a package plays from another site (a YouTube video, an image on a CDN).

H5P content keeps every file it shows as an object with a `path` (and usually a `mime`)
in `content/content.json`: a relative path for a file inside the package, a full URL for
one on another host (https://h5p.org/documentation/developers/json-file-definitions).
The isolated player's policy lets such media in only from the hosts an operator lists in
`H5P_MEDIA_HOSTS`; media from any other host would be blocked silently, so trainers are
warned at upload and learners are told in the lesson what they will not see.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from urllib.parse import urlsplit

from django.conf import settings
from django.core.files.storage import default_storage

# Read from the package's own copy, never trusted to be small: the validator has already
# refused a content.json over the package's size limit.
CONTENT_JSON = "content/content.json"
KINDS = {"video": "a video", "audio": "an audio clip", "image": "an image"}


@dataclass(frozen=True)
class ExternalMedia:
    """One media file content.json points at on another host."""

    url: str
    host: str
    kind: str  # "video", "audio", "image" or "file"

    @property
    def described(self) -> str:
        """ "a video" / "an image": how the notes to trainers and learners name it."""
        return KINDS.get(self.kind, "a media file")


def _kind(mime: object, key: str) -> str:
    if isinstance(mime, str) and mime.split("/", 1)[0].lower() in KINDS:
        return mime.split("/", 1)[0].lower()
    return "image" if key == "image" else "file"


def external_media(content: object) -> list[ExternalMedia]:
    """Every http(s) media source in parsed content.json, in order, without repeats."""
    found: dict[str, ExternalMedia] = {}

    def walk(node: object, key: str = "") -> None:
        if isinstance(node, dict):
            path = node.get("path")
            if isinstance(path, str) and path.lower().startswith(("http://", "https://")):
                host = (urlsplit(path).hostname or "").lower()
                if host and path not in found:
                    found[path] = ExternalMedia(
                        url=path, host=host, kind=_kind(node.get("mime"), key)
                    )
            for name, value in node.items():
                walk(value, name)
        elif isinstance(node, list):
            for value in node:
                walk(value, key)

    walk(content)
    return list(found.values())


def media_hosts() -> list[str]:
    """The hosts the player may show media from (setting H5P_MEDIA_HOSTS), lower case."""
    return [host.lower() for host in getattr(settings, "H5P_MEDIA_HOSTS", []) if host]


def media_blocked(media: list[ExternalMedia]) -> list[ExternalMedia]:
    """The media the player's policy will not let in: hosts not in H5P_MEDIA_HOSTS."""
    allowed = set(media_hosts())
    return [item for item in media if item.host not in allowed]


def blocked_hosts(media: list[ExternalMedia]) -> list[str]:
    """The hosts of blocked media, each once, in the order the content uses them."""
    return list(dict.fromkeys(item.host for item in media_blocked(media)))


def unpacked_external_media(unpacked_folder: str) -> list[ExternalMedia]:
    """The external media of an unpacked package, read from its stored content.json."""
    if not unpacked_folder:
        return []
    try:
        with default_storage.open(f"{unpacked_folder}/{CONTENT_JSON}") as handle:
            content = json.load(handle)
    except (OSError, ValueError):
        return []
    return external_media(content)
