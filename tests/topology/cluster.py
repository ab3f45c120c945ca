"""The production topology as real processes on this machine: an S3 server (moto), N
gunicorn nodes and one Celery worker and one beat on the production settings, sharing a
fresh PostgreSQL database, Redis and the object store. Used by the topology test and by
the load test in bench/ (`make bench`), so both measure the same thing."""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.client import HTTPConnection
from http.cookies import SimpleCookie
from pathlib import Path
from urllib.parse import urlencode, urlsplit

ROOT = Path(__file__).resolve().parents[2]
REDIS = "redis://127.0.0.1:6379/10"  # broker /10, cache and sessions /11: apart from CI's
S3_CREDENTIALS = {
    "AWS_ACCESS_KEY_ID": "test-key",
    "AWS_SECRET_ACCESS_KEY": "test-secret",
    "AWS_DEFAULT_REGION": "eu-west-2",
}
BUCKETS = ("topology-media", "topology-private")

#: Python for `running_cluster(setup=...)`: `plan`, what a learner must answer to complete
#: the seeded "Spotting the signs" course (its lessons' knowledge checks, the assessment's
#: correct options). A setup adds its own accounts to `plan` and prints it as JSON.
COURSE_PLAN = """
import json
from allauth.account.models import EmailAddress
from django.contrib.auth.hashers import make_password
from django.utils import timezone
from wagtail.models import Site
from courses.catalogue.models import CoursePage
from learning.people.models import Agency, User

# With a site per partnership, page.url is a full address: the nodes are asked for paths
# on the default site.
site = Site.objects.get(is_default_site=True)
course = CoursePage.objects.live().get(slug="spotting-the-signs")
lessons = []
for lesson in course.lessons():
    checks = [
        {"question": q["id"], "options": [o["id"] for o in q["options"] if o["correct"]]
         if q["multiple"] else [next(o["id"] for o in q["options"] if o["correct"])]}
        for q in lesson.knowledge_check_questions().values()
    ]
    lessons.append({"id": lesson.pk, "url": lesson.relative_url(site), "checks": checks})
bank = {qid: [o["id"] for o in q["options"] if o["correct"]]
        for qid, q in course.assessment_question_bank().items()}
plan = {"course": course.pk, "course_url": course.relative_url(site), "lessons": lessons,
        "bank": bank}


def learners(count, password):
    \"\"\"Signed-up practitioners with verified emails and one password (hashed once).\"\"\"
    hashed = make_password(password)
    users = User.objects.bulk_create(
        User(email=f"learner-{n}@load.example.org", password=hashed, first_name="Load",
             last_name=f"Tester {n}", agency=Agency.objects.order_by("pk").first(),
             agency_confirmed_at=timezone.now())
        for n in range(count)
    )
    EmailAddress.objects.bulk_create(
        EmailAddress(user=u, email=u.email, verified=True, primary=True) for u in users
    )
    return [u.email for u in users]
"""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(check: Callable[[], object], *, seconds: float, what: str):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        result = check()
        if result:
            return result
        time.sleep(0.5)
    raise AssertionError(f"Timed out waiting for {what}")


@contextlib.contextmanager
def s3_server() -> Iterator[str]:
    """moto's S3 server on a free local port; yields its endpoint URL."""
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, **S3_CREDENTIALS},
    )
    endpoint = f"http://127.0.0.1:{port}"

    def answers() -> bool:
        try:
            urllib.request.urlopen(f"{endpoint}/moto-api/", timeout=1)  # noqa: S310
        except OSError:
            return False
        return True

    try:
        wait_for(answers, seconds=30, what="moto's S3 server")
        yield endpoint
    finally:
        process.terminate()
        process.wait(timeout=10)


class Visitor:
    """One person's cookies, sent to whichever node is asked (as a load balancer would).
    Cookies are kept by hand: production marks them Secure, and these nodes speak HTTP."""

    def __init__(self, *, forwarded_for: str = "") -> None:
        self.cookies: dict[str, str] = {}
        # The client's address as a load balancer in front of the nodes would pass it on
        # (the nodes trust one proxy when started with TRUSTED_PROXY_COUNT=1).
        self.forwarded_for = forwarded_for

    def request(
        self,
        port: int,
        method: str,
        path: str,
        data: dict | None = None,
        files: dict[str, tuple[str, bytes]] | None = None,
    ):
        headers = {"Host": "127.0.0.1"}
        if self.forwarded_for:
            headers["X-Forwarded-For"] = self.forwarded_for
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        body = None
        if data is not None:
            data = {**data, "csrfmiddlewaretoken": self.cookies.get("csrftoken", "")}
            headers["Referer"] = f"http://127.0.0.1:{port}{path}"
            if files:
                body, headers["Content-Type"] = _multipart(data, files)
            else:
                body = urlencode(data, doseq=True)
                headers["Content-Type"] = "application/x-www-form-urlencoded"
        connection = HTTPConnection("127.0.0.1", port, timeout=60)
        connection.request(method, path, body=body, headers=headers)
        response = connection.getresponse()
        content = response.read()
        for header in response.headers.get_all("Set-Cookie") or []:
            for name, morsel in SimpleCookie(header).items():
                if morsel.value:
                    self.cookies[name] = morsel.value
                else:
                    self.cookies.pop(name, None)
        connection.close()
        return response.status, response.headers, content

    def get(self, port: int, path: str):
        return self.request(port, "GET", path)

    def post(
        self,
        port: int,
        path: str,
        data: dict | None = None,
        files: dict[str, tuple[str, bytes]] | None = None,
    ):
        return self.request(port, "POST", path, data or {}, files)


def _multipart(data: dict, files: dict[str, tuple[str, bytes]]) -> tuple[bytes, str]:
    """A multipart/form-data body (an upload form's POST) and its content type."""
    boundary = secrets.token_hex(16)
    parts: list[bytes] = []
    for name, value in data.items():
        for item in value if isinstance(value, list | tuple) else [value]:
            parts.append(
                f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n'
                f"{item}\r\n".encode()
            )
    for name, (filename, content) in files.items():
        parts.append(
            f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; '
            f'filename="{filename}"\r\nContent-Type: application/octet-stream\r\n\r\n'.encode()
            + content
            + b"\r\n"
        )
    parts.append(f"--{boundary}--\r\n".encode())
    return b"".join(parts), f"multipart/form-data; boundary={boundary}"


@dataclass
class Cluster:
    ports: list[int]
    env: dict[str, str]
    logs: dict[str, Path]
    s3: object
    plan: dict = field(default_factory=dict)


def _manage(env: dict, *args: str) -> str:
    result = subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=900,
    )
    if result.returncode:
        raise RuntimeError(f"manage.py {args[0]} failed:\n{result.stderr[-4000:]}")
    return result.stdout


def _healthy(port: int) -> bool:
    try:
        status, _headers, _body = Visitor().get(port, "/healthz/")
    except OSError:
        return False
    return status == 200


@contextlib.contextmanager
def running_cluster(
    *,
    database_url: str,
    s3_endpoint: str,
    workdir: Path,
    setup: str = "",
    nodes: int = 2,
    gunicorn_workers: int = 2,
    extra_env: dict[str, str] | None = None,
) -> Iterator[Cluster]:
    """Migrate and seed a fresh database beside `database_url`'s, run `setup` (Python, in
    `manage.py shell`; the JSON it prints last becomes `cluster.plan`), then start the
    worker, beat and `nodes` gunicorn nodes, and yield once every node's /healthz/ is 200
    (which needs the worker to have run beat's start-up heartbeat)."""
    import boto3
    import psycopg
    import redis

    name = f"topology_{os.getpid()}_{secrets.token_hex(3)}"
    server = urlsplit(database_url)._replace(path="/postgres").geturl()
    with psycopg.connect(server, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    for db in (10, 11):
        redis.Redis.from_url(f"redis://127.0.0.1:6379/{db}").flushdb()
    s3 = boto3.client(
        "s3",
        endpoint_url=s3_endpoint,
        region_name="eu-west-2",
        aws_access_key_id=S3_CREDENTIALS["AWS_ACCESS_KEY_ID"],
        aws_secret_access_key=S3_CREDENTIALS["AWS_SECRET_ACCESS_KEY"],
    )
    for bucket in BUCKETS:
        s3.create_bucket(
            Bucket=bucket, CreateBucketConfiguration={"LocationConstraint": "eu-west-2"}
        )
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("CELERY_", "DJANGO_", "AWS_", "CACHE_", "PYTEST_"))
    }
    env.update(
        DJANGO_SETTINGS_MODULE="cms.settings.production",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="127.0.0.1,localhost",
        DATABASE_URL=urlsplit(database_url)._replace(path=f"/{name}").geturl(),
        REDIS_URL=REDIS,
        EMAIL_URL="consolemail://",
        WAGTAILADMIN_BASE_URL="http://127.0.0.1:8000",
        CERTIFICATES_BASE_URL="http://127.0.0.1:8000",
        SECURE_SSL_REDIRECT="false",
        AWS_STORAGE_BUCKET_NAME=BUCKETS[0],
        AWS_PRIVATE_BUCKET_NAME=BUCKETS[1],
        AWS_S3_ENDPOINT_URL=s3_endpoint,
        AWS_S3_REGION_NAME="eu-west-2",
        AWS_ACCESS_KEY_ID=S3_CREDENTIALS["AWS_ACCESS_KEY_ID"],
        AWS_SECRET_ACCESS_KEY=S3_CREDENTIALS["AWS_SECRET_ACCESS_KEY"],
        PYTHONUNBUFFERED="1",
    )
    env.update(extra_env or {})
    bin_dir = Path(sys.executable).parent
    logs: dict[str, Path] = {}
    processes: dict[str, subprocess.Popen] = {}

    def start(role: str, *command: str) -> None:
        logs[role] = workdir / f"{role}.log"
        processes[role] = subprocess.Popen(
            command, cwd=ROOT, env=env, stdout=logs[role].open("w"), stderr=subprocess.STDOUT
        )

    try:
        _manage(env, "migrate", "--noinput", "-v0")
        _manage(env, "seed_demo")
        _manage(env, "collectstatic", "--noinput", "-v0")
        plan = {}
        if setup:
            output = _manage(env, "shell", "--no-imports", "-c", setup)
            plan = json.loads(output.strip().splitlines()[-1])
        ports = [free_port() for _ in range(nodes)]
        celery = str(bin_dir / "celery")
        start("worker", celery, "-A", "cms", "worker", "-P", "solo", "-l", "INFO")
        start("beat", celery, "-A", "cms", "beat", "-l", "INFO", "-s", str(workdir / "beat"))
        for number, port in enumerate(ports):
            start(
                f"node-{number}", str(bin_dir / "gunicorn"), "cms.wsgi",
                "-b", f"127.0.0.1:{port}", "-w", str(gunicorn_workers), "--timeout", "120",
            )  # fmt: skip
        for port in ports:
            wait_for(lambda p=port: _healthy(p), seconds=180, what=f"the node on {port}")
        yield Cluster(ports=ports, env=env, logs=logs, s3=s3, plan=plan)
    finally:
        for process in processes.values():
            process.terminate()
        for process in processes.values():
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
        with psycopg.connect(server, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        for bucket in BUCKETS:
            for item in s3.list_objects_v2(Bucket=bucket).get("Contents", []):
                s3.delete_object(Bucket=bucket, Key=item["Key"])
            s3.delete_bucket(Bucket=bucket)
