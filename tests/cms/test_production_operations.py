"""Production logs one JSON object per line, reports errors to Sentry only when a DSN is
set (never with personal data), and takes its object storage from the environment
(issue #18). Each run is a real `manage.py` in a subprocess with production settings."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from tests.cms.test_production_settings import ALSO_READ, CONFIGURATION, ROOT


def production_shell(code: str, **extra: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in {*CONFIGURATION, *ALSO_READ}}
    env.update(CONFIGURATION, **extra)
    return subprocess.run(
        [
            sys.executable,
            "manage.py",
            "shell",
            "--no-imports",
            "--settings=cms.settings.production",
            "-c",
            code,
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


def test_logs_are_one_json_object_per_line():
    result = production_shell(
        "import logging; logging.getLogger('learning.audit').warning('export %s ready', 7)"
    )

    assert result.returncode == 0, result.stderr
    [line] = [line for line in result.stderr.splitlines() if "export" in line]
    record = json.loads(line)
    assert record["level"] == "WARNING"
    assert record["logger"] == "learning.audit"
    assert record["message"] == "export 7 ready"
    assert "time" in record


def test_sentry_is_off_without_a_dsn_and_never_sends_personal_data_with_one():
    code = (
        "import sentry_sdk; c = sentry_sdk.get_client(); "
        "d = c.options['data_collection']; print(c.is_active(), d['user_info'], "
        "d['http_bodies'], d['stack_frame_variables'], c.options['environment'])"
    )

    without = production_shell(code)
    with_dsn = production_shell(
        code, SENTRY_DSN="https://public@o0.ingest.sentry.io/1", SENTRY_ENVIRONMENT="staging"
    )

    assert without.stdout.split()[0] == "False", without.stderr
    assert with_dsn.stdout.split() == ["True", "False", "[]", "False", "staging"], with_dsn.stderr


def test_object_storage_comes_from_the_environment_and_refuses_half_a_configuration():
    code = (
        "from django.conf import settings; s = settings.STORAGES; "
        "print(s['default']['OPTIONS']['bucket_name'], s['private']['OPTIONS']['bucket_name'])"
    )

    both = production_shell(
        code, AWS_STORAGE_BUCKET_NAME="media", AWS_PRIVATE_BUCKET_NAME="private"
    )
    half = production_shell(code, AWS_STORAGE_BUCKET_NAME="media")

    assert both.stdout.split() == ["media", "private"], both.stderr
    assert half.returncode != 0
    assert "AWS_PRIVATE_BUCKET_NAME" in half.stderr
