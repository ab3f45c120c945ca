"""The site's URLs plus `/bench/bare/`, a view that does nothing but pass through our
middleware (sessions, authentication, CSP, MFA check) and return a short response: the
"our middleware only" row of bench_pages. The true bare view, Django's default middleware
and no database, is a separate site (bench/bare_urls.py)."""

from django.http import HttpRequest, HttpResponse
from django.urls import path

from cms.urls import urlpatterns as site_urlpatterns


def bare(request: HttpRequest) -> HttpResponse:
    return HttpResponse("ok", content_type="text/plain")


urlpatterns = [path("bench/bare/", bare), *site_urlpatterns]
