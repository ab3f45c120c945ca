"""The dashboard's running counts give the same figures as counting the records
(`trained_counts`, kept as the oracle) on every day of varied data: expiries and
refreshers, a six-month course crossing a month end, people who moved agency, role
groups, attendance (in full and in part), licences (lapsed, revoked, renewed) and briefing
reads; and every write that changes who is trained updates them without a rebuild."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from django.core.management import CommandError, call_command
from django.utils import timezone

from courses.briefings.models import BriefingIndexPage, BriefingPage
from learning.briefings.models import BriefingRead
from learning.coverage.models import (
    CoverageChange,
    KPILearning,
    KPIMeasure,
    KPIScope,
    TrainingKPI,
)
from learning.coverage.selectors import (
    coverage_dashboard,
    coverage_system_scope,
    fresh_kpi_ids,
    kpi_agencies,
    running_counts,
    trained_counts,
)
from learning.licences.models import Licence, LicenceType
from learning.licences.services import licence_grant, licence_revoke
from learning.people.models import Agency, RoleGroup, Sector
from learning.people.roles import Role
from learning.privacy.services import personal_data_erase
from learning.progress.models import CourseCompletion
from learning.progress.services import course_completion_record
from learning.training.attendance.services import attendance_mark
from learning.training.models import Attendance, Booking, BookingStatus
from tests.factories import (
    AgencyFactory,
    PartnershipFactory,
    TrainingEventPageFactory,
    TrainingIndexPageFactory,
    TrainingSessionFactory,
)

from .builders import at, complete, course, learner, staff

pytestmark = pytest.mark.django_db

D = dt.date.fromisoformat
FIRST_DAY, LAST_DAY = D("2024-01-01"), D("2027-12-31")


def _kpi(partnership, name: str, **fields) -> TrainingKPI:
    courses = fields.pop("courses", ())
    events = fields.pop("events", ())
    agencies = fields.pop("agencies", ())
    kpi = TrainingKPI.objects.create(
        partnership=partnership,
        name=name,
        measure=fields.pop("measure", KPIMeasure.COUNT),
        target=Decimal("10"),
        period_start=fields.pop("period_start", D("2024-04-01")),
        period_end=fields.pop("period_end", D("2027-03-31")),
        **fields,
    )
    kpi.courses.set(courses)
    kpi.training_events.set(events)
    kpi.agencies.set(agencies)
    kpi.save()
    return kpi


def _session(event, day: str):
    starts = at(day)
    return TrainingSessionFactory(
        event=event, starts_at=starts, ends_at=starts + dt.timedelta(hours=3)
    )


def _attended(session, person, agency, attendance=Attendance.ATTENDED) -> Booking:
    return Booking.objects.create(
        session=session,
        learner=person,
        status=BookingStatus.BOOKED,
        attendance=attendance,
        attendance_agency=agency,
    )


@pytest.fixture
def world(home_page):
    """A partnership of three agencies (and one outside it) with every kind of record."""
    partnership = PartnershipFactory(name="Running Partnership", slug="running")
    health = AgencyFactory(partnership=partnership, name="Health", sector=Sector.HEALTH)
    police = AgencyFactory(partnership=partnership, name="Police", sector=Sector.POLICE)
    csc = AgencyFactory(partnership=partnership, name="CSC", sector=Sector.CHILDRENS_SOCIAL_CARE)
    outside = AgencyFactory(name="Outside agency")
    yearly = course(home_page, slug="yearly", validity_months=12)
    half = course(home_page, slug="half-yearly", validity_months=6)
    forever = course(home_page, slug="forever", validity_months=0)
    index = TrainingIndexPageFactory(parent=home_page)
    workshop = TrainingEventPageFactory(parent=index, title="Workshop", partnership=partnership)
    briefings = home_page.add_child(instance=BriefingIndexPage(title="Briefings", slug="b"))
    neglect = briefings.add_child(instance=BriefingPage(title="Neglect", slug="neglect"))
    neglect.topics.add("Neglect")
    neglect.save_revision().publish()
    other = briefings.add_child(instance=BriefingPage(title="Other", slug="other"))
    other.topics.add("Online safety")
    other.save_revision().publish()
    licence_type = LicenceType.objects.create(
        partnership=partnership, name="GCP2", slug="gcp2", validity_months=36
    )

    p = {f"h{i}": learner(health, f"h{i}") for i in range(1, 9)}
    p |= {f"p{i}": learner(police, f"p{i}") for i in range(1, 6)}
    p |= {f"c{i}": learner(csc, f"c{i}", role_group=RoleGroup.MANAGER) for i in range(1, 4)}
    p["o1"] = learner(outside, "o1")

    complete(p["h1"], yearly, "2024-05-10")
    complete(p["h1"], yearly, "2025-04-20", run=2)  # refresher before the first expired
    complete(p["h1"], half, "2025-06-01")  # overlaps both
    complete(p["h2"], yearly, "2024-02-29")  # a leap day: expires 28 February 2025
    complete(p["h2"], yearly, "2025-06-01", run=2)  # a gap, then again
    complete(p["h3"], half, "2025-08-31")  # six months on is 28 February 2026
    complete(p["h4"], forever, "2024-09-01")
    complete(p["h5"], yearly, "2025-01-31", agency=health)
    p["h5"].agency = police  # moved on; trained again in Police
    p["h5"].save()
    complete(p["h5"], yearly, "2025-11-15", run=2, agency=police)
    complete(p["p1"], yearly, "2026-12-31")
    complete(p["p2"], half, "2025-12-31")
    p["p3"].role_group = RoleGroup.MANAGER
    p["p3"].save()
    complete(p["p3"], yearly, "2025-03-03")
    complete(p["c1"], forever, "2025-02-02")
    complete(p["c2"], half, "2024-10-31")
    complete(p["o1"], yearly, "2025-05-05")  # another partnership: never counted here
    CourseCompletion.objects.create(  # no agency: counted nowhere
        learner=p["c3"], course=yearly, completed_at=at("2025-05-05"), agency=None
    )

    early, late = _session(workshop, "2025-03-10"), _session(workshop, "2026-01-20")
    _attended(early, p["h1"], health)  # also completed: counted once
    _attended(early, p["h6"], health)
    _attended(late, p["h6"], health)  # twice: counted once
    _attended(late, p["p4"], police)
    _attended(early, p["p5"], police, Attendance.PARTIAL)  # part does not count
    _attended(late, p["c2"], health)  # attended while in Health, completed in CSC

    def licence(person, agency, licensed_on, renew_by=None, revoked=None):
        Licence.objects.create(
            licence_type=licence_type,
            person=person,
            agency=agency,
            licensed_on=D(licensed_on),
            renew_by=D(renew_by) if renew_by else None,
            revoked_at=at(revoked) if revoked else None,
        )

    licence(p["h7"], health, "2024-06-01", "2025-06-01", revoked="2025-08-01")  # lapsed
    licence(p["h7"], health, "2025-09-01", "2028-09-01")  # licensed again
    licence(p["h8"], health, "2024-06-01", "2027-06-01", revoked="2025-10-10")
    licence(p["p1"], police, "2025-01-01")  # no renew-by date
    licence(p["p2"], police, "2025-05-01", "2025-04-01")  # never in force
    licence(p["p3"], police, "2025-05-01", "2028-05-01", revoked="2025-04-01")  # likewise

    for person, briefing, day, agency in [
        (p["h3"], neglect, "2024-07-07", health),
        (p["p4"], neglect, "2025-12-12", police),
        (p["p5"], other, "2025-12-12", police),
        (p["c1"], neglect, "2026-03-31", csc),
    ]:
        BriefingRead.objects.create(
            learner=person, briefing=briefing, read_at=at(day), agency=agency
        )

    kpis = [
        _kpi(partnership, "In date", courses=[yearly, half], requires_in_date=True),
        _kpi(
            partnership,
            "Ever, frontline",
            courses=[yearly, forever],
            requires_in_date=False,
            role_group=RoleGroup.FRONTLINE,
        ),
        _kpi(
            partnership,
            "Course or workshop",
            learning=KPILearning.COURSES_OR_TRAINING,
            courses=[half],
            events=[workshop],
            requires_in_date=True,
        ),
        _kpi(partnership, "Workshop", learning=KPILearning.TRAINING, events=[workshop]),
        _kpi(
            partnership,
            "Licensed",
            learning=KPILearning.LICENCES,
            licence_type=licence_type,
            measure=KPIMeasure.PERCENT,
        ),
        _kpi(
            partnership,
            "Neglect briefings",
            learning=KPILearning.BRIEFINGS,
            briefing_topics="neglect",
        ),
        _kpi(
            partnership,
            "Health and CSC only",
            courses=[yearly, half, forever],
            scope=KPIScope.AGENCIES,
            agencies=[health, csc],
        ),
    ]
    return {
        "partnership": partnership,
        "health": health,
        "police": police,
        "csc": csc,
        "people": p,
        "kpis": kpis,
        "courses": {"yearly": yearly, "half": half, "forever": forever},
        "workshop": workshop,
        "licence_type": licence_type,
    }


def _fresh() -> set[int]:
    return fresh_kpi_ids(list(TrainingKPI.objects.prefetch_related("courses", "training_events")))


def _every_day() -> list[dt.date]:
    return [FIRST_DAY + dt.timedelta(days=n) for n in range((LAST_DAY - FIRST_DAY).days + 1)]


def _agency_ids(kpi) -> list[int]:
    return [a.pk for a in kpi_agencies(kpi, list(Agency.objects.all()))]


def _dense(counts: dict[int, list[int]], agency_ids: list[int], size: int) -> dict:
    return {a: counts.get(a, [0] * size) for a in agency_ids}


def _assert_same_as_the_records(kpis) -> None:
    days = _every_day()
    for kpi in TrainingKPI.objects.filter(pk__in=[k.pk for k in kpis]).prefetch_related(
        "courses", "agencies", "training_events"
    ):
        agency_ids = _agency_ids(kpi)
        for start in range(0, len(days), 120):
            dates = days[start : start + 120]
            oracle = _dense(trained_counts(kpi, agency_ids, dates), agency_ids, len(dates))
            running = running_counts({kpi.pk: (agency_ids, dates)})[kpi.pk]
            assert _dense(running, agency_ids, len(dates)) == oracle, (kpi.name, dates[0])


def _figures(**kwargs) -> list[tuple]:
    """Every figure the dashboard shows: per agency, the total and the trend."""
    shown = []
    for coverage in coverage_dashboard(scope=coverage_system_scope(), **kwargs):
        shown.append(
            (
                coverage.kpi.name,
                [(r.name, r.trained, r.headcount, r.percent, r.rag) for r in coverage.rows],
                (coverage.total.trained, coverage.total.percent, coverage.total.rag),
                [(t.on, t.trained, t.percent) for t in coverage.trend],
            )
        )
    return shown


def test_running_counts_match_the_records_on_every_day(world):
    call_command("coverage_rebuild")
    assert _fresh() == {k.pk for k in world["kpis"]}
    _assert_same_as_the_records(world["kpis"])


@pytest.mark.parametrize("as_of", ["2025-02-28", "2025-08-31", "2026-01-21", "2026-03-31"])
def test_dashboard_shows_the_same_figures_as_counting_the_records(world, as_of):
    counted = _figures(as_of=D(as_of))  # nothing built yet: counted from the records
    assert not _fresh()
    call_command("coverage_rebuild", partnership="running")
    assert _figures(as_of=D(as_of)) == counted
    by_name = {name: total for name, _rows, total, _trend in counted}
    assert by_name["Workshop"][0] > 0 or as_of == "2025-02-28"


def test_rebuild_is_idempotent(world):
    call_command("coverage_rebuild")
    first = sorted(CoverageChange.objects.values_list("kpi_id", "agency_id", "day", "delta"))
    call_command("coverage_rebuild", partnership="running")
    again = sorted(CoverageChange.objects.values_list("kpi_id", "agency_id", "day", "delta"))
    assert first == again and first


def test_editing_what_a_kpi_counts_falls_back_to_the_records_until_rebuilt(world):
    call_command("coverage_rebuild")
    kpi = world["kpis"][0]
    world["courses"]["yearly"].validity_months = 24  # a course's validity changes
    world["courses"]["yearly"].save()
    assert kpi.pk not in _fresh()
    counted = _figures(as_of=D("2026-03-31"))
    call_command("coverage_rebuild", stale=True)
    assert TrainingKPI.objects.filter(counts_built_for="").count() == 0
    assert _figures(as_of=D("2026-03-31")) == counted
    _assert_same_as_the_records([kpi])


def test_every_write_updates_the_running_counts_without_a_rebuild(world):
    call_command("coverage_rebuild")
    people, health = world["people"], world["health"]
    manager = staff(health, Role.PARTNERSHIP_MANAGER, name="Manager")

    # A completion, through the service that records it.
    course_completion_record(
        learner=people["h8"], course=world["courses"]["yearly"], completed_at=at("2025-12-01")
    )
    # Attendance marked on the register, then one mark corrected to "part".
    session = _session(world["workshop"], "2026-02-02")
    bookings = [
        Booking.objects.create(session=session, learner=people[n], status=BookingStatus.BOOKED)
        for n in ("h2", "p2", "c3")
    ]
    attendance_mark(
        session=session,
        marks={b.pk: Attendance.ATTENDED for b in bookings},
        by=manager,
        now=at("2026-02-02"),
    )
    attendance_mark(
        session=session,
        marks={bookings[1].pk: Attendance.PARTIAL},
        by=manager,
        now=at("2026-02-02"),
    )
    # A licence granted by hand, and one revoked.
    licence_grant(
        person=people["h3"],
        licence_type=world["licence_type"],
        by=manager,
        reason="Trained elsewhere",
        licensed_on=D("2025-07-01"),
    )
    licence_revoke(
        licence=Licence.objects.get(person=people["h7"], renew_by=D("2028-09-01")),
        by=manager,
        reason="Left the role",
    )
    # A role group change (the frontline KPI counts today's group), a briefing read, a
    # record deleted and a person's move of agency (which changes nothing: the agency of
    # the time counts).
    people["h4"].role_group = RoleGroup.MANAGER
    people["h4"].save()
    BriefingRead.objects.create(
        learner=people["h6"],
        briefing=BriefingPage.objects.get(slug="neglect"),
        read_at=at("2025-01-01"),
        agency=health,
    )
    CourseCompletion.objects.get(learner=people["p2"]).delete()
    people["p1"].agency = health
    people["p1"].save()
    # A person's data erased: their licences are revoked with a bulk update.
    personal_data_erase(person=people["p1"], actor=manager, via="test")

    assert _fresh() == {k.pk for k in world["kpis"]}  # no rebuild
    _assert_same_as_the_records(world["kpis"])
    licensed = next(k for k in world["kpis"] if k.learning == KPILearning.LICENCES)
    (coverage,) = _figures(kpi_id=licensed.pk, as_of=timezone.localdate())
    rows = {name: trained for name, trained, *_rest in coverage[1]}
    assert rows["Police"] == 0  # p1's open-ended licence was revoked by the erasure today
    assert rows["Health"] == 1  # h3's new licence; h7's was revoked, h8's earlier


def test_a_deleted_account_is_taken_out_of_the_counts(world):
    call_command("coverage_rebuild")
    person = world["people"]["h6"]  # attended twice and read nothing: no protected records
    Booking.objects.filter(learner=person).delete()
    person.delete()
    _assert_same_as_the_records(world["kpis"])


def test_dashboard_reads_fewer_queries_from_the_running_counts(world, django_assert_num_queries):
    call_command("coverage_rebuild")
    # Seven KPIs (one about briefings, two about training): the KPIs with their courses,
    # agencies and events, the agencies, headcounts, two for practice indicators, the
    # snapshots, the briefings of the briefing KPI and ONE for every KPI's running counts
    # (month rows, and the day rows of a date's own month when it is not a month end).
    for as_of in ("2026-03-31", "2026-03-30"):
        with django_assert_num_queries(11):
            coverage_dashboard(scope=coverage_system_scope(), as_of=D(as_of))
    TrainingKPI.objects.update(counts_built_for="")  # counted from the records: 1 or 3 a KPI
    with django_assert_num_queries(19):
        coverage_dashboard(scope=coverage_system_scope(), as_of=D("2026-03-31"))


def test_seed_scale_leaves_running_counts_that_match_the_records(home_page, capsys):
    call_command("seed_scale", learners=200, agencies=3)
    kpis = list(TrainingKPI.objects.filter(partnership__slug="scale-test"))
    assert len(kpis) == 3
    assert _fresh() == {k.pk for k in kpis}  # seeding rebuilt them
    _assert_same_as_the_records(kpis)


def test_rebuild_refuses_an_unknown_partnership(db):
    with pytest.raises(CommandError, match="no partnership with the slug 'nowhere'"):
        call_command("coverage_rebuild", partnership="nowhere")
