"""Every change that can alter what a page shows to any reader moves the content version
on; connected in `CoursesConfig.ready()`."""

from __future__ import annotations

from wagtail.models import Page

from courses.content_version.services import content_version_bump


def page_changed(sender, **kwargs) -> None:
    """Saving, deleting or moving a page (publishing and unpublishing save it)."""
    if isinstance(sender, type) and issubclass(sender, Page):
        content_version_bump()


def content_changed(sender, **kwargs) -> None:
    """A site, a view restriction or a restriction's groups."""
    content_version_bump()
