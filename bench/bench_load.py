"""Load test: Locust practitioners doing the real journey (bench/locustfile.py) against the
production topology on this machine — two gunicorn nodes, one Celery worker and one beat
on the production settings, sharing PostgreSQL, Redis and an S3 server (moto) — headless
for a bounded time. Prints journeys per minute, p50/p95 per step and the error count
(which must be 0).

Needs PostgreSQL and Redis on this machine (BENCH_LOAD_DATABASE_URL, default
postgres://postgres@127.0.0.1:5432/postgres: a fresh database is made beside it and
dropped afterwards).

    uv run python bench/run.py load
    BENCH_LOAD_USERS=8 BENCH_LOAD_SECONDS=90 ...
"""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.topology.cluster import COURSE_PLAN, running_cluster, s3_server

ROOT = Path(__file__).resolve().parent.parent
USERS = int(os.environ.get("BENCH_LOAD_USERS", "6"))
SECONDS = int(os.environ.get("BENCH_LOAD_SECONDS", "60"))
DATABASE_URL = os.environ.get(
    "BENCH_LOAD_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/postgres"
)
ACCOUNTS = 400  # more than the journeys a run can make: each journey signs in afresh
PASSWORD = "a-long-password-for-the-load-test"

SETUP = (
    COURSE_PLAN
    + f"""
plan["accounts"] = learners({ACCOUNTS}, "{PASSWORD}")
plan["password"] = "{PASSWORD}"
print(json.dumps(plan))
"""
)


def _report(stats_csv: Path) -> None:
    rows = list(csv.DictReader(stats_csv.open()))
    journeys = next((r for r in rows if r["Type"] == "JOURNEY"), None)
    errors = sum(int(r["Failure Count"]) for r in rows if r["Name"] != "Aggregated")
    print(f"{'step':<26}{'count':>7}{'errors':>8}{'p50 ms':>9}{'p95 ms':>9}")
    for row in rows:
        if row["Name"] == "Aggregated":
            continue
        print(
            f"{row['Name']:<26}{row['Request Count']:>7}{row['Failure Count']:>8}"
            f"{row['50%']:>9}{row['95%']:>9}"
        )
    done = int(journeys["Request Count"]) - int(journeys["Failure Count"]) if journeys else 0
    print(
        f"journeys completed: {done} in {SECONDS}s = {done * 60 / SECONDS:.1f} per minute "
        f"({USERS} practitioners, 2 web nodes x 2 gunicorn workers, 1 worker); errors: {errors}"
    )
    if errors:
        raise RuntimeError(f"{errors} errors under load")


def main() -> None:

    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        with (
            s3_server() as endpoint,
            running_cluster(
                database_url=DATABASE_URL,
                s3_endpoint=endpoint,
                workdir=work,
                setup=SETUP,
                # Each practitioner comes from their own address, passed on by the load
                # balancer the locustfile plays: the sign-in rate limit is per address.
                extra_env={"TRUSTED_PROXY_COUNT": "1"},
            ) as cluster,
        ):
            plan = work / "plan.json"
            plan.write_text(json.dumps(cluster.plan))
            env = {
                **os.environ,
                "LOAD_PLAN": str(plan),
                "LOAD_PORTS": ",".join(map(str, cluster.ports)),
                "PYTHONPATH": str(ROOT),
            }
            subprocess.run(
                [
                    str(Path(sys.executable).parent / "locust"),
                    "-f",
                    str(ROOT / "bench" / "locustfile.py"),
                    "--headless",
                    "--only-summary",
                    "--loglevel",
                    "WARNING",
                    "-u",
                    str(USERS),
                    "-r",
                    str(USERS),
                    "-t",
                    f"{SECONDS}s",
                    "--stop-timeout",
                    "150",
                    "--csv",
                    str(work / "load"),
                ],  # fmt: skip
                cwd=ROOT,
                env=env,
                check=False,
                stdout=subprocess.DEVNULL,
            )
            _report(work / "load_stats.csv")


if __name__ == "__main__":
    main()
