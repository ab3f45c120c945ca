"""Launch tokens: how a player in an opaque origin proves who is playing what, and where.

The player page and the package's files run sandboxed without `allow-same-origin`, so the
browser sends them no cookies and their script cannot reach the site as the viewer. What
they may do instead is carried by a short-lived token the lesson page signs when it
renders (as a cmi5 launch carries its fetch URL): the learner, the activity, the lesson
that places it, and whether it is a trainer's preview, which records nothing. The token
is in the player's URL and in the path of every package file, and the player sends it to
the xAPI endpoint as `Authorization: Bearer <token>`.
Design: https://github.com/AICC/CMI-5_Spec_Current/blob/quartz/cmi5_spec.md#content_launch
"""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from django.core import signing
from django.urls import reverse
from django.utils.http import urlencode

from courses.exceptions import LaunchRejected
from courses.h5p.selectors import lesson_places_activity

SALT = "courses.h5p.launch"
DEFAULT_MAX_AGE = 2 * 60 * 60
EDIT_PERMISSION = "courses.change_h5pactivity"


@dataclass(frozen=True)
class Launch:
    """What a valid token says: `learner_id` plays `activity_id`, placed in `lesson_id`."""

    learner_id: int
    activity_id: int
    lesson_id: int | None
    is_preview: bool


def launch_max_age() -> int:
    """Seconds a token stays valid (setting H5P_LAUNCH_TOKEN_MAX_AGE, two hours by default):
    long enough for a sitting, short enough that a token copied from a log is soon useless."""
    return getattr(settings, "H5P_LAUNCH_TOKEN_MAX_AGE", DEFAULT_MAX_AGE)


def launch_token_make(
    *, learner_id: int, activity_id: int, lesson_id: int | None, is_preview: bool = False
) -> str:
    """Sign a launch. The token is URL-safe (base64 and colons), so it can sit in a path."""
    return signing.dumps(
        {"u": learner_id, "a": activity_id, "l": lesson_id, "p": is_preview}, salt=SALT
    )


def launch_token_read(token: str, *, activity_id: int | None = None) -> Launch:
    """The launch a token carries, or LaunchRejected if it is expired, tampered with, or
    (given `activity_id`) for another activity."""
    try:
        data = signing.loads(token, salt=SALT, max_age=launch_max_age())
    except signing.SignatureExpired as error:
        raise LaunchRejected(
            "The launch has expired: reload the lesson to start the activity again",
            field="token",
        ) from error
    except signing.BadSignature as error:
        raise LaunchRejected("The launch token is not valid", field="token") from error
    try:
        launch = Launch(
            learner_id=int(data["u"]),
            activity_id=int(data["a"]),
            lesson_id=int(data["l"]) if data.get("l") is not None else None,
            is_preview=bool(data.get("p")),
        )
    except (KeyError, TypeError, ValueError) as error:
        raise LaunchRejected("The launch token is not valid", field="token") from error
    if activity_id is not None and launch.activity_id != activity_id:
        raise LaunchRejected("The launch token is for another activity", field="token")
    return launch


def launch_is_playable(launch: Launch) -> bool:
    """A learner's launch plays only while its lesson is live and still places the activity;
    a preview (minted only for someone who may edit H5P activities) plays anywhere."""
    if launch.is_preview:
        return True
    return launch.lesson_id is not None and lesson_places_activity(
        lesson_id=launch.lesson_id, activity_id=launch.activity_id
    )


def player_url(*, activity_id: int, token: str) -> str:
    return f"{reverse('h5p:play', args=[activity_id])}?{urlencode({'launch': token})}"


def launch_url_for(*, request, activity, lesson) -> str | None:
    """The player URL the lesson page frames for this viewer, or None if they may not play.

    A signed-in viewer of a live lesson gets a launch that records their results. A Wagtail
    preview, or a lesson not yet live, gets a preview launch, and only for someone who may
    edit H5P activities: an activity is playable by learners once placed in a live lesson.
    """
    user = getattr(request, "user", None)
    if activity is None or not activity.unpacked_folder or not (user and user.is_authenticated):
        return None
    is_preview = bool(getattr(request, "is_preview", False)) or not (lesson and lesson.live)
    if is_preview and not user.has_perm(EDIT_PERMISSION):
        return None
    token = launch_token_make(
        learner_id=user.pk,
        activity_id=activity.pk,
        lesson_id=lesson.pk if lesson is not None and lesson.pk else None,
        is_preview=is_preview,
    )
    return player_url(activity_id=activity.pk, token=token)


def preview_url_for(*, user, activity) -> str:
    """A trainer's preview of an activity that may not be placed anywhere yet."""
    token = launch_token_make(
        learner_id=user.pk, activity_id=activity.pk, lesson_id=None, is_preview=True
    )
    return player_url(activity_id=activity.pk, token=token)
