"""The agency people list for leads and managers, and confirming that someone belongs to
an agency."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from learning.people.columns import agency_people_columns
from learning.people.scope import scope_for
from learning.people.selectors import agency_people, learners_in_scope
from learning.people.services import agency_membership_confirm


@login_required
def agency_people_list(request: HttpRequest) -> HttpResponse:
    scope = scope_for(request.user)
    if scope.is_empty:
        raise PermissionDenied("Only agency leads and partnership managers can see this page.")
    search = request.GET.get("q", "").strip()[:100]
    page = Paginator(agency_people(user=request.user, search=search), 50).get_page(
        request.GET.get("page")
    )
    return render(
        request,
        "learning/people/agency_people.html",
        {
            "page": page,
            "search": search,
            "agencies": scope.agencies(),
            "columns": agency_people_columns(list(page)),
        },
    )


@login_required
@require_POST
def agency_person_confirm(request: HttpRequest, pk: int) -> HttpResponse:
    # Looking the member up inside the scope turns someone else's id into a 404.
    member = get_object_or_404(learners_in_scope(user=request.user), pk=pk)
    agency_membership_confirm(member=member, confirmed_by=request.user)
    messages.success(
        request, f"{member.get_full_name()} is confirmed as a member of {member.agency.name}."
    )
    return redirect("learning:agency_people")
