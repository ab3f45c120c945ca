"""Wagtail's admin log (the site history report, each record's history) as each person
may see it: Wagtail shows a log entry to anyone holding a permission on its model, which
would name another partnership's records and who changed them. This proxy of
`ModelLogEntry`, registered for every model in `wagtail_hooks`, narrows it through the
scope policy (`log_entries_in_scope`). A proxy, so entries already logged are kept."""

from __future__ import annotations

from wagtail.models import ModelLogEntry, PageLogEntry
from wagtail.models.audit_log import ModelLogEntryManager
from wagtail.models.pages import PageLogEntryManager

from learning.people.policies import log_entries_in_scope, page_log_entries_in_scope


class ScopedModelLogEntryManager(ModelLogEntryManager):
    def viewable_by_user(self, user):
        return log_entries_in_scope(super().viewable_by_user(user), user)


class ScopedModelLogEntry(ModelLogEntry):
    objects = ScopedModelLogEntryManager()

    class Meta:
        proxy = True
        verbose_name = "model log entry"


class ScopedPageLogEntryManager(PageLogEntryManager):
    def viewable_by_user(self, user):
        return page_log_entries_in_scope(super().viewable_by_user(user), user)


class ScopedPageLogEntry(PageLogEntry):
    """Page log entries as the site history shows them: only those made by people in the
    reader's scope (`page_log_entries_in_scope`)."""

    objects = ScopedPageLogEntryManager()

    class Meta:
        proxy = True
        verbose_name = "page log entry"
