"""Playing an activity: the sandboxed player page and the unpacked package's files.

The player page is ours, framed by the lesson page with a `sandbox` attribute, under its
own Content Security Policy: the h5p-standalone player writes an `about:blank` iframe that
inherits this policy, so only our static files, the package's files and the xAPI endpoint
are reachable from the activity.
"""

from __future__ import annotations

import base64
import hashlib
import mimetypes
import posixpath

from csp.constants import SELF, UNSAFE_INLINE
from csp.decorators import csp_replace

from django.contrib.auth.decorators import login_required
from django.core.files.storage import default_storage
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.views.decorators.clickjacking import xframe_options_sameorigin

from courses.h5p.models import H5PActivity
from courses.h5p.selectors import activity_iri, lesson_iri
from courses.h5p.storage import MARKER

# The one inline script H5P core writes into its iframe (h5p-standalone's frame.bundle.js,
# H5P.createHeadTags); allowed by its hash, not by 'unsafe-inline'. Upgrading the player
# may change it: the browser journey test fails on any CSP violation.
H5P_FRAME_SCRIPT = (
    "H5PIntegration = window.parent.H5PIntegration; var H5P = H5P || {}; H5P.externalEmbed = false;"
)
_digest = base64.b64encode(hashlib.sha256(H5P_FRAME_SCRIPT.encode()).digest()).decode()
H5P_FRAME_SCRIPT_HASH = f"'sha256-{_digest}'"

# What the player needs beyond the site-wide policy. H5P content types set inline styles
# on the elements they build (jQuery and the H5P core's own markup), so style-src allows
# them here, and only here. No other inline script, no eval, nothing from other origins.
PLAYER_CSP = {
    "default-src": [SELF],
    "script-src": [SELF, H5P_FRAME_SCRIPT_HASH],
    "style-src": [SELF, UNSAFE_INLINE],
    "img-src": [SELF, "data:", "blob:"],
    "media-src": [SELF, "blob:"],
    "font-src": [SELF, "data:"],
    "connect-src": [SELF],
    "frame-src": [SELF],
    "frame-ancestors": [SELF],
}


@login_required
@xframe_options_sameorigin
@csp_replace(PLAYER_CSP)
def play(request: HttpRequest, pk: int) -> HttpResponse:
    activity = get_object_or_404(H5PActivity.objects.exclude(unpacked_folder=""), pk=pk)
    lesson_id = request.GET.get("lesson", "")
    return render(
        request,
        "courses/h5p/player.html",
        {
            "activity": activity,
            "activity_iri": activity_iri(activity.pk),
            # The folder h5p-standalone reads h5p.json, content/ and the libraries from.
            "package_url": reverse("h5p:file", args=[activity.pk, "h5p.json"]).rsplit("/", 1)[0],
            "lesson_iri": lesson_iri(int(lesson_id)) if lesson_id.isdigit() else "",
        },
    )


@login_required
@xframe_options_sameorigin
@csp_replace(PLAYER_CSP)
def package_file(request: HttpRequest, pk: int, path: str) -> HttpResponse:
    """A file of the activity's unpacked package, read through the storage API."""
    activity = get_object_or_404(H5PActivity.objects.exclude(unpacked_folder=""), pk=pk)
    clean = posixpath.normpath(path)
    if clean.startswith(("/", "..")) or clean == MARKER or "\\" in clean:
        raise Http404("No such file in this package.")
    name = f"{activity.unpacked_folder}/{clean}"
    if not default_storage.exists(name):
        raise Http404("No such file in this package.")
    content_type = mimetypes.guess_type(clean)[0] or "application/octet-stream"
    response = FileResponse(default_storage.open(name, "rb"), content_type=content_type)
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, max-age=300"
    return response
