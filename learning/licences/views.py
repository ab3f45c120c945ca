"""The licensed-only resources section, `/resources/<licence slug>/`.

Holders of a licence in force see the resources; anyone else signed in gets a 403 page
that explains how to become licensed and lists the next sessions that grant the licence;
anonymous visitors are sent to sign in. The documents listed here are served by Wagtail's
own document view, which asks `wagtail_hooks.refuse_licensed_documents` first; the pages
listed are `LicensedResourcePage`s, which ask `licensed_page_refusal` when served.
"""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.http import Http404, HttpRequest, HttpResponse
from django.template.response import TemplateResponse

from learning.licences.models import LicenceType
from learning.licences.selectors import (
    licence_documents,
    licence_held,
    licence_pages,
    licence_type_by_slug,
    next_licensed_sessions,
)


def not_licensed(request: HttpRequest, licence_type: LicenceType) -> TemplateResponse:
    """The 403 page: what the licence is, how to become licensed, the next sessions."""
    return TemplateResponse(
        request,
        "learning/licences/not_licensed.html",
        {
            "licence_type": licence_type,
            "sessions": next_licensed_sessions(licence_type=licence_type, user=request.user),
            "prerequisites": list(licence_type.prerequisite_courses.live().order_by("title")),
        },
        status=403,
    )


def licensed_page_refusal(*, request: HttpRequest, page) -> HttpResponse | None:
    """Why this person may not read a licensed resource page (a response), or None. Its
    editors may (they preview and check it)."""
    user = request.user
    if not user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    if licence_held(person=user, licence_type=page.licence_type) is not None:
        return None
    if page.permissions_for_user(user).can_edit():
        return None
    return not_licensed(request, page.licence_type)


@login_required
def licensed_resources(request: HttpRequest, slug: str) -> HttpResponse:
    licence_type = licence_type_by_slug(slug)
    if licence_type is None:
        raise Http404("No licensed resources at that address.")
    licence = licence_held(person=request.user, licence_type=licence_type)
    if licence is None:
        return not_licensed(request, licence_type)
    return TemplateResponse(
        request,
        "learning/licences/resources.html",
        {
            "licence_type": licence_type,
            "licence": licence,
            "documents": licence_documents(licence_type=licence_type),
            "pages": licence_pages(licence_type=licence_type),
        },
    )
