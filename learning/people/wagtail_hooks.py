"""People: partnerships and agencies are managed as Wagtail snippets; every snippet a
partnership owns is reached through the scope policy, in bulk actions and in the admin
log too."""

from django.db import models

from wagtail import hooks
from wagtail.admin.panels import ObjectList
from wagtail.admin.views.reports.audit_logging import (
    LogEntriesView,
    SiteHistoryReportFilterSet,
    get_users_for_filter,
)
from wagtail.models import ModelLogEntry, Page, PageLogEntry
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSetGroup

from learning.people.log_entries import ScopedModelLogEntry, ScopedPageLogEntry
from learning.people.models import Agency, Partnership
from learning.people.policies import ScopedDeleteBulkAction, ScopedForm, ScopedSnippetViewSet


class PartnershipViewSet(ScopedSnippetViewSet):
    model = Partnership
    partnership_path = ""
    icon = "group"
    menu_label = "Partnerships"
    list_display = ["name", "short_name", "website"]
    search_fields = ["name"]


class AgencyViewSet(ScopedSnippetViewSet):
    model = Agency
    agency_path = ""
    edit_handler = ObjectList(Agency.panels, base_form_class=ScopedForm)
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

# After Wagtail's own (order 0), so these replace Wagtail's for the models they cover.
hooks.register("register_bulk_action", ScopedDeleteBulkAction, order=100)


@hooks.register("register_log_actions", order=100)
def _scoped_log_entries(actions) -> None:
    """Every non-page model's log entries are read through the scoped proxy (the same
    table), and Wagtail's unscoped model is no longer listed in the site history."""
    actions.register_model(models.Model, ScopedModelLogEntry)
    actions.log_entry_models.discard(ModelLogEntry)
    # Pages too: the entry names who changed the page (see page_log_entries_in_scope).
    actions.register_model(Page, ScopedPageLogEntry)
    actions.log_entry_models.discard(PageLogEntry)


class ScopedSiteHistoryFilterSet(SiteHistoryReportFilterSet):
    """The site history's "User" filter offers only people whose entries the reader may
    see: Wagtail fills it from every page log entry, which would list another
    partnership's staff by name."""

    def get_users_queryset(self):
        return get_users_for_filter(self.request.user)


LogEntriesView.filterset_class = ScopedSiteHistoryFilterSet
