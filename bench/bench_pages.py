"""Course pages served by gunicorn: requests per second and p50/p95 latency for a seeded
lesson page, its course page and the course catalogue, each as a ratio to a true bare
Django view: Django's default (startproject) middleware and no database, served by a
second gunicorn of the same build and worker count in the same run (bench/bare_settings.py,
bench/bare_urls.py). The pages are fetched as a signed-in learner.

A second baseline, "our middleware only", is a view on the site itself that does nothing
but pass through our middleware (sessions, authentication, CSP, MFA check) with the same
learner: the gap between it and the bare view is the middleware's cost, the gap between it
and a page is the page's own work.

Uses the configured database (DATABASE_URL, else var/db.sqlite3): it is migrated and
seeded with `seed_demo` first, as `make run` does. The middleware-only view lives only in
the bench URLconf (bench/pages_urls.py, settings bench/pages_settings.py).

    uv run python bench/run.py pages
    BENCH_PAGES_REQUESTS=400 BENCH_PAGES_CONCURRENCY=4 BENCH_PAGES_WORKERS=2 ...
"""

from __future__ import annotations

import http.client
import os
import socket
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REQUESTS = int(os.environ.get("BENCH_PAGES_REQUESTS", "300"))
CONCURRENCY = int(os.environ.get("BENCH_PAGES_CONCURRENCY", "4"))
WORKERS = int(os.environ.get("BENCH_PAGES_WORKERS", "2"))
SETTINGS = "bench.pages_settings"
BARE_SETTINGS = "bench.bare_settings"
BARE = "bare Django view"
COURSE_URL = "/courses/understanding-child-neglect/"
LESSON_URL = "/courses/understanding-child-neglect/signs-by-age/"
PAGES = [
    ("our middleware only", "/bench/bare/"),
    ("catalogue", "/courses/"),
    ("course", COURSE_URL),
    ("lesson", LESSON_URL),
]
# The pages the issue sets a target for: at least this fraction of the bare view's req/s.
TARGET = 0.2
TARGETED = ("course", "lesson")


def _env(settings: str = SETTINGS) -> dict[str, str]:
    env = os.environ.copy()
    env.update(DJANGO_SETTINGS_MODULE=settings, DEBUG="false", PYTHONPATH=str(ROOT))
    return env


def _prepare() -> str:
    """Migrate and seed the configured database; return a signed-in learner's session."""
    subprocess.run(
        [sys.executable, "manage.py", "migrate", "--noinput", "-v0"],
        cwd=ROOT,
        env=_env(),
        check=True,
    )
    subprocess.run(
        [sys.executable, "manage.py", "seed_demo"],
        cwd=ROOT,
        env=_env(),
        check=True,
        stdout=subprocess.DEVNULL,
    )
    code = (
        "from importlib import import_module\n"
        "from django.conf import settings\n"
        "from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY\n"
        "from learning.models import User\n"
        "user = User.objects.get(email='learner@example.org')\n"
        "store = import_module(settings.SESSION_ENGINE).SessionStore()\n"
        "store[SESSION_KEY] = str(user.pk)\n"
        "store[BACKEND_SESSION_KEY] = settings.AUTHENTICATION_BACKENDS[0]\n"
        "store[HASH_SESSION_KEY] = user.get_session_auth_hash()\n"
        "store.save()\n"
        "print(store.session_key)\n"
    )
    out = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", code],
        cwd=ROOT,
        env=_env(),
        check=True,
        capture_output=True,
        text=True,
    )
    return out.stdout.strip().splitlines()[-1]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_until_up(port: int, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            conn.request("GET", "/bench/bare/")
            conn.getresponse().read()
            return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError("gunicorn did not start")


def _load(port: int, path: str, cookie: str, total: int, concurrency: int) -> dict:
    """`total` GETs of `path` from `concurrency` keep-alive clients; latency per request."""
    latencies: list[float] = []
    errors: list[int] = []
    lock = threading.Lock()
    per_client = total // concurrency

    def client() -> None:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        mine = []
        for _ in range(per_client):
            started = time.perf_counter()
            conn.request("GET", path, headers={"Cookie": cookie, "Host": "localhost"})
            response = conn.getresponse()
            response.read()
            mine.append(time.perf_counter() - started)
            if response.status != 200:
                errors.append(response.status)
        conn.close()
        with lock:
            latencies.extend(mine)

    threads = [threading.Thread(target=client) for _ in range(concurrency)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - started
    if errors:
        raise RuntimeError(f"{path} answered {sorted(set(errors))} (expected 200)")
    latencies.sort()
    return {
        "rps": len(latencies) / elapsed,
        "p50": statistics.median(latencies) * 1000,
        "p95": latencies[int(len(latencies) * 0.95) - 1] * 1000,
    }


def _gunicorn(port: int, settings: str) -> subprocess.Popen:
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "cms.wsgi:application",
            f"--workers={WORKERS}",
            f"--bind=127.0.0.1:{port}",
            "--log-level=warning",
            "--keep-alive=30",
        ],
        cwd=ROOT,
        env=_env(settings),
    )


def main() -> None:
    session = _prepare()
    cookie = f"sessionid={session}"
    site_port, bare_port = _free_port(), _free_port()
    # cms.wsgi only calls get_wsgi_application(); the settings module picks the site.
    site = _gunicorn(site_port, SETTINGS)
    bare_site = _gunicorn(bare_port, BARE_SETTINGS)
    try:
        _wait_until_up(site_port)
        _wait_until_up(bare_port)

        db = os.environ.get("DATABASE_URL", "sqlite (var/db.sqlite3)").split("@")[-1]
        print(
            f"gunicorn, {WORKERS} sync workers per site; {REQUESTS} requests per page from "
            f"{CONCURRENCY} keep-alive clients; database: {db}; load average before: "
            f"{os.getloadavg()[0]:.2f}"
        )
        # Warm every worker's caches and connections.
        _load(bare_port, "/bench/bare/", cookie, CONCURRENCY * 5, CONCURRENCY)
        for _label, path in PAGES:
            _load(site_port, path, cookie, CONCURRENCY * 5, CONCURRENCY)
        results = {BARE: _load(bare_port, "/bench/bare/", cookie, REQUESTS, CONCURRENCY)}
        for label, path in PAGES:
            results[label] = _load(site_port, path, cookie, REQUESTS, CONCURRENCY)
    finally:
        for server in (site, bare_site):
            server.terminate()
            server.wait(timeout=30)
    bare = results[BARE]
    print(
        f"{'page':<21}{'req/s':>9}{'p50 ms':>9}{'p95 ms':>9}"
        f"{'req/s vs bare':>15}{'p50 vs bare':>13}"
    )
    for label, figures in results.items():
        print(
            f"{label:<21}{figures['rps']:>9.1f}{figures['p50']:>9.1f}{figures['p95']:>9.1f}"
            f"{figures['rps'] / bare['rps']:>15.3f}{figures['p50'] / bare['p50']:>13.2f}"
        )
    for label in TARGETED:
        ratio = results[label]["rps"] / bare["rps"]
        verdict = "met" if ratio >= TARGET else "NOT met"
        print(f"{label} page: {ratio:.3f}x the bare view's req/s (target >= {TARGET}x: {verdict})")


if __name__ == "__main__":
    main()
