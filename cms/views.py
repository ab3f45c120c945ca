from django.contrib import messages
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect, JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.cache import never_cache

from cms.health.selectors import health_report


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
        # Wagtail's own "You do not have permission" message would repeat this page.
        for _message in messages.get_messages(request):
            pass
        return render(request, "cms/admin_for_staff.html", status=403)
    query = request.META.get("QUERY_STRING", "")
    return HttpResponseRedirect(reverse("account_login") + (f"?{query}" if query else ""))
