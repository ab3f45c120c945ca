"""Partnerships and agencies are managed as Wagtail snippets."""

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import Agency, Partnership


class PartnershipViewSet(SnippetViewSet):
    model = Partnership
    icon = "group"
    menu_label = "Partnerships"
    list_display = ["name", "short_name", "website"]
    search_fields = ["name"]


class AgencyViewSet(SnippetViewSet):
    model = Agency
    icon = "home"
    menu_label = "Agencies"
    list_display = ["name", "partnership", "sector"]
    list_filter = ["partnership", "sector"]
    search_fields = ["name"]


class OrganisationsGroup(SnippetViewSetGroup):
    menu_label = "Organisations"
    menu_icon = "group"
    menu_order = 300
    items = (PartnershipViewSet, AgencyViewSet)


register_snippet(OrganisationsGroup)


# Courses: the gate in front of course and lesson pages (sign-in, locks, enrolment).
# 7-minute briefings: "My learning" section, demo content, review-by flag in the admin.
# Training coverage: the report, its URLs, KPI and headcount snippets, demo data.
from . import briefing_hooks, course_hooks, coverage_hooks  # noqa: E402, F401

# H5P activities and the xAPI endpoint keep their admin and hooks in their own module.
from .xapi import wagtail_hooks as _xapi_hooks  # noqa: E402, F401
