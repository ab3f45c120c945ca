"""/healthz reports the database and the Celery worker's and beat's heartbeats (issue #12,
finding 3: it checked only the database, and a dead worker went unnoticed)."""

from __future__ import annotations

import datetime as dt

import pytest

from django.db import connection
from django.utils import timezone

from cms.health.models import Heartbeat
from cms.health.services import heartbeat_record

pytestmark = pytest.mark.django_db


def beat_and_worker_seen(minutes_ago: float, *, worker: float | None = None) -> None:
    now = timezone.now()
    heartbeat_record(source=Heartbeat.Source.BEAT, at=now - dt.timedelta(minutes=minutes_ago))
    heartbeat_record(
        source=Heartbeat.Source.WORKER,
        at=now - dt.timedelta(minutes=minutes_ago if worker is None else worker),
    )


def test_healthy_when_the_database_answers_and_both_heartbeats_are_recent(client):
    beat_and_worker_seen(14)
    response = client.get("/healthz/")
    assert response.status_code == 200
    body = response.json()
    assert body | {"last_seen": None} == {
        "status": "ok",
        "database": "ok",
        "worker": "ok",
        "beat": "ok",
        "last_seen": None,
    }
    assert set(body["last_seen"]) == {"worker", "beat"}
    assert "no-cache" in response["Cache-Control"]


def test_a_dead_worker_makes_healthz_fail(client):
    beat_and_worker_seen(5, worker=31)
    response = client.get("/healthz/")
    assert response.status_code == 503
    assert response.json()["worker"] == "stale"
    assert response.json()["beat"] == "ok"
    assert response.json()["status"] == "fail"


def test_a_dead_beat_makes_healthz_fail(client):
    beat_and_worker_seen(45, worker=5)
    response = client.get("/healthz/")
    assert response.status_code == 503
    assert (response.json()["worker"], response.json()["beat"]) == ("ok", "stale")


def test_the_heartbeat_age_limit_is_a_setting(client, settings):
    settings.HEALTHZ_HEARTBEAT_MAX_AGE = 60
    beat_and_worker_seen(2)
    response = client.get("/healthz/")
    assert response.status_code == 503
    assert (response.json()["worker"], response.json()["beat"]) == ("stale", "stale")


def test_before_the_first_heartbeat_development_is_healthy_and_production_is_not(client, settings):
    # A real worker started by an earlier test may have beaten into this database.
    Heartbeat.objects.all().delete()
    settings.HEALTHZ_REQUIRE_HEARTBEATS = False
    response = client.get("/healthz/")
    assert response.status_code == 200
    assert response.json()["worker"] == response.json()["beat"] == "unknown"

    settings.HEALTHZ_REQUIRE_HEARTBEATS = True
    response = client.get("/healthz/")
    assert response.status_code == 503
    assert response.json()["worker"] == "unknown"


@pytest.mark.django_db(transaction=True)
def test_database_down_makes_healthz_fail(client):
    beat_and_worker_seen(1)
    saved = dict(connection.settings_dict)
    connection.close()
    if connection.vendor == "sqlite":
        connection.settings_dict["NAME"] = "/nonexistent/folder/db.sqlite3"
    else:
        connection.settings_dict["PORT"] = "1"
    try:
        response = client.get("/healthz/")
    finally:
        connection.close()
        connection.settings_dict.update(saved)
    assert response.status_code == 503
    assert response.json()["database"] == "unavailable"
    assert response.json()["status"] == "fail"


@pytest.mark.worker
def test_a_real_worker_running_the_heartbeat_turns_the_worker_ok(client, settings, celery_worker):
    from cms.tasks import heartbeat

    settings.HEALTHZ_REQUIRE_HEARTBEATS = True
    beat_and_worker_seen(5, worker=120)
    assert client.get("/healthz/").json()["worker"] == "stale"

    heartbeat.delay().get(timeout=60)

    response = client.get("/healthz/")
    assert response.json()["worker"] == "ok"
    assert response.status_code == 200


@pytest.mark.worker
def test_a_real_beat_and_worker_turn_healthz_ok(client, settings, celery_beat, wait_for):
    """Beat records its own heartbeat when it sends a task, and sends the worker's
    heartbeat task as soon as it starts."""
    settings.HEALTHZ_REQUIRE_HEARTBEATS = True
    beat_and_worker_seen(120)
    assert client.get("/healthz/").status_code == 503

    response = wait_for(lambda: (r := client.get("/healthz/")).status_code == 200 and r, 90)

    assert response, client.get("/healthz/").json()
    assert response.json() | {"last_seen": None} == {
        "status": "ok",
        "database": "ok",
        "worker": "ok",
        "beat": "ok",
        "last_seen": None,
    }
