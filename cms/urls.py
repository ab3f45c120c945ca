from django.conf import settings
from django.urls import include, path, re_path

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from cms import views

urlpatterns = [
    # Every sign-in goes through allauth (rate limits, email verification, the second
    # factor): Wagtail's own password form is never served, and Django's admin is not
    # mounted at all. Signed-in people without admin access are told it is for staff.
    path("admin/login/", views.admin_login, name="admin_login"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("accounts/", include("allauth.urls")),
    path("healthz/", views.healthz, name="healthz"),
    path("", include("cms.public.urls")),
    path("", include("courses.h5p.urls")),
    path("", include("learning.xapi.urls")),
    path("", include("learning.urls")),
    path("certificates/", include("certificates.urls")),
    path("", include("learning.briefings.urls")),
    path("", include("learning.training.urls")),
    path("", include("learning.training.attendance.urls")),
    path("", include("learning.evaluation.urls")),
    path("", include("learning.licences.urls")),
]

if settings.DEBUG:
    # /media/ in development; production's web server or object store serves it, and
    # must leave out MEDIA_ROOT/documents/ the same way (see the README).
    urlpatterns.append(
        re_path(rf"^{settings.MEDIA_URL.strip('/')}/(?P<path>.*)$", views.media_file)
    )

# Wagtail's page serving comes last: it matches every other path. Its serve view is
# wrapped so the site comes from the cache (cms.views.page_serve).
urlpatterns += [
    re_path(wagtail_urls.serve_pattern, views.page_serve, name="wagtail_serve"),
    path("", include(wagtail_urls)),
]
