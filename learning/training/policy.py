"""Who may organise a partnership's training, decided here once for the organisers' pages,
the register, the session snippet and the admin menu items.

The rule (issue 13: "trainers and managers can book on someone's behalf, move people
between sessions, and close booking"):

- administrators organise everything;
- partnership managers run their partnership's sessions and book anyone in it;
- trainers run the sessions of their own partnership's events (bookings, moves, closing
  booking, cancelling, the register) and book the people of their partnership;
- agency leads book their own agency's people onto any session they can see (their
  partnership's), and see only those bookings; they run no session.

Roles add up: someone who is both a trainer and a lead organises as a trainer.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from django.contrib.auth.models import AnonymousUser
from django.db.models import QuerySet

from learning.people.models import Partnership, User
from learning.people.roles import Role, user_roles
from learning.training.models import Booking, TrainingSession


class OrganiserLevel(StrEnum):
    ALL = "all"  # administrators
    PARTNERSHIP = "partnership"  # managers and trainers: they run the partnership's sessions
    AGENCY = "agency"  # agency leads: they book their own agency's people
    NONE = "none"


@dataclass(frozen=True)
class TrainingOrganiser:
    """What one person may do as an organiser of training. Ask `training_organiser`."""

    level: OrganiserLevel
    partnership_id: int | None = None
    agency_id: int | None = None

    @property
    def may_organise(self) -> bool:
        """May they open the organisers' pages at all (the "Training bookings" menu)?"""
        return self.level is not OrganiserLevel.NONE

    @property
    def runs_sessions(self) -> bool:
        """Do they run sessions (and take registers)? Managers, trainers, administrators."""
        return self.level in (OrganiserLevel.ALL, OrganiserLevel.PARTNERSHIP)

    def _owns(self, partnership_id: int | None) -> bool:
        return self.level is OrganiserLevel.ALL or (
            self.level is not OrganiserLevel.NONE and partnership_id == self.partnership_id
        )

    def sessions(self) -> QuerySet[TrainingSession]:
        """The sessions they may see on the organisers' pages: their partnership's events'."""
        sessions = TrainingSession.objects.select_related("event__partnership")
        if self.level is OrganiserLevel.ALL:
            return sessions
        if self.level is OrganiserLevel.NONE:
            return sessions.none()
        return sessions.filter(event__partnership_id=self.partnership_id)

    def run_sessions(self) -> QuerySet[TrainingSession]:
        """The sessions they run: close or reopen booking, move people, cancel, register."""
        return self.sessions() if self.runs_sessions else TrainingSession.objects.none()

    def runs(self, session: TrainingSession) -> bool:
        return self.runs_sessions and self._owns(session.event.partnership_id)

    def partnerships(self) -> QuerySet[Partnership]:
        """The partnerships whose sessions they may add or change (the session snippet)."""
        if self.level is OrganiserLevel.ALL:
            return Partnership.objects.all()
        if self.level is OrganiserLevel.PARTNERSHIP:
            return Partnership.objects.filter(pk=self.partnership_id)
        return Partnership.objects.none()

    def learners(self) -> QuerySet[User]:
        """Whom they may book on someone's behalf."""
        people = User.objects.filter(is_active=True).select_related("agency__partnership")
        if self.level is OrganiserLevel.ALL:
            return people.filter(agency__isnull=False)
        if self.level is OrganiserLevel.PARTNERSHIP:
            return people.filter(agency__partnership_id=self.partnership_id)
        if self.level is OrganiserLevel.AGENCY:
            return people.filter(agency_id=self.agency_id)
        return people.none()

    def may_book_for(self, learner: User) -> bool:
        agency = learner.agency
        if agency is None or self.level is OrganiserLevel.NONE:
            return False
        if self.level is OrganiserLevel.ALL:
            return True
        if self.level is OrganiserLevel.PARTNERSHIP:
            return agency.partnership_id == self.partnership_id
        return agency.pk == self.agency_id

    def bookings(self, session: TrainingSession) -> QuerySet[Booking]:
        """The bookings of a session they may see: everyone's if they run it, else their
        own agency's people's (a lead)."""
        bookings = Booking.objects.filter(session=session).select_related(
            "learner__agency__partnership", "booked_by"
        )
        if self.runs(session):
            return bookings
        if self.level is OrganiserLevel.AGENCY and self._owns(session.event.partnership_id):
            return bookings.filter(learner__agency_id=self.agency_id)
        return bookings.none()


NO_ORGANISER = TrainingOrganiser(OrganiserLevel.NONE)


def training_organiser(user: User | AnonymousUser) -> TrainingOrganiser:
    """The one place that decides who may organise which training (see the module)."""
    roles = user_roles(user)
    if Role.ADMIN in roles:
        return TrainingOrganiser(OrganiserLevel.ALL)
    agency = getattr(user, "agency", None)
    if agency is None:
        return NO_ORGANISER
    if roles & {Role.PARTNERSHIP_MANAGER, Role.TRAINER}:
        return TrainingOrganiser(OrganiserLevel.PARTNERSHIP, partnership_id=agency.partnership_id)
    if Role.AGENCY_LEAD in roles:
        return TrainingOrganiser(
            OrganiserLevel.AGENCY, partnership_id=agency.partnership_id, agency_id=agency.pk
        )
    return NO_ORGANISER
