"""The postcode finder's lookup, at an address of its own so that it alone can be exempt
from CSRF: it only reads public phone numbers, so a visitor whose cookies are cleared or
blocked must still get an answer. The postcode still travels only in the POST body."""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.views.decorators.csrf import csrf_exempt

from cms.public.models import ReportConcernPage


@csrf_exempt  # a read-only lookup: it changes nothing, so a forged post gains nothing
def finder_lookup(request: HttpRequest) -> HttpResponse:
    page = ReportConcernPage.objects.live().public().first()
    if page is None:
        raise Http404
    if request.method != "POST":
        # A postcode in a query string is never looked up: send people to the form.
        return HttpResponseRedirect(page.get_url(request))
    return page.finder(request)
