"""Licences in the matrix's world: each partnership's licence type (named with its
partnership's word, as private records are), and a licence in force of each side's
learner. A's licence type has no events, so its resources page lists no sessions."""

from __future__ import annotations

import datetime as dt

from django.utils import timezone

from learning.licences.models import Licence, LicenceType, LicensedResourcePage


def build_licences_world(world) -> None:
    today = timezone.localdate()
    for side, marker, learner in (("A", "Kestrel", "learner_A"), ("B", "Heron", "learner_B")):
        licence_type = LicenceType.objects.create(
            partnership=world[f"partnership_{side}"],
            name=f"{marker} tool",
            slug=f"{marker.lower()}-tool",
            validity_months=36,
        )
        world[f"licence_type_{side}"] = licence_type
        person = world[learner]
        world[f"licence_{side}"] = Licence.objects.create(
            licence_type=licence_type,
            person=person,
            agency=person.agency,
            licensed_on=today - dt.timedelta(days=30),
            renew_by=today + dt.timedelta(days=1000),
        )
    world["licensed_page_A"] = world["home"].add_child(
        instance=LicensedResourcePage(
            title="Matrix licensed guidance",
            slug="matrix-licensed-guidance",
            licence_type=world["licence_type_A"],
            body="<p>For holders of the licence.</p>",
        )
    )
