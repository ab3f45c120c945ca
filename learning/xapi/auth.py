"""Who is calling the xAPI endpoint, and what they may send.

Three callers:
- our H5P player, which runs in an opaque origin (no cookies, no CSRF token) and sends the
  launch token the lesson page signed as `Authorization: Bearer <token>`
  (`courses.h5p.launch`): the learner is the token's, and it may only send statements
  about, and keep state for, the token's activity in the token's lesson;
- tools, with HTTP Basic credentials made in the admin (*xAPI clients*);
- a signed-in learner's own pages, with the session and Django's CSRF check.

CORS: the player's origin is opaque, so its requests say `Origin: null`. A preflight
from it is answered (a preflight never carries the token), but a response is readable
there only when the request carried a valid launch token, and never with credentials
(`opaque_origin_cors`).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from functools import wraps

from django.core.cache import cache
from django.http import HttpRequest, HttpResponse
from django.middleware.csrf import CsrfViewMiddleware
from django.utils.cache import patch_vary_headers

from courses.exceptions import LaunchRejected
from courses.h5p.launch import Launch, launch_token_read
from courses.h5p.selectors import activity_iri, id_from_iri
from learning.people.models import User
from learning.xapi.models import XAPIClient

OPAQUE_ORIGIN = "null"
CORS_METHODS = "GET, POST, PUT, DELETE"
CORS_HEADERS = "Authorization, Content-Type, X-Experience-API-Version"
CORS_MAX_AGE = "600"


@dataclass(frozen=True)
class XAPICaller:
    """The authenticated caller: a learner (by session or launch token) or a tool."""

    learner: User | None = None
    client: XAPIClient | None = None
    launch: Launch | None = None


class XAPIRefused(Exception):
    """The request is refused before it is read: `status`, a message naming the header,
    and the `WWW-Authenticate` challenge for a 401."""

    def __init__(self, status: int, message: str, *, challenge: str = "") -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.challenge = challenge


def _client_from_basic(header: str) -> XAPIClient | None:
    """The XAPIClient named by a Basic Authorization header, or None if it names no valid
    client."""
    try:
        key, _, secret = base64.b64decode(header[6:]).decode().partition(":")
    except (binascii.Error, UnicodeDecodeError):
        return None
    client = XAPIClient.objects.filter(key=key, is_active=True).first()
    if client is None:
        return None
    # The password hasher is deliberately slow; a tool posts many statements, so a
    # successful check is remembered for a few minutes. The cache key covers the stored
    # hash, so a new secret (or a deactivated client) is never served from the cache.
    remembered = (
        "xapi-basic:" + hashlib.sha256(f"{key}:{secret}:{client.secret_hash}".encode()).hexdigest()
    )
    if cache.get(remembered):
        return client
    if not client.check_secret(secret):
        return None
    cache.set(remembered, True, timeout=300)
    return client


def _launch_caller(request: HttpRequest, token: str) -> XAPICaller:
    challenge = 'Bearer realm="xAPI", error="invalid_token"'
    try:
        launch = launch_token_read(token)
    except LaunchRejected as rejected:
        raise XAPIRefused(
            401, f"Authorization: {rejected.message}", challenge=challenge
        ) from rejected
    if launch.is_preview:
        raise XAPIRefused(403, "Authorization: a preview launch records nothing")
    learner = User.objects.filter(pk=launch.learner_id, is_active=True).first()
    if learner is None:
        raise XAPIRefused(
            401, "Authorization: the launch's learner is not active", challenge=challenge
        )
    # Valid from here on, so the player may read the answer, even a refusal (CORS).
    request.xapi_launch = launch
    problem = launch_scope_problem(request, launch)
    if problem:
        raise XAPIRefused(403, problem)
    return XAPICaller(learner=learner, launch=launch)


def xapi_caller(request: HttpRequest) -> XAPICaller:
    """Authenticate the request, or raise XAPIRefused (401 or 403)."""
    header = request.headers.get("Authorization", "")
    scheme = header.split(" ", 1)[0].lower()
    if scheme == "bearer":
        return _launch_caller(request, header[7:].strip())
    if scheme == "basic":
        client = _client_from_basic(header)
        if client is None:
            raise XAPIRefused(
                401, "Authorization: the key or secret is wrong", challenge='Basic realm="xAPI"'
            )
        return XAPICaller(client=client)
    if not request.user.is_authenticated:
        raise XAPIRefused(
            401,
            "Authorization: sign in, or send HTTP Basic credentials or a launch token",
            challenge='Basic realm="xAPI"',
        )
    if request.method not in ("GET", "HEAD", "OPTIONS"):
        # Session-authenticated writes get Django's CSRF check, as forms do.
        refused = CsrfViewMiddleware(lambda r: None).process_view(request, None, (), {})
        if refused is not None:
            raise XAPIRefused(403, "X-CSRFToken: the CSRF token is missing or wrong")
    return XAPICaller(learner=request.user)


# --- What a launch may do ---------------------------------------------------------------


def _is_about(iri: object, activity: str) -> bool:
    """The activity itself, or one of its parts (H5P names sub-content `<iri>?subContentId=`)."""
    return isinstance(iri, str) and (iri == activity or iri.startswith(activity + "?"))


def _statement_problem(statement: object, where: str, launch: Launch) -> str | None:
    if not isinstance(statement, dict):
        return None  # not a statement at all: validation answers 400
    activity = activity_iri(launch.activity_id)
    obj = statement.get("object")
    if not (
        isinstance(obj, dict)
        and obj.get("objectType", "Activity") == "Activity"
        and _is_about(obj.get("id"), activity)
    ):
        return f"{where}.object.id: a launch may only send statements about {activity}"
    context = statement.get("context")
    named = (context.get("contextActivities") if isinstance(context, dict) else None) or {}
    if not isinstance(named, dict):
        return None
    for key, activities in named.items():
        for item in activities if isinstance(activities, list) else [activities]:
            lesson = id_from_iri(item.get("id") if isinstance(item, dict) else None, "xapi/lessons")
            if lesson is not None and lesson != launch.lesson_id:
                return (
                    f"{where}.context.contextActivities.{key}: a launch may only name the "
                    "lesson it was started from"
                )
    return None


def launch_scope_problem(request: HttpRequest, launch: Launch) -> str | None:
    """Why a launch may not make this request, or None: it may send statements about its
    activity (never read others) and keep that activity's state."""
    view = request.resolver_match.url_name if request.resolver_match else ""
    if view == "activity_state":
        activity = activity_iri(launch.activity_id)
        if request.GET.get("activityId") != activity:
            return f"activityId: a launch may only keep state for {activity}"
        return None
    if view != "statements":
        return "Authorization: a launch token is only for statements and activity state"
    if request.method not in ("POST", "PUT"):
        return "Authorization: a launch token may send statements, not read them"
    try:
        data = json.loads(request.body or b"null")
    except (ValueError, UnicodeDecodeError):
        return None  # the view answers 400 for a body that is not JSON
    batch = isinstance(data, list)
    for index, statement in enumerate(data if batch else [data]):
        problem = _statement_problem(
            statement, f"statements[{index}]" if batch else "statement", launch
        )
        if problem:
            return problem
    return None


# --- CORS for the player's opaque origin -----------------------------------------------


def is_player_preflight(request: HttpRequest) -> bool:
    requested = request.headers.get("Access-Control-Request-Headers", "").lower()
    return (
        request.method == "OPTIONS"
        and request.headers.get("Origin") == OPAQUE_ORIGIN
        and "Access-Control-Request-Method" in request.headers
        and "authorization" in [name.strip() for name in requested.split(",")]
    )


def opaque_origin_cors(view: Callable) -> Callable:
    """Answer the player's preflight (`Origin: null`, asking to send Authorization), and let
    the opaque origin read a response only when the request carried a valid launch token
    (`xapi_caller` marks the request); never with credentials."""

    @wraps(view)
    def wrapped(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        if is_player_preflight(request):
            response = HttpResponse(status=204)
            response["Access-Control-Allow-Origin"] = OPAQUE_ORIGIN
            response["Access-Control-Allow-Methods"] = CORS_METHODS
            response["Access-Control-Allow-Headers"] = CORS_HEADERS
            response["Access-Control-Max-Age"] = CORS_MAX_AGE
        else:
            response = view(request, *args, **kwargs)
            launched = getattr(request, "xapi_launch", None) is not None
            if launched and request.headers.get("Origin") == OPAQUE_ORIGIN:
                response["Access-Control-Allow-Origin"] = OPAQUE_ORIGIN
                response["Access-Control-Expose-Headers"] = "X-Experience-API-Version"
        patch_vary_headers(response, ["Origin"])
        return response

    return wrapped
