"""The site's URLs plus /media/ served from MEDIA_ROOT, as `cms/urls.py` does with
DEBUG on (and as any web server that serves media does in production)."""

from django.conf import settings
from django.urls import re_path
from django.views.static import serve

from cms.urls import urlpatterns as site_urlpatterns


def serve_media(request, path):
    return serve(request, path, document_root=settings.MEDIA_ROOT)


def serve_static(request, path):
    return serve(request, path, document_root=settings.STATIC_ROOT)


urlpatterns = [
    re_path(r"^media/(?P<path>.*)$", serve_media),
    re_path(r"^static/(?P<path>.*)$", serve_static),
    *site_urlpatterns,
]
