"""Admin for xAPI: credentials for external tools, and the forwarding backlog."""

from __future__ import annotations

import secrets

from django.urls import reverse
from django.utils.html import format_html

from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.admin.site_summary import SummaryItem
from wagtail.snippets.views.snippets import CreateView, SnippetViewSet

from learning.xapi.forwarding import forward_backlog_count, forwarding_enabled
from learning.xapi.models import XAPIClient


class XAPIClientForm(WagtailAdminModelForm):
    """A new client gets a random key and secret; only the secret's hash is stored."""

    def save(self, commit: bool = True):
        client = super().save(commit=False)
        if not client.key:
            client.key = secrets.token_hex(12)
            client.plain_secret = secrets.token_urlsafe(24)
            client.set_secret(client.plain_secret)
        if commit:
            client.save()
        return client


class XAPIClientCreateView(CreateView):
    def get_success_message(self, instance):
        # Shown once: the secret cannot be read back from its hash.
        return format_html(
            "Credentials for {} made. Key: <code>{}</code> Secret: <code>{}</code>. "
            "Copy the secret now: it is not shown again.",
            instance.name,
            instance.key,
            getattr(instance, "plain_secret", ""),
        )


class XAPIClientViewSet(SnippetViewSet):
    model = XAPIClient
    icon = "key"
    menu_label = "xAPI clients"
    menu_order = 260
    add_to_admin_menu = True
    add_view_class = XAPIClientCreateView
    list_display = ["name", "key", "is_active", "created_at"]
    edit_handler = ObjectList(
        [FieldPanel("name"), FieldPanel("is_active")], base_form_class=XAPIClientForm
    )


class ForwardBacklogSummaryItem(SummaryItem):
    """On the admin dashboard: how many statements the external LRS has not yet received."""

    order = 900
    template_name = "learning/xapi/forward_backlog_summary.html"

    def get_context_data(self, parent_context):
        return {
            "count": forward_backlog_count(),
            "url": reverse("wagtailsnippets_learning_xapiclient:list"),
        }

    def is_shown(self):
        return self.request.user.is_superuser and forwarding_enabled()
