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


# --- Training coverage (issue 6): the report, its URLs, KPI and headcount snippets ------

from django.urls import include, path, reverse  # noqa: E402

from wagtail import hooks  # noqa: E402
from wagtail.admin.menu import MenuItem  # noqa: E402

from .reports import CoverageGroup, can_see_coverage, coverage_urls  # noqa: E402


class CoverageMenuItem(MenuItem):
    def is_shown(self, request) -> bool:
        return can_see_coverage(request.user)


@hooks.register("register_admin_urls")
def register_coverage_urls():
    return [path("reports/training-coverage/", include((coverage_urls, "learning_coverage")))]


@hooks.register("register_reports_menu_item")
def register_coverage_menu_item():
    return CoverageMenuItem(
        "Training coverage",
        reverse("learning_coverage:dashboard"),
        name="training-coverage",
        icon_name="table",
        order=100,
    )


register_snippet(CoverageGroup)


@hooks.register("register_demo_content")
def register_coverage_demo_content():
    """After the courses (their seed step creates the courses our KPIs count)."""
    from .coverage_seed import coverage_demo_seed

    return (500, coverage_demo_seed)
