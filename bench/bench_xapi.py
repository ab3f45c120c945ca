"""xAPI statements accepted per second: our endpoint on gunicorn beside Ralph (ralph-malph,
file-system backend), same machine, same statements, single posts and batches of 50.

Ralph is not a project dependency: it is installed into var/bench/ralph the first time.
Our server uses a fresh SQLite database under var/bench/ unless BENCH_DATABASE_URL is set
(e.g. postgres://postgres@127.0.0.1:5432/nml_h5p_bench).
"""

from __future__ import annotations

import base64
import http.client
import json
import os
import shutil
import socket
import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VAR = ROOT / "var" / "bench"
RALPH_VENV = VAR / "ralph"
RALPH_VERSION = "5.1.0"
SINGLES = int(os.environ.get("BENCH_XAPI_SINGLES", 300))
BATCHES = int(os.environ.get("BENCH_XAPI_BATCHES", 10))
BATCH_SIZE = 50
CLIENTS = int(os.environ.get("BENCH_XAPI_CLIENTS", 4))
WORKERS = int(os.environ.get("BENCH_XAPI_WORKERS", 2))
USER, PASSWORD = "bench", "bench-secret-123"


def statements(count: int, prefix: int) -> list[dict]:
    """H5P-like `answered` statements with fixed ids, so both servers get the same ones."""
    return [
        {
            "id": str(uuid.UUID(int=prefix << 64 | n)),
            "actor": {
                "objectType": "Agent",
                "name": f"Learner {n % 40}",
                "mbox": f"mailto:learner{n % 40}@example.org",
            },
            "verb": {
                "id": "http://adlnet.gov/expapi/verbs/answered",
                "display": {"en-US": "answered"},
            },
            "object": {
                "objectType": "Activity",
                "id": f"https://learning.example.org/h5p/activities/{n % 7}",
                "definition": {"name": {"en-US": "Spotting neglect"}},
            },
            "result": {
                "score": {"min": 0, "max": 1, "raw": n % 2, "scaled": n % 2},
                "success": bool(n % 2),
                "completion": True,
                "duration": "PT12S",
            },
            "timestamp": "2026-12-03T10:00:00+00:00",
        }
        for n in range(count)
    ]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until_up(port: int, path: str, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            conn.request("GET", path, headers={"X-Experience-API-Version": "1.0.3"})
            conn.getresponse().read()
            return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError(f"server on port {port} did not start")


def post_all(port: int, bodies: list, path: str) -> tuple[float, int]:
    """POST every body from CLIENTS keep-alive connections; return (seconds, failures)."""
    auth = "Basic " + base64.b64encode(f"{USER}:{PASSWORD}".encode()).decode()
    headers = {
        "Content-Type": "application/json",
        "X-Experience-API-Version": "1.0.3",
        "Authorization": auth,
    }
    failures = [0]
    lock = threading.Lock()
    work = list(enumerate(bodies))

    def run() -> None:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        while True:
            with lock:
                if not work:
                    break
                _, body = work.pop()
            conn.request("POST", path, body=json.dumps(body), headers=headers)
            response = conn.getresponse()
            response.read()
            if response.status != 200:
                with lock:
                    failures[0] += 1
                    if failures[0] <= 3:
                        print(f"  HTTP {response.status} from port {port}", flush=True)

    threads = [threading.Thread(target=run) for _ in range(CLIENTS)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return time.perf_counter() - started, failures[0]


def measure(name: str, port: int, path: str) -> dict[str, float]:
    singles = statements(SINGLES, 1)
    batches = statements(BATCHES * BATCH_SIZE, 2)
    batch_bodies = [batches[i : i + BATCH_SIZE] for i in range(0, len(batches), BATCH_SIZE)]
    warmup = statements(20, 3)
    post_all(port, warmup, path)
    seconds, failed = post_all(port, singles, path)
    single_rate = (len(singles) - failed) / seconds
    seconds_b, failed_b = post_all(port, batch_bodies, path)
    batch_rate = (len(batches) - failed_b * BATCH_SIZE) / seconds_b
    print(
        f"{name:<28} single: {single_rate:8.1f} statements/s   "
        f"batches of {BATCH_SIZE}: {batch_rate:8.1f} statements/s   "
        f"(failed requests: {failed + failed_b})",
        flush=True,
    )
    return {"single": single_rate, "batch": batch_rate}


# --- Our endpoint on gunicorn -------------------------------------------------------------


def run_ours() -> dict[str, float]:
    VAR.mkdir(parents=True, exist_ok=True)
    database = os.environ.get("BENCH_DATABASE_URL")
    if not database:
        db_file = VAR / "xapi-bench.sqlite3"
        db_file.unlink(missing_ok=True)
        database = f"sqlite:///{db_file}"
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "cms.settings.dev",
        "DEBUG": "false",
        "DATABASE_URL": database,
        "XAPI_FORWARD_ENDPOINT": "",
        "LOG_LEVEL": "WARNING",
        "CONN_MAX_AGE": "60",
    }
    manage = [sys.executable, str(ROOT / "manage.py")]
    subprocess.run([*manage, "migrate", "--noinput", "-v", "0"], env=env, check=True, cwd=ROOT)
    if os.environ.get("BENCH_DATABASE_URL"):
        subprocess.run(
            [
                *manage,
                "shell",
                "-c",
                "from learning.models import XAPIStatement, XAPIClient;"
                "XAPIStatement.objects.all().delete(); XAPIClient.objects.all().delete()",
            ],
            env=env,
            check=True,
            cwd=ROOT,
        )
    subprocess.run(
        [
            *manage,
            "shell",
            "-c",
            "from learning.models import XAPIClient;"
            f"c = XAPIClient(name='bench', key='{USER}'); c.set_secret('{PASSWORD}'); c.save()",
        ],
        env=env,
        check=True,
        cwd=ROOT,
    )
    port = free_port()
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "cms.wsgi",
            "-w",
            str(WORKERS),
            "-b",
            f"127.0.0.1:{port}",
            "--log-level",
            "warning",
        ],
        env=env,
        cwd=ROOT,
    )
    try:
        wait_until_up(port, "/xapi/about")
        kind = "PostgreSQL" if os.environ.get("BENCH_DATABASE_URL") else "SQLite"
        return measure(f"ours (gunicorn, {kind})", port, "/xapi/statements")
    finally:
        server.terminate()
        server.wait(timeout=20)


# --- Ralph --------------------------------------------------------------------------------


def ensure_ralph() -> Path:
    python = RALPH_VENV / "bin" / "python"
    marker = RALPH_VENV / f".ralph-{RALPH_VERSION}-ready"
    if marker.exists():
        return python
    print(f"Installing ralph-malph {RALPH_VERSION} into {RALPH_VENV} (once)", flush=True)
    # ralph-malph's `lrs` extra imports requests without depending on it: add it by hand.
    requirement = f"ralph-malph[backend-fs,cli,lrs]=={RALPH_VERSION}"
    uv = shutil.which("uv")
    if uv:
        if not python.exists():
            subprocess.run([uv, "venv", "-q", "--python", "3.11", str(RALPH_VENV)], check=True)
        subprocess.run(
            [uv, "pip", "install", "-q", "--python", str(python), requirement, "requests"],
            check=True,
        )
    else:
        if not python.exists():
            subprocess.run([sys.executable, "-m", "venv", str(RALPH_VENV)], check=True)
        subprocess.run(
            [str(python), "-m", "pip", "install", "-q", requirement, "requests"], check=True
        )
    subprocess.run(
        [str(python), "-c", "import ralph.api"],
        check=True,
        env={**os.environ, "RALPH_RUNSERVER_BACKEND": "fs"},
    )
    marker.touch()
    return python


# Ralph 5.1.0's file-system LRS backend writes with CREATE, so every POST after the first
# fails ("already exists"); the launcher makes it APPEND to its one JSON-lines file, which
# is what a file-system LRS has to do. Nothing else of Ralph is changed.
RALPH_LAUNCHER = """
from ralph.backends.data.base import BaseOperationType
from ralph.backends.lrs.fs import FSLRSBackend

FSLRSBackend.default_operation_type = BaseOperationType.APPEND

from ralph.api import app  # noqa: E402
"""


def run_ralph() -> dict[str, float]:
    python = ensure_ralph()
    app_dir = VAR / "ralph-app"
    data_dir = VAR / "ralph-data"
    shutil.rmtree(app_dir, ignore_errors=True)
    shutil.rmtree(data_dir, ignore_errors=True)
    app_dir.mkdir(parents=True)
    data_dir.mkdir(parents=True)
    env = {
        **os.environ,
        "RALPH_APP_DIR": str(app_dir),
        "RALPH_AUTH_FILE": str(app_dir / "auth.json"),
        "RALPH_RUNSERVER_BACKEND": "fs",
        "RALPH_BACKENDS__LRS__FS__DEFAULT_DIRECTORY_PATH": str(data_dir),
        "RALPH_BACKENDS__DATA__FS__DEFAULT_DIRECTORY_PATH": str(data_dir),
    }
    subprocess.run(
        [
            str(RALPH_VENV / "bin" / "ralph"),
            "auth",
            "-u",
            USER,
            "-p",
            PASSWORD,
            "-s",
            "all",
            "-M",
            "mailto:bench@example.org",
            "-w",
        ],
        env=env,
        check=True,
        stdout=subprocess.DEVNULL,
    )
    (app_dir / "ralph_bench_app.py").write_text(RALPH_LAUNCHER)
    port = free_port()
    server = subprocess.Popen(
        [
            str(python),
            "-m",
            "uvicorn",
            "ralph_bench_app:app",
            "--app-dir",
            str(app_dir),
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--workers",
            str(WORKERS),
            "--log-level",
            "warning",
        ],
        env=env,
        cwd=data_dir,
    )
    try:
        wait_until_up(port, "/whoami")
        return measure(f"Ralph {RALPH_VERSION} (uvicorn, fs)", port, "/xAPI/statements")
    finally:
        server.terminate()
        server.wait(timeout=20)


def main() -> None:
    print(
        f"{SINGLES} single statements and {BATCHES} batches of {BATCH_SIZE}, from {CLIENTS} "
        f"concurrent clients; each server runs {WORKERS} worker processes.",
        flush=True,
    )
    only = os.environ.get("BENCH_XAPI_ONLY", "")  # "ours" or "ralph", to run one side
    if only == "ralph":
        run_ralph()
        return
    ours = run_ours()
    if only == "ours":
        return
    try:
        ralph = run_ralph()
    except (subprocess.CalledProcessError, RuntimeError, OSError) as error:
        print(f"Ralph could not be run: {error!r}", flush=True)
        return
    print(
        f"ours/Ralph: single x{ours['single'] / ralph['single']:.2f}, "
        f"batches x{ours['batch'] / ralph['batch']:.2f}",
        flush=True,
    )


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    main()
