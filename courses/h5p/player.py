"""Playing an activity: the player page and the unpacked package's files, in an opaque origin.

An uploaded package is someone else's script. The lesson frames the player with
`sandbox="allow-scripts"` (no `allow-same-origin`), and the player page and every package
file are served with a policy whose `sandbox allow-scripts` does the same when a file is
opened directly: the package runs in an opaque origin, so it can neither read the lesson
page, nor read the site's cookies, nor call the site with the viewer's session. SVG and
XML files, which a browser would run script in, are served fully sandboxed and as
downloads. What the player may do instead comes from its launch token
(`courses.h5p.launch`), checked here for the page and for every file.

The policy allows only our static files, this launch's package folder, the xAPI
endpoint and the media hosts an operator lists in `H5P_MEDIA_HOSTS`
(`courses.h5p.media`). It allows `'unsafe-eval'` (older content types built on
EmbeddedJS, such as MultiChoice 1.14, QuestionSet 1.17, Interactive Video and Course
Presentation, compile templates with `new Function`): here only, never on the site's own
pages.
"""

from __future__ import annotations

import mimetypes
import posixpath

from django.conf import settings
from django.core.files.storage import default_storage
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.cache import patch_vary_headers
from django.views.decorators.clickjacking import xframe_options_sameorigin

from courses.exceptions import LaunchRejected
from courses.h5p.launch import launch_is_playable, launch_token_read
from courses.h5p.media import media_hosts
from courses.h5p.models import H5PActivity
from courses.h5p.selectors import LOAD_FAILURE_STATE_ID, activity_iri, lesson_iri
from courses.h5p.storage import MARKER

CSP_HEADER = "Content-Security-Policy"

# Files a browser renders as documents that can hold script: never run, even sandboxed.
DOCUMENT_EXTENSIONS = frozenset({"svg", "xml"})
DOCUMENT_POLICY = "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:"


def _absolute(request: HttpRequest, path: str) -> str:
    """CSP sources with a path: an opaque origin has no 'self' of its own to match."""
    return path if "://" in path else request.build_absolute_uri(path)


def files_url(activity_id: int, token: str) -> str:
    """The folder h5p-standalone reads h5p.json, content/ and the libraries from."""
    return reverse("h5p:file", args=[activity_id, token, "h5p.json"]).rsplit("/", 1)[0] + "/"


# Inline event handlers real libraries set, allowed by their hash alone ('unsafe-hashes'):
# Image Juxtaposition's `onselectstart="return false;"` and `onmousedown="return false;"`.
INLINE_HANDLER_HASHES = ("'sha256-2rvfFrggTCtyF5WOiTri1gDS8Boibj4Njn0e+VCBmDI='",)


def player_policy(request: HttpRequest, *, package: str, player: str) -> str:
    """The policy of the player page and of the package's script, style and data files.

    `player` is the player page's path: jQuery's parseHTML (in H5P core) gives the inert
    documents it parses a <base> of the page's own address, which changes nothing, so
    that one address is allowed as a base and no other."""
    static = _absolute(request, settings.STATIC_URL)
    files = _absolute(request, package)
    handlers = " ".join(INLINE_HANDLER_HASHES)
    xapi = " ".join(
        _absolute(request, reverse(name)) for name in ("xapi:statements", "xapi:activity_state")
    )
    # Media hosts the operator chose (H5P_MEDIA_HOSTS): their videos, images and embedded
    # players, and the player scripts YouTube's and Vimeo's embeds load.
    media = "".join(f" https://{host}" for host in media_hosts())
    directives = {
        "sandbox": "allow-scripts",
        "default-src": "'none'",
        "script-src": f"{static} {files}{media} 'unsafe-eval' 'unsafe-hashes' {handlers}",
        # Web Workers a library builds from its own script (Audio Recorder's encoder).
        "worker-src": "blob:",
        # H5P content types set inline styles on the elements they build.
        "style-src": f"{static} {files} 'unsafe-inline'",
        "img-src": f"{static} {files}{media} data: blob:",
        "media-src": f"{files}{media} blob:",
        "font-src": f"{static} {files} data:",
        "connect-src": f"{xapi} {files}",
        "frame-src": f"{files}{media}",
        "frame-ancestors": "'self'",
        "base-uri": _absolute(request, player),
        "form-action": "'none'",
        "object-src": "'none'",
    }
    return "; ".join(f"{name} {value}" for name, value in directives.items())


def _refused(request: HttpRequest, rejected: LaunchRejected) -> HttpResponse:
    return render(
        request, "courses/h5p/player_refused.html", {"message": rejected.message}, status=403
    )


def _allow_opaque_origin(request: HttpRequest, response: HttpResponse) -> HttpResponse:
    """The player's fetches of h5p.json, content.json and library.json come from the opaque
    origin (`Origin: null`): let it read the files this launch may read, with no cookies."""
    if request.headers.get("Origin") == "null":
        response["Access-Control-Allow-Origin"] = "null"
    patch_vary_headers(response, ["Origin"])
    return response


def _preflight(request: HttpRequest) -> HttpResponse:
    """Libraries that load files with XMLHttpRequest through jQuery or SoundJS (Arithmetic
    Quiz's and Single Choice Set's sounds) add `X-Requested-With`, so the browser asks
    first: let the opaque origin read files with that header, nothing more."""
    response = HttpResponse(status=204)
    if request.headers.get("Origin") == "null":
        response["Access-Control-Allow-Methods"] = "GET, HEAD"
        response["Access-Control-Allow-Headers"] = "X-Requested-With"
        response["Access-Control-Max-Age"] = "600"
    return _allow_opaque_origin(request, response)


@xframe_options_sameorigin
def play(request: HttpRequest, pk: int) -> HttpResponse:
    activity = get_object_or_404(H5PActivity.objects.exclude(unpacked_folder=""), pk=pk)
    token = request.GET.get("launch", "")
    try:
        launch = launch_token_read(token, activity_id=activity.pk)
    except LaunchRejected as rejected:
        return _refused(request, rejected)
    if not launch_is_playable(launch):
        raise Http404("This activity is not placed in a published lesson.")
    package = files_url(activity.pk, token)
    response = render(
        request,
        "courses/h5p/player.html",
        {
            "activity": activity,
            "activity_iri": activity_iri(activity.pk),
            "package_url": package.rstrip("/"),
            "lesson_iri": lesson_iri(launch.lesson_id) if launch.lesson_id else "",
            "launch_token": token,
            "is_preview": launch.is_preview,
            "load_failure_state_id": LOAD_FAILURE_STATE_ID,
        },
    )
    response[CSP_HEADER] = player_policy(request, package=package, player=request.path)
    response["Referrer-Policy"] = "no-referrer"
    response["Cache-Control"] = "private, no-store"
    return response


@xframe_options_sameorigin
def package_file(request: HttpRequest, pk: int, token: str, path: str) -> HttpResponse:
    """A file of the activity's unpacked package, read through the storage API."""
    activity = get_object_or_404(H5PActivity.objects.exclude(unpacked_folder=""), pk=pk)
    try:
        launch_token_read(token, activity_id=activity.pk)
    except LaunchRejected as rejected:
        return _refused(request, rejected)
    if request.method == "OPTIONS":
        return _preflight(request)
    clean = posixpath.normpath(path)
    if clean.startswith(("/", "..")) or clean == MARKER or "\\" in clean:
        raise Http404("No such file in this package.")
    name = f"{activity.unpacked_folder}/{clean}"
    if not default_storage.exists(name):
        raise Http404("No such file in this package.")
    content_type = mimetypes.guess_type(clean)[0] or "application/octet-stream"
    is_document = posixpath.splitext(clean)[1].lower().lstrip(".") in DOCUMENT_EXTENSIONS
    response = FileResponse(
        default_storage.open(name, "rb"),
        content_type=content_type,
        as_attachment=is_document,
        filename=posixpath.basename(clean),
    )
    if is_document:
        response[CSP_HEADER] = DOCUMENT_POLICY
    else:
        response[CSP_HEADER] = player_policy(
            request,
            package=files_url(activity.pk, token),
            player=reverse("h5p:play", args=[activity.pk]),
        )
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, max-age=300"
    return _allow_opaque_origin(request, response)
