"""What a page remembers with itself when its route is cached (cms.home.routing)."""

from __future__ import annotations

from wagtail.models import PageViewRestriction


class ContentCachedPageMixin:
    """A page whose route is cached under the content version carries what every reader
    needs about its place in the tree, so serving it asks the database nothing more.

    Whether the page or an ancestor is private is one such thing: Wagtail asks on every
    view (two queries). A restriction added, changed or removed moves the content version
    on, so a remembered "no restriction" is never stale. A private page still has its
    restrictions read and checked on every request.
    """

    def content_cache_warm(self) -> None:
        self.__dict__["_has_view_restrictions"] = super().get_view_restrictions().exists()

    def get_view_restrictions(self):
        if self.__dict__.get("_has_view_restrictions") is False:
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()
