"""Whose local arrangements a reader sees, and what each kind of insert shows.

The partnership is the signed-in reader's (their agency's), else that of the site they
came to: a Wolverhampton practitioner reading a shared course on Walsall's site still
sees WeCAN, and an anonymous reader on Croydon's site sees Croydon's front door.
"""

from __future__ import annotations

from django.http import HttpRequest

from cms.local_inserts.models import LocalArrangements
from cms.public.models import AreaContact
from courses.local_inserts.selectors import (
    ASSESSMENT_TOOL,
    ESCALATION_POLICY,
    FRONT_DOOR,
    THRESHOLD_DOCUMENT,
    TRAINING_BOOKING,
    LocalInsert,
    LocalItem,
)
from learning.people.models import Partnership
from learning.people.selectors import site_partnership


def insert_partnership(*, request: HttpRequest | None) -> Partnership | None:
    """The reader's partnership (their agency's), else the request's site's."""
    if request is None:
        return None
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated and user.agency_id:
        return Partnership.objects.filter(agencies__pk=user.agency_id).first()
    return site_partnership(request=request)


def _front_door_items(partnership: Partnership) -> tuple[LocalItem, ...]:
    items = []
    for contact in AreaContact.objects.filter(partnership=partnership).order_by("area_name"):
        lines = tuple(
            (label, number)
            for label, number in (
                ("In office hours", contact.phone_in_hours),
                ("Out of hours", contact.phone_out_of_hours),
            )
            if number.strip()
        )
        items.append(
            LocalItem(
                title=f"{contact.area_name}: {contact.service_name}",
                url=contact.web_form_url,
                lines=lines,
            )
        )
    return tuple(items)


def _arrangement_items(kind: str, found: LocalArrangements | None) -> tuple[LocalItem, ...]:
    if found is None:
        return ()
    if kind == ASSESSMENT_TOOL and found.assessment_tool_name:
        return (
            LocalItem(
                title=found.assessment_tool_name,
                description=found.assessment_tool_description,
                url=found.assessment_tool_url,
            ),
        )
    if kind == THRESHOLD_DOCUMENT and (
        found.threshold_document_title or found.threshold_document_link
    ):
        return (
            LocalItem(
                title=found.threshold_document_title or "Threshold document",
                url=found.threshold_document_link,
            ),
        )
    if kind == ESCALATION_POLICY and (
        found.escalation_policy_title or found.escalation_policy_link
    ):
        return (
            LocalItem(
                title=found.escalation_policy_title or "Escalation policy",
                url=found.escalation_policy_link,
            ),
        )
    if kind == TRAINING_BOOKING and found.training_booking_url:
        return (
            LocalItem(
                title=found.training_booking_title or "Book training",
                url=found.training_booking_url,
            ),
        )
    return ()


def local_insert_build(*, kind: str, partnership: Partnership) -> LocalInsert:
    """What an insert of `kind` shows for `partnership` (no items: nothing recorded)."""
    if kind == FRONT_DOOR:
        items = _front_door_items(partnership)
    else:
        found = (
            LocalArrangements.objects.filter(partnership=partnership)
            .select_related("threshold_document_file", "escalation_policy_file")
            .first()
        )
        items = _arrangement_items(kind, found)
    return LocalInsert(
        kind=kind, partnership_name=partnership.name, items=items, website=partnership.website
    )
