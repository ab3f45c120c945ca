"""The one URL of the bare bench site: a view that returns a short response and reads
nothing (the session middleware only loads a session when something asks for it)."""

from django.http import HttpRequest, HttpResponse
from django.urls import path


def bare(request: HttpRequest) -> HttpResponse:
    return HttpResponse("ok", content_type="text/plain")


urlpatterns = [path("bench/bare/", bare)]
