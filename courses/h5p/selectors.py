"""Reads about H5P activities placed in lessons."""

from __future__ import annotations

import re
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache

from wagtail.models import Page

from courses.h5p.media import ExternalMedia, media_blocked, unpacked_external_media

# The State document our player writes when a package fails to build for a learner: the
# failure reaches the trainer through the xAPI path the player already uses (scoped by
# its launch token), and learning.course_results counts it.
LOAD_FAILURE_STATE_ID = "nml-load-failure"


@dataclass(frozen=True)
class PlacedActivity:
    activity_id: int
    required: bool
    min_score: float


def activities_in_lesson(lesson) -> list[PlacedActivity]:
    """The H5P activities a lesson's body places, read from its raw data (no queries)."""
    placed = []
    for block in lesson.body.raw_data:
        if block.get("type") != "h5p":
            continue
        value = block.get("value") or {}
        if value.get("activity"):
            placed.append(
                PlacedActivity(
                    activity_id=int(value["activity"]),
                    required=bool(value.get("required", True)),
                    min_score=float(value.get("min_score") or 0),
                )
            )
    return placed


def lesson_places_activity(*, lesson_id: int, activity_id: int) -> bool:
    """Whether a live lesson places the activity (the rule for letting learners play it)."""
    lesson = Page.objects.live().filter(pk=lesson_id).specific().first()
    if lesson is None or not hasattr(lesson, "body"):
        return False
    return any(placed.activity_id == activity_id for placed in activities_in_lesson(lesson))


def site_iri() -> str:
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/")


def activity_iri(activity_id: int) -> str:
    """The xAPI object id for an activity: statements about it use exactly this IRI."""
    return f"{site_iri()}/h5p/activities/{activity_id}"


def lesson_iri(lesson_id: int) -> str:
    """The xAPI id the player names as the statement's parent, to say which lesson it is."""
    return f"{site_iri()}/xapi/lessons/{lesson_id}"


def id_from_iri(iri: object, kind: str) -> int | None:
    """The activity or lesson id in one of our IRIs (kind "h5p/activities" or
    "xapi/lessons"), or None."""
    if not isinstance(iri, str) or not iri.startswith(site_iri() + "/"):
        return None
    match = re.fullmatch(rf"{re.escape(site_iri())}/{kind}/(\d+)", iri)
    return int(match.group(1)) if match else None


def activity_type_title(*, main_library: str, unpacked_folder: str) -> str:
    """The activity's type as H5P names it ("Multiple Choice"), read from the main library's
    library.json so trainers choosing an activity see a word they know, not a machine name."""
    import json

    from django.core.files.storage import default_storage

    if unpacked_folder and main_library:
        try:
            folders, _files = default_storage.listdir(unpacked_folder)
            for folder in folders:
                if folder.startswith(f"{main_library}-"):
                    with default_storage.open(f"{unpacked_folder}/{folder}/library.json") as f:
                        title = json.load(f).get("title")
                    if isinstance(title, str) and title.strip():
                        return title.strip()
        except (OSError, ValueError):
            pass
    name = main_library.removeprefix("H5P.")
    return re.sub(r"(?<=[a-z])(?=[A-Z])", " ", name)


def activity_media_blocked(*, unpacked_folder: str) -> list[ExternalMedia]:
    """The media an activity plays from hosts the player does not allow (H5P_MEDIA_HOSTS),
    one per kind and host, for the note learners see beside it. A folder is named by its
    package's hash and never changes, so its media list is cached; the setting is not."""
    if not unpacked_folder:
        return []
    key = f"h5p-external-media:{unpacked_folder}"
    media = cache.get(key)
    if media is None:
        media = unpacked_external_media(unpacked_folder)
        cache.set(key, media, 24 * 60 * 60)
    seen: dict[tuple[str, str], ExternalMedia] = {}
    for item in media_blocked(media):
        seen.setdefault((item.kind, item.host), item)
    return list(seen.values())
