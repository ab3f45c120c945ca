"""Training in the matrix's world: a /training/ index, one event and session owned by
each partnership, each partnership's charge policy, a booking of each side's learner,
and a booking of A awaiting its manager's approval (with its signed link).

Event titles are shared public content, so they carry neither marker; the sessions'
trainers (shown in the admin listings) carry their partnership's word.
"""

from __future__ import annotations

import datetime as dt

from django.utils import timezone

from learning.training.models import Booking, BookingStatus, ChargePolicy
from learning.training.tokens import approval_token
from tests.factories import (
    TrainingEventPageFactory,
    TrainingIndexPageFactory,
    TrainingSessionFactory,
)


def build_training_world(world) -> None:
    index = TrainingIndexPageFactory(parent=world["home"])
    world["training_index"] = index
    for side, learner in (("A", "learner_A"), ("B", "learner_B")):
        marker = {"A": "Kestrel", "B": "Heron"}[side]
        partnership = world[f"partnership_{side}"]
        event = TrainingEventPageFactory(
            parent=index,
            title=f"Matrix workshop {side.lower()}",
            slug=f"matrix-workshop-{side.lower()}",
            partnership=partnership,
        )
        world[f"training_event_{side}"] = event
        session = TrainingSessionFactory(event=event, trainers=f"{marker} Trainer Team")
        world[f"session_{side}"] = session
        world[f"charge_policy_{side}"] = ChargePolicy.objects.create(partnership=partnership)
        world[f"booking_{side}"] = Booking.objects.create(
            session=session, learner=world[learner], status=BookingStatus.BOOKED
        )
    requested = Booking.objects.create(
        session=world["session_A"],
        learner=world["learner_A2"],
        status=BookingStatus.REQUESTED,
        manager_email="line.manager@matrix.example",
        approval_nonce="matrix",
        approval_expires_at=timezone.now() + dt.timedelta(days=7),
    )
    world["booking_requested_A"] = requested
    world["approval_token_A"] = approval_token(booking=requested, decision="approve")
