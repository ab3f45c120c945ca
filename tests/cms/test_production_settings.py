"""Production settings refuse to start half-configured (issue #12, finding 2).

They once fell back to SQLite under var/ and console email when DATABASE_URL or
EMAIL_URL was missing. Each run is a real `manage.py check --deploy` in a subprocess.
"""

from __future__ import annotations

import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

CONFIGURATION = {
    "SECRET_KEY": secrets.token_urlsafe(64),
    "ALLOWED_HOSTS": "learning.example.org",
    "CSRF_TRUSTED_ORIGINS": "https://learning.example.org",
    "DATABASE_URL": "postgres://neglect:secret@db.internal:5432/neglect_matters",
    "EMAIL_URL": "smtp+tls://mailer:secret@smtp.example.org:587",
    "WAGTAILADMIN_BASE_URL": "https://learning.example.org",
    "CERTIFICATES_BASE_URL": "https://learning.example.org",
    "REDIS_URL": "redis://redis.internal:6379/0",
}
# Everything production reads that a developer's shell, CI or another test may have set
# (the browser fixture sets DJANGO_ALLOW_ASYNC_UNSAFE for the live server in this process).
ALSO_READ = [
    "CACHE_URL",
    "CELERY_BROKER_URL",
    "CELERY_RESULT_BACKEND",
    "DJANGO_SETTINGS_MODULE",
    "DJANGO_ALLOW_ASYNC_UNSAFE",
]


def check_deploy(configuration: dict[str, str]) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in {*CONFIGURATION, *ALSO_READ}}
    env.update(configuration)
    return subprocess.run(
        [
            sys.executable,
            "manage.py",
            "check",
            "--deploy",
            "--fail-level",
            "WARNING",
            "--settings=cms.settings.production",
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


def test_fully_configured_production_passes_check_deploy_with_no_issues():
    result = check_deploy(CONFIGURATION)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues (0 silenced)." in result.stdout


def test_cache_and_broker_may_be_named_instead_of_one_redis():
    configuration = {k: v for k, v in CONFIGURATION.items() if k != "REDIS_URL"}
    configuration["CACHE_URL"] = "redis://redis.internal:6379/1"
    configuration["CELERY_BROKER_URL"] = "redis://redis.internal:6379/0"
    result = check_deploy(configuration)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues (0 silenced)." in result.stdout


@pytest.mark.parametrize(
    "missing",
    [
        "SECRET_KEY",
        "ALLOWED_HOSTS",
        "DATABASE_URL",
        "EMAIL_URL",
        "WAGTAILADMIN_BASE_URL",
        "CERTIFICATES_BASE_URL",
    ],
)
def test_production_refuses_to_start_without_each_required_variable(missing):
    configuration = {k: v for k, v in CONFIGURATION.items() if k != missing}
    result = check_deploy(configuration)
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert f"Set the {missing} environment variable" in result.stderr


@pytest.mark.parametrize(
    ("named", "missing"),
    [
        ({}, "CACHE_URL, CELERY_BROKER_URL"),
        ({"CACHE_URL": "redis://redis.internal:6379/1"}, "CELERY_BROKER_URL"),
        ({"CELERY_BROKER_URL": "redis://redis.internal:6379/0"}, "CACHE_URL"),
    ],
)
def test_production_refuses_to_start_without_a_cache_and_broker(named, missing):
    configuration = {k: v for k, v in CONFIGURATION.items() if k != "REDIS_URL"}
    configuration.update(named)
    result = check_deploy(configuration)
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert f"Set REDIS_URL, or both CACHE_URL and CELERY_BROKER_URL (missing: {missing})" in (
        result.stderr
    )
