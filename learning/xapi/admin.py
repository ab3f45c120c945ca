"""Admin for xAPI: credentials for external tools, and the forwarding backlog."""

from __future__ import annotations

import secrets

from django.utils.html import format_html

from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.snippets.views.snippets import CreateView, SnippetViewSet

from ..models import XAPIClient


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
