"""The container image and compose file stay true to the settings (issue #18): every
variable production refuses to start without is set for the app's services, each
long-running service has a health check, one beat, the image runs as a non-root user with
its assets built in. (No container engine can pull base images on CI's machine, so the
image itself is not built there: the two-node topology test is the running proof.)"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from django.core.management import CommandError, call_command

from cms.health.models import Heartbeat
from tests.cms.test_production_settings import CONFIGURATION

ROOT = Path(__file__).resolve().parents[2]
COMPOSE = yaml.safe_load((ROOT / "compose.yaml").read_text())
DOCKERFILE = (ROOT / "Dockerfile").read_text()
APP_SERVICES = ["migrate", "web1", "web2", "worker", "beat"]


def test_compose_runs_two_web_nodes_a_worker_one_beat_and_the_shared_services():
    services = COMPOSE["services"]
    assert {"web1", "web2", "worker", "beat", "db", "redis", "objects", "proxy"} <= set(services)
    beats = [name for name, s in services.items() if "beat" in str(s.get("command", ""))]
    assert beats == ["beat"]
    proxy = " ".join(services["proxy"]["command"])
    assert "--to web1:8000" in proxy and "--to web2:8000" in proxy


@pytest.mark.parametrize("name", APP_SERVICES)
def test_every_app_service_gets_what_production_requires(name):
    environment = COMPOSE["services"][name]["environment"]
    required = set(CONFIGURATION) - {"CSRF_TRUSTED_ORIGINS"}
    assert required <= set(environment), required - set(environment)
    assert environment["DJANGO_SETTINGS_MODULE"] == "cms.settings.production"
    # Several nodes share every file: object storage is configured, both buckets.
    assert environment["AWS_STORAGE_BUCKET_NAME"] != environment["AWS_PRIVATE_BUCKET_NAME"]


@pytest.mark.parametrize("name", ["db", "redis", "objects", "worker", "beat"])
def test_long_running_services_have_health_checks(name):
    assert COMPOSE["services"][name]["healthcheck"]["test"]


def test_web_nodes_are_healthy_by_healthz_and_wait_for_migrations():
    web = COMPOSE["services"]["web1"]
    assert web["depends_on"]["migrate"]["condition"] == "service_completed_successfully"
    assert "/healthz/" in DOCKERFILE.split("HEALTHCHECK", 1)[1].splitlines()[1]
    for required in ("web1", "web2"):
        assert COMPOSE["services"]["proxy"]["depends_on"][required]["condition"] == (
            "service_healthy"
        )


def test_image_is_multi_stage_non_root_with_assets_and_static_files_built_in():
    assert len(re.findall(r"^FROM ", DOCKERFILE, flags=re.MULTILINE)) >= 3
    [user] = re.findall(r"^USER (\S+)", DOCKERFILE, flags=re.MULTILINE)
    assert user not in {"root", "0"}
    assert "npm run build" in DOCKERFILE
    assert "uv sync --frozen --no-dev" in DOCKERFILE
    assert "collectstatic" in DOCKERFILE
    assert re.search(r'^CMD \["gunicorn", "cms.wsgi"', DOCKERFILE, flags=re.MULTILINE)
    # The collectstatic step gives production settings every variable they require.
    step = DOCKERFILE.split("manage.py collectstatic", 1)[0].rsplit("RUN ", 1)[1]
    missing = {name for name in CONFIGURATION if f"{name}=" not in step}
    assert missing <= {"CSRF_TRUSTED_ORIGINS"}, missing


@pytest.mark.django_db
def test_health_command_exits_non_zero_when_the_part_named_is_stale(settings, capsys):
    from django.utils import timezone

    from cms.health.services import heartbeat_record

    settings.HEALTHZ_REQUIRE_HEARTBEATS = True
    with pytest.raises(CommandError, match="worker is unknown"):
        call_command("health", "--part", "worker")

    heartbeat_record(source=Heartbeat.Source.WORKER, at=timezone.now())
    call_command("health", "--part", "worker")
    assert '"worker": "ok"' in capsys.readouterr().out
    with pytest.raises(CommandError, match="beat is unknown"):
        call_command("health", "--part", "beat")
