"""The hand-built world the matrix runs in: partnerships A and B, each with agencies,
people of every role, KPIs, headcounts, certificates, employers, area contacts, course
attempts, xAPI statements, log entries, audit events, name change requests and people
whose personal data may be erased, plus the shared content (courses, briefings, the
public section, an H5P activity).

Every private record of partnership A carries the word "Kestrel" and every one of B the
word "Heron", so a page that shows another partnership's records is caught by a plain
text search (see `OTHER_SIDE_MARKER`). Shared and public content carries neither.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from django.core.files.base import ContentFile
from django.utils import timezone

from wagtail.log_actions import log
from wagtail.models import Page, Site

from certificates.codes import new_code
from certificates.models import (
    Certificate,
    CertificateExport,
    CertificateSignatory,
    NameChangeRequest,
)
from cms.home.seed import seed_site
from cms.public.models import (
    AreaContact,
    OpenCoursePage,
    ReportConcernPage,
    SpotTheSignsPage,
    SpotTheSignsSectionPage,
)
from courses.briefings.models import BriefingIndexPage, BriefingPage
from learning.audit.services import audit_record
from learning.briefings.services import digest_unsubscribe_token
from learning.coverage.models import Headcount, KPIMeasure, TrainingKPI
from learning.people.models import Agency, Sector, User
from learning.people.roles import Role
from learning.people.services import roles_sync
from learning.progress.models import CourseCompletion
from learning.progress.services import assessment_start
from learning.public.models import Employer
from learning.public.services import employer_join_token, employer_report_token
from learning.xapi.models import XAPIStatement
from tests.factories import (
    AgencyFactory,
    CourseIndexPageFactory,
    H5PActivityFactory,
    PartnershipFactory,
    UserFactory,
    XAPIClientFactory,
    course_with_lessons,
)
from tests.matrix.world_abandoned_drafts import build_abandoned_drafts_world
from tests.matrix.world_authoring import build_authoring_world
from tests.matrix.world_course_results import build_course_results_world
from tests.matrix.world_evaluation import build_evaluation_world
from tests.matrix.world_licences import build_licences_world
from tests.matrix.world_local_inserts import build_local_inserts_world
from tests.matrix.world_question_bank import build_question_bank_world
from tests.matrix.world_training import build_training_world
from tests.matrix.world_training_attendance import build_training_attendance_world

#: The word every private record of a partnership carries.
MARKER = {"A": "Kestrel", "B": "Heron"}

#: The roles the matrix signs in as. The in-scope roles all belong to partnership A (the
#: learner, trainer, lead and manager work in agency A1); `manager_B` is the administrator
#: of another partnership; `superuser` is the positive control.
ROLES = ("anonymous", "learner_A", "trainer_A", "lead_A", "manager_A", "manager_B", "superuser")

#: Each role's kind (what its groups let it do) and side (whose records it belongs with).
ROLE_KIND = {
    "anonymous": "anonymous",
    "learner_A": "learner",
    "trainer_A": "trainer",
    "lead_A": "lead",
    "manager_A": "manager",
    "manager_B": "manager",
    "superuser": "superuser",
}
ROLE_SIDE = {
    "learner_A": "A",
    "trainer_A": "A",
    "lead_A": "A",
    "manager_A": "A",
    "manager_B": "B",
}


def other_side_marker(role: str) -> str | None:
    """The word a page shown to `role` must never contain (None: no such rule)."""
    side = ROLE_SIDE.get(role)
    if side is None:
        return None
    return MARKER["B" if side == "A" else "A"]


@dataclass
class World:
    """Everything the fillers may refer to, by name (`world["agency_A1"]`)."""

    objects: dict[str, Any] = field(default_factory=dict)
    #: Each role's signed-in session key (made once per world).
    sessions: dict[str, str] = field(default_factory=dict)

    def __getitem__(self, name: str) -> Any:
        return self.objects[name]

    def __setitem__(self, name: str, value: Any) -> None:
        self.objects[name] = value

    def user(self, role: str) -> User | None:
        return None if role == "anonymous" else self.objects[role]


def _person(agency: Agency | None, first: str, last: str, roles=(), **fields) -> User:
    return UserFactory(
        agency=agency,
        first_name=first,
        last_name=last,
        email=f"{first}.{last}@matrix.example".lower(),
        roles=set(roles),
        **fields,
    )


def _publish(parent: Page, page: Page) -> Page:
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def _certificate(completion: CourseCompletion) -> Certificate:
    """A certificate as `certificate_issue` makes it, with a stand-in PDF (rendering a
    real one is the certificates tests' business, and slow)."""
    learner = completion.learner
    certificate = Certificate(
        completion=completion,
        learner=learner,
        course=completion.course,
        agency=completion.agency,
        partnership=completion.agency.partnership,
        learner_name=learner.get_full_name(),
        course_title=completion.course.title,
        completed_at=completion.completed_at,
        code=new_code(),
    )
    certificate.pdf.save(f"matrix-{certificate.code}.pdf", ContentFile(b"%PDF-1.4 matrix"))
    return certificate


def _export(manager: User, agency: Agency) -> CertificateExport:
    export = CertificateExport(
        requested_by=manager, agency=agency, state=CertificateExport.State.READY, total=1, done=1
    )
    export.file.save("matrix-export.zip", ContentFile(b"PK\x05\x06" + b"\0" * 18))
    return export


def _name_change(learner: User, last_name: str) -> NameChangeRequest:
    """A pending request, as `name_change_request` leaves it when certificates carry the
    old name (made directly: the matrix needs one for people who hold no certificate)."""
    return NameChangeRequest.objects.create(
        learner=learner,
        old_name=learner.get_full_name(),
        new_first_name=learner.first_name,
        new_last_name=last_name,
        requested_by=learner,
    )


def build_world() -> World:
    """Build the world (about a second on SQLite); the caller rolls it back."""
    world = World()
    home = seed_site(partnership_slug="none")
    roles_sync(root_page=home)
    world["home"] = home
    world["site"] = Site.objects.get(is_default_site=True)

    # --- Organisations and people --------------------------------------------------------
    partnership_a = PartnershipFactory(
        name="Alpha Safeguarding Partnership", slug="alpha", short_name="Alpha"
    )
    partnership_b = PartnershipFactory(
        name="Beta Safeguarding Partnership", slug="beta", short_name="Beta"
    )
    world["partnership_A"], world["partnership_B"] = partnership_a, partnership_b
    a1 = AgencyFactory(partnership=partnership_a, name="Kestrel Health Trust", sector=Sector.HEALTH)
    a2 = AgencyFactory(partnership=partnership_a, name="Kestrel Constabulary", sector=Sector.POLICE)
    b1 = AgencyFactory(partnership=partnership_b, name="Heron Health Trust", sector=Sector.HEALTH)
    world["agency_A1"], world["agency_A2"], world["agency_B1"] = a1, a2, b1

    world["learner_A"] = _person(a1, "Lee", "Kestrel-Learner")
    world["trainer_A"] = _person(a1, "Tia", "Kestrel-Trainer", roles={Role.TRAINER})
    world["lead_A"] = _person(a1, "Lou", "Kestrel-Lead", roles={Role.AGENCY_LEAD})
    world["manager_A"] = _person(a1, "Max", "Kestrel-Manager", roles={Role.PARTNERSHIP_MANAGER})
    world["manager_B"] = _person(b1, "Mia", "Heron-Manager", roles={Role.PARTNERSHIP_MANAGER})
    world["superuser"] = _person(None, "Sue", "Super", is_superuser=True, is_staff=True)
    world["learner_A2"] = _person(a2, "Ada", "Kestrel-Constable")
    world["learner_B"] = _person(b1, "Ben", "Heron-Learner")
    for key, agency in (("pending_A1", a1), ("pending_A2", a2), ("pending_B1", b1)):
        world[key] = _person(
            agency, "Pat", f"{MARKER[key[-2]]}-Pending-{key[-2:]}", agency_confirmed_at=None
        )

    # --- Shared content: a course, a briefing, the public section, an H5P activity ---------
    index = CourseIndexPageFactory(parent=home)
    course = course_with_lessons(parent=index, lessons=1, title="Matrix course", slug="matrix")
    world["course_index"] = index
    world["course"] = course
    world["lesson"] = course.get_children().specific().first()
    briefings = _publish(home, BriefingIndexPage(title="Briefings", slug="briefings"))
    world["briefing_index"] = briefings
    world["briefing"] = _publish(
        briefings, BriefingPage(title="Matrix briefing", slug="matrix-briefing", summary="A.")
    )
    landing = _publish(
        home, SpotTheSignsPage(title="Spot the signs", slug="spot-the-signs", intro="<p>A.</p>")
    )
    world["landing"] = landing
    world["section_page"] = _publish(
        landing,
        SpotTheSignsSectionPage(
            title="What to look for", slug="look", summary="A.", body=[("text", "<p>A.</p>")]
        ),
    )
    world["finder"] = _publish(
        landing, ReportConcernPage(title="Report a concern", slug="report", summary="A.")
    )
    world["open_course"] = _publish(
        landing, OpenCoursePage(title="Open course", slug="open-course", course=course)
    )
    world["open_course_lesson"] = world["lesson"]
    world["standard_page"] = home.get_children().live().filter(slug="privacy-notice").first()
    world["h5p_activity"] = H5PActivityFactory(title="Matrix quiz")
    world["xapi_client"] = XAPIClientFactory(name="Matrix tool")

    # --- Each partnership's records ------------------------------------------------------
    for side, partnership, agencies, learner, manager in (
        ("A", partnership_a, {"A1": a1, "A2": a2}, world["learner_A"], world["manager_A"]),
        ("B", partnership_b, {"B1": b1}, world["learner_B"], world["manager_B"]),
    ):
        marker = MARKER[side]
        kpi = TrainingKPI.objects.create(
            partnership=partnership,
            name=f"{marker} KPI: 80% of staff trained",
            measure=KPIMeasure.PERCENT,
            target=Decimal("80"),
            period_start=dt.date(2025, 4, 1),
            period_end=dt.date(2026, 3, 31),
        )
        kpi.courses.add(course)
        kpi.save()
        world[f"kpi_{side}"] = kpi
        for key, agency in agencies.items():
            world[f"headcount_{key}"] = Headcount.objects.create(
                agency=agency, headcount=120, counted_on=dt.date(2025, 4, 1)
            )
        world[f"area_contact_{side}"] = AreaContact.objects.create(
            partnership=partnership,
            area_name=f"{partnership.short_name} Town",
            service_name=f"{partnership.short_name} front door",
            phone_in_hours="01234 567890",
            postcode_districts="ZZ1" if side == "A" else "ZZ2",
        )
        employer = Employer.objects.create(
            partnership=partnership,
            name=f"{marker} Gas",
            sector="gas",
            contact_email=f"{marker.lower()}@gas.example",
        )
        world[f"employer_{side}"] = employer
        world[f"employer_{side}_join_token"] = employer_join_token(employer)
        world[f"employer_{side}_report_token"] = employer_report_token(employer)
        world[f"signatory_{side}"] = CertificateSignatory.objects.create(
            partnership=partnership, name=f"Sam {marker}-Chair", role="Independent Scrutineer"
        )
        world[f"attempt_{side}"] = assessment_start(learner=learner, course=course)
        world[f"statement_{side}"] = XAPIStatement.objects.create(
            statement_id=uuid.uuid4(),
            data={"actor": {"name": learner.get_full_name()}, "verb": {"id": "x"}},
            content_hash="0" * 64,
            verb="http://adlnet.gov/expapi/verbs/answered",
            learner=learner,
            timestamp=timezone.now(),
        )
        world[f"export_{side}"] = _export(manager, agencies[f"{side}1"])
        # What the admin records when a manager edits their own records (site history).
        log(instance=agencies[f"{side}1"], action="wagtail.edit", user=manager)
        log(instance=kpi, action="wagtail.edit", user=manager)

    for key, person in (("A1", "learner_A"), ("A2", "learner_A2"), ("B1", "learner_B")):
        completion = CourseCompletion.objects.create(
            learner=world[person],
            course=course,
            completed_at=timezone.now() - dt.timedelta(days=30),
            agency=world[f"agency_{key}"],
        )
        world[f"certificate_{key}"] = _certificate(completion)
    world["digest_token_A"] = digest_unsubscribe_token(learner=world["learner_A"])

    # --- Personal data, the audit log and name changes -------------------------------------
    for key, agency in (("A1", a1), ("A2", a2), ("B1", b1)):
        marker = MARKER[key[0]]
        # Someone whose personal data may be erased: no files of theirs (a certificate's
        # PDF) would be deleted outside the rolled-back transaction.
        world[f"data_subject_{key}"] = _person(agency, "Dee", f"{marker}-Subject-{key}")
        world[f"audit_event_{key}"] = audit_record(
            actor=world["superuser"],
            action="matrix.check",
            subject=world[{"A1": "learner_A", "A2": "learner_A2", "B1": "learner_B"}[key]],
            agency=agency,
            obj=f"{marker} audited record {key}",
        )
    world["audit_event_platform"] = audit_record(
        actor=world["superuser"], action="matrix.check", obj="Platform audited record"
    )
    for key, person in (
        ("A1", "learner_A"),
        ("A2", "learner_A2"),
        ("B1", "learner_B"),
        ("lead_A", "lead_A"),
        ("manager_A", "manager_A"),
    ):
        world[f"name_change_{key}"] = _name_change(
            world[person], f"{world[person].last_name}-Renamed"
        )
    build_training_world(world)
    build_training_attendance_world(world)
    build_course_results_world(world)
    build_evaluation_world(world)
    build_licences_world(world)
    build_authoring_world(world)
    build_abandoned_drafts_world(world)
    build_question_bank_world(world)
    build_local_inserts_world(world)
    return world
