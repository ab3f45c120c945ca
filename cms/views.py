import posixpath

from django.conf import settings
from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect, JsonResponse
from django.http.request import split_domain_port
from django.shortcuts import render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.cache import never_cache
from django.views.static import serve

from wagtail import views as wagtail_views
from wagtail.models import Site

from cms.health.selectors import health_report
from courses.content_version.selectors import content_cached


@never_cache
def healthz(request: HttpRequest) -> JsonResponse:
    """For load balancers and monitoring: 200 when the database answers and the Celery
    worker and beat have shown a heartbeat recently, else 503, with each part's state."""
    report = health_report()
    return JsonResponse(report.as_dict(), status=200 if report.is_healthy else 503)


@never_cache
def admin_login(request: HttpRequest) -> HttpResponse:
    """Where Wagtail sends anyone it will not let into the admin.

    Wagtail's own password form is never served: every sign-in goes through allauth (rate
    limits, email verification, the second factor). A signed-in person without admin
    access would otherwise be sent to the sign-in page, which sends them straight back to
    /admin/, round and round; they get a page saying the admin is for staff instead.
    """
    if request.user.is_authenticated and request.method == "GET":
        if request.user.has_perm("wagtailadmin.access_admin"):
            # Staff who open this address by hand are already signed in: go on.
            next_url = request.GET.get("next", "")
            if not url_has_allowed_host_and_scheme(
                next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
            ):
                next_url = reverse("wagtailadmin_home")
            return HttpResponseRedirect(next_url)
        # Wagtail's own "You do not have permission" message would repeat this page.
        for _message in messages.get_messages(request):
            pass
        return render(request, "cms/admin_for_staff.html", status=403)
    query = request.META.get("QUERY_STRING", "")
    return HttpResponseRedirect(reverse("account_login") + (f"?{query}" if query else ""))


def csrf_failure(request: HttpRequest, reason: str = "") -> HttpResponse:
    """A form sent without its security cookie or token (cookies cleared or blocked, or
    the page left open too long): say what happened and what to do, in the site's style.
    The reason Django gives is for developers and is not shown."""
    referer = request.headers.get("Referer", "")
    back = (
        referer
        if url_has_allowed_host_and_scheme(
            referer, allowed_hosts={request.get_host()}, require_https=request.is_secure()
        )
        else ""
    )
    return render(request, "csrf_failure.html", {"back_url": back}, status=403)


#: Where Wagtail keeps documents under MEDIA_ROOT (`AbstractDocument.file`'s upload_to).
DOCUMENTS_FOLDER = "documents"


def media_file(request: HttpRequest, path: str) -> HttpResponse:
    """A file under MEDIA_ROOT, as `make run` serves them in development.

    Wagtail documents are refused here: they are served only through Wagtail's document
    view (`/documents/<id>/<name>`), whose `before_serve_document` hooks decide who may
    read them (licensed-only resources), so a document's file path never bypasses that.
    """
    if posixpath.normpath(path).lstrip("/").split("/", 1)[0] == DOCUMENTS_FOLDER:
        raise Http404("Documents are served through their own view.")
    return serve(request, path, document_root=settings.MEDIA_ROOT)


def page_serve(request: HttpRequest, path: str) -> HttpResponse:
    """Wagtail's page serving, with the request's site (and its root page, where routing
    starts) from the cache until a site or page changes (courses.content_version): two
    queries fewer on every page (issue 18)."""
    hostname = split_domain_port(request._get_raw_host())[0]

    def site_with_root():
        site = Site._find_for_request(request)
        if site is not None:
            site.root_page.localized.specific  # noqa: B018 - loaded to be remembered
        return site or ""

    site = content_cached(
        request=request,
        name=f"site:{hostname}:{request.get_port()}",
        compute=site_with_root,
    )
    request._wagtail_site = site or None
    return wagtail_views.serve(request, path)
