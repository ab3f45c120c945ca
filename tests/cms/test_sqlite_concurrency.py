"""The SQLite default holds parallel writers (issue #12, finding 4: an xAPI load beside a
learner's knowledge check gave "database is locked" 500s).

The writers run in a process of their own (`sqlite_writers.py`) on a fresh SQLite file,
so this test proves the embedded default whichever database the suite itself uses.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.cms.sqlite_writers import LEARNERS, ROUNDS

ROOT = Path(__file__).resolve().parents[2]


def test_parallel_writers_on_the_sqlite_default_get_no_500_and_lose_nothing(tmp_path):
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    env.update(
        DJANGO_SETTINGS_MODULE="cms.settings.test",
        DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}",
        CELERY_TASK_ALWAYS_EAGER="true",
        ALLOWED_HOSTS="testserver",
    )
    result = subprocess.run(
        [sys.executable, "-m", "tests.cms.sqlite_writers"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    report = json.loads(result.stdout.strip().splitlines()[-1])

    assert report["failures"] == [], report
    # Each answer redirects back to the lesson; each statement is stored (200).
    assert report["statuses"] == {"200": LEARNERS * ROUNDS, "302": LEARNERS * ROUNDS}, report
    # Answering again replaces the answer: one per learner. Every statement is kept.
    assert report["answers"] == LEARNERS
    assert report["statements"] == LEARNERS * ROUNDS
    assert report["journal_mode"] == "wal"
