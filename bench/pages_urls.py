"""The site's URLs plus `/bench/bare/`, a view that does nothing but pass through the same
middleware (sessions, authentication, CSP, MFA check) and return a short response."""

from django.http import HttpRequest, HttpResponse
from django.urls import path

from cms.urls import urlpatterns as site_urlpatterns


def bare(request: HttpRequest) -> HttpResponse:
    return HttpResponse("ok", content_type="text/plain")


urlpatterns = [path("bench/bare/", bare), *site_urlpatterns]
