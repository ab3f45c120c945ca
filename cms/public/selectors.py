"""Reads for the public section's admin: which area contacts a manager still has to fill
in or check."""

from __future__ import annotations

from django.db.models import Q, QuerySet

from cms.public.models import AreaContact
from learning.people.scope import scope_for


def area_contacts_to_check(*, user) -> QuerySet[AreaContact]:
    """Contacts in the person's scope with no daytime number, or not yet confirmed by a
    manager; none for people who cannot change area contacts."""
    if not user.has_perm("cms.change_areacontact"):
        return AreaContact.objects.none()
    contacts = AreaContact.objects.filter(Q(phone_in_hours="") | Q(confirmed_on__isnull=True))
    return (
        scope_for(user)
        .filter_partnership(contacts)
        .select_related("partnership")
        .order_by("partnership__name", "area_name")
    )
