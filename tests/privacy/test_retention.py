"""Accounts not signed in to for ACCOUNT_INACTIVE_CLOSE_MONTHS are closed and anonymised by
the daily task, by the same policy as an erasure on request, audited as the system, and
running it again changes nothing. Time is simulated by the task's `now` argument."""

from __future__ import annotations

import datetime as dt

import pytest
from dateutil.relativedelta import relativedelta

from django.utils import timezone

from learning.audit.models import AuditEvent
from learning.people.models import User
from learning.privacy.tasks import close_inactive_accounts
from learning.progress.models import CourseCompletion
from tests.factories import AgencyFactory, UserFactory

NOW = dt.datetime(2030, 1, 15, 12, 0, tzinfo=dt.UTC)


def _person(name: str, *, last_login_months_ago: int | None, joined_months_ago: int, **kw):
    person = UserFactory(first_name=name, last_name="Sleeper", **kw)
    person.date_joined = NOW - relativedelta(months=joined_months_ago)
    person.last_login = (
        None if last_login_months_ago is None else NOW - relativedelta(months=last_login_months_ago)
    )
    person.save()
    return person


@pytest.fixture
def people(db, settings):
    settings.ACCOUNT_INACTIVE_CLOSE_MONTHS = 36
    agency = AgencyFactory()
    return {
        "stale": _person("Stale", last_login_months_ago=37, joined_months_ago=60, agency=agency),
        "recent": _person("Recent", last_login_months_ago=35, joined_months_ago=60, agency=agency),
        "never": _person("Never", last_login_months_ago=None, joined_months_ago=40, agency=agency),
        "new": _person("New", last_login_months_ago=None, joined_months_ago=2, agency=agency),
        "admin": _person(
            "Admin", last_login_months_ago=50, joined_months_ago=60, is_superuser=True
        ),
    }


def _fresh(person) -> User:
    return User.objects.get(pk=person.pk)


def test_accounts_idle_past_the_limit_are_closed_and_anonymised(people):
    assert close_inactive_accounts(now=NOW.isoformat()) == 2
    for key in ("stale", "never"):
        person = _fresh(people[key])
        assert not person.is_active, key
        assert person.email == f"erased-{person.pk}@erased.invalid"
        assert (person.first_name, person.last_name) == ("Erased", "person")
        assert not person.has_usable_password()
    for key in ("recent", "new", "admin"):
        assert _fresh(people[key]).is_active, key
        assert _fresh(people[key]).last_name == "Sleeper", key


def test_closing_is_audited_as_the_system_and_safe_to_run_twice(people):
    close_inactive_accounts(now=NOW.isoformat())
    close_inactive_accounts(now=NOW.isoformat())
    stale = _fresh(people["stale"])
    events = list(AuditEvent.objects.filter(subject=stale).order_by("pk"))
    assert [e.action for e in events] == ["account.close", "personal_data.erase"]
    for event in events:
        assert event.actor is None and event.actor_label == ""
        assert str(event).endswith(f"system: {event.action}")
    assert events[1].detail["reason"] == "account closed after 36 months without sign-in"
    assert events[1].detail["via"] == "retention"
    assert AuditEvent.objects.filter(action="personal_data.erase").count() == 2


def test_as_time_passes_the_next_account_reaches_the_limit(people):
    close_inactive_accounts(now=NOW.isoformat())
    assert _fresh(people["recent"]).is_active
    later = NOW + relativedelta(months=2)  # "recent" last signed in 37 months before this
    assert close_inactive_accounts(now=later.isoformat()) == 1
    assert not _fresh(people["recent"]).is_active
    assert _fresh(people["new"]).is_active


def test_a_closed_accounts_completions_still_count_with_their_agency(people, home_page):
    from tests.coverage.builders import complete, course

    gcp2 = course(home_page, slug="gcp2-retention")
    completion = complete(people["stale"], gcp2, "2026-05-01")
    close_inactive_accounts(now=NOW.isoformat())
    kept = CourseCompletion.objects.get(pk=completion.pk)
    assert kept.agency == people["stale"].agency
    assert kept.learner.last_name == "person"


def test_the_limit_comes_from_the_setting(people, settings):
    settings.ACCOUNT_INACTIVE_CLOSE_MONTHS = 34
    assert close_inactive_accounts(now=NOW.isoformat()) == 3  # stale, never and recent


@pytest.mark.worker
@pytest.mark.django_db(transaction=True)
def test_the_beat_task_closes_accounts_through_a_real_worker(celery_worker, settings):
    from django.conf import settings as live_settings

    assert "accounts-close-inactive" in live_settings.CELERY_BEAT_SCHEDULE
    stale = UserFactory(first_name="Stale", last_name="Sleeper")
    stale.last_login = timezone.now() - relativedelta(months=40)
    stale.save()
    result = close_inactive_accounts.delay()
    assert result.get(timeout=60) == 1
    assert not _fresh(stale).is_active
