"""The site on more than one node (issue #18): two gunicorn nodes on different ports share
PostgreSQL, Redis and an S3-compatible object store, with one Celery worker and one beat,
all real processes on this machine running the production settings.

A learner signs in on node A and carries on on node B; completing a course on A has the
worker render the certificate into the object store, and node B hands it out; the H5P
package the seed stored plays from node B with node A's launch token; beat's start-up
heartbeat runs once. Needs PostgreSQL (DATABASE_URL) and Redis, as CI has: elsewhere it
skips, in CI it fails instead.
"""

from __future__ import annotations

import json
import os
import re
import secrets
import subprocess
import sys
import time
from html import unescape
from http.client import HTTPConnection
from http.cookies import SimpleCookie
from pathlib import Path
from urllib.parse import urlencode, urlsplit

import pytest

from tests.storage.conftest import _free_port, s3_server  # noqa: F401 (a fixture)

pytestmark = pytest.mark.worker

ROOT = Path(__file__).resolve().parents[2]
REDIS = "redis://127.0.0.1:6379/10"  # broker /10, cache and sessions /11: apart from CI's
COURSE_SLUG = "spotting-the-signs"
EMAIL = "two.nodes@example.org"
PASSWORD = "a-long-password-for-two-nodes"


def _unavailable(reason: str):
    if os.environ.get("CI"):
        pytest.fail(f"The topology test needs {reason}")
    pytest.skip(f"needs {reason}")


def _manage(env: dict, *args: str, stdin: str | None = None) -> str:
    result = subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        input=stdin,
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-4000:]
    return result.stdout


#: Run in the nodes' database: a learner to sign in, and what a learner must answer.
SETUP = f"""
import json
from allauth.account.models import EmailAddress
from django.utils import timezone
from courses.catalogue.models import CoursePage, LessonPage
from courses.catalogue.seed import DEMO_H5P_LESSON_SLUG
from learning.people.models import Agency, User
from wagtail.models import Site

# seed_demo makes a site per partnership, so `page.url` is written in full; the visitors
# ask for paths on the default site.
site = Site.objects.get(is_default_site=True)
user = User.objects.create_user(
    email="{EMAIL}", password="{PASSWORD}", first_name="Topsy", last_name="Nodes",
    agency=Agency.objects.order_by("pk").first(), agency_confirmed_at=timezone.now(),
)
EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
course = CoursePage.objects.live().get(slug="{COURSE_SLUG}")
lessons = []
for lesson in course.lessons():
    checks = [
        {{"question": q["id"], "options": [o["id"] for o in q["options"] if o["correct"]]
          if q["multiple"] else [next(o["id"] for o in q["options"] if o["correct"])]}}
        for q in lesson.knowledge_check_questions().values()
    ]
    lessons.append({{"id": lesson.pk, "url": lesson.relative_url(site), "checks": checks}})
bank = {{qid: [o["id"] for o in q["options"] if o["correct"]]
        for qid, q in course.assessment_question_bank().items()}}
h5p_lesson = LessonPage.objects.live().get(slug=DEMO_H5P_LESSON_SLUG).relative_url(site)
print(json.dumps({{"course": course.pk, "lessons": lessons, "bank": bank, "h5p": h5p_lesson}}))
"""


class Visitor:
    """One person's cookies, sent to whichever node is asked (as a load balancer would)."""

    def __init__(self) -> None:
        self.cookies: dict[str, str] = {}

    def request(self, port: int, method: str, path: str, data: dict | None = None):
        headers = {"Host": "127.0.0.1"}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        body = None
        if data is not None:
            data = {**data, "csrfmiddlewaretoken": self.cookies.get("csrftoken", "")}
            body = urlencode(data, doseq=True)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
            headers["Referer"] = f"http://127.0.0.1:{port}{path}"
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

    def post(self, port: int, path: str, data: dict | None = None):
        return self.request(port, "POST", path, data or {})


def _wait_for(check, *, seconds: float, what: str):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        result = check()
        if result:
            return result
        time.sleep(0.5)
    raise AssertionError(f"Timed out waiting for {what}")


@pytest.fixture(scope="module")
def topology(s3_server, tmp_path_factory):  # noqa: F811
    import boto3
    import psycopg
    import redis

    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith("postgres"):
        _unavailable("PostgreSQL (DATABASE_URL=postgres://...)")
    try:
        redis.Redis.from_url(REDIS).ping()
    except redis.RedisError:
        _unavailable("Redis on 127.0.0.1:6379")
    name = f"topology_{os.getpid()}"
    server = urlsplit(url)._replace(path="/postgres").geturl()
    with psycopg.connect(server, autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}"')
        admin.execute(f'CREATE DATABASE "{name}"')
    for db in (10, 11):
        redis.Redis.from_url(f"redis://127.0.0.1:6379/{db}").flushdb()
    s3 = boto3.client(
        "s3",
        endpoint_url=s3_server,
        region_name="eu-west-2",
        aws_access_key_id="test-key",
        aws_secret_access_key="test-secret",
    )
    for bucket in ("topology-media", "topology-private"):
        s3.create_bucket(
            Bucket=bucket, CreateBucketConfiguration={"LocationConstraint": "eu-west-2"}
        )
    work = tmp_path_factory.mktemp("topology")
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("CELERY_", "DJANGO_", "AWS_", "CACHE_", "PYTEST_"))
    }
    env.update(
        DJANGO_SETTINGS_MODULE="cms.settings.production",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="127.0.0.1,localhost",
        DATABASE_URL=urlsplit(url)._replace(path=f"/{name}").geturl(),
        REDIS_URL=REDIS,
        EMAIL_URL="consolemail://",
        WAGTAILADMIN_BASE_URL="http://127.0.0.1:8000",
        CERTIFICATES_BASE_URL="http://127.0.0.1:8000",
        SECURE_SSL_REDIRECT="false",
        AWS_STORAGE_BUCKET_NAME="topology-media",
        AWS_PRIVATE_BUCKET_NAME="topology-private",
        AWS_S3_ENDPOINT_URL=s3_server,
        AWS_S3_REGION_NAME="eu-west-2",
        AWS_ACCESS_KEY_ID="test-key",
        AWS_SECRET_ACCESS_KEY="test-secret",
        PYTHONUNBUFFERED="1",
    )
    _manage(env, "migrate", "--noinput", "-v0")
    _manage(env, "seed_demo")
    _manage(env, "collectstatic", "--noinput", "-v0")
    plan = json.loads(_manage(env, "shell", "--no-imports", "-c", SETUP).strip().splitlines()[-1])

    bin_dir = Path(sys.executable).parent
    logs = {}
    processes = {}

    def start(role: str, *command: str) -> None:
        logs[role] = work / f"{role}.log"
        processes[role] = subprocess.Popen(
            command,
            cwd=ROOT,
            env=env,
            stdout=logs[role].open("w"),
            stderr=subprocess.STDOUT,
        )

    ports = {"A": _free_port(), "B": _free_port()}
    try:
        start("worker", str(bin_dir / "celery"), "-A", "cms", "worker", "-P", "solo", "-l", "INFO")
        start(
            "beat", str(bin_dir / "celery"), "-A", "cms", "beat", "-l", "INFO",
            "-s", str(work / "beat-schedule"),
        )  # fmt: skip
        for node, port in ports.items():
            start(
                f"node-{node}", str(bin_dir / "gunicorn"), "cms.wsgi", "-b", f"127.0.0.1:{port}",
                "-w", "2", "--timeout", "120",
            )  # fmt: skip

        def healthy(port: int) -> bool:
            try:
                status, _headers, _body = Visitor().get(port, "/healthz/")
            except OSError:
                return False
            return status == 200

        # 200 needs the worker to have run beat's start-up heartbeat: all four are up.
        for port in ports.values():
            _wait_for(lambda p=port: healthy(p), seconds=180, what=f"node on {port} healthy")
        yield {"ports": ports, "plan": plan, "env": env, "s3": s3, "logs": logs}
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
        for bucket in ("topology-media", "topology-private"):
            for item in s3.list_objects_v2(Bucket=bucket).get("Contents", []):
                s3.delete_object(Bucket=bucket, Key=item["Key"])
            s3.delete_bucket(Bucket=bucket)


def sign_in(visitor: Visitor, port: int) -> None:
    status, _headers, _body = visitor.get(port, "/accounts/login/")
    assert status == 200
    status, headers, body = visitor.post(
        port, "/accounts/login/", {"login": EMAIL, "password": PASSWORD}
    )
    assert status == 302, body[:2000]


def test_a_learner_signed_in_on_one_node_carries_on_on_the_other(topology):
    a, b = topology["ports"]["A"], topology["ports"]["B"]
    visitor = Visitor()
    sign_in(visitor, a)

    status, _headers, body = visitor.get(b, "/my-learning/")

    assert status == 200
    assert b"Topsy" in body
    assert Visitor().get(b, "/my-learning/")[0] == 302  # a stranger is sent to sign in


def test_a_completion_on_node_a_yields_a_certificate_the_worker_renders_and_node_b_serves(
    topology,
):
    a, b = topology["ports"]["A"], topology["ports"]["B"]
    plan = topology["plan"]
    visitor = Visitor()
    sign_in(visitor, a)

    # Lessons read alternately on each node: progress is one record wherever it is written.
    for number, lesson in enumerate(plan["lessons"]):
        node = (a, b)[number % 2]
        assert visitor.get(node, lesson["url"])[0] == 200
        for check in lesson["checks"]:
            status, _h, body = visitor.post(
                node,
                f"/learning/lessons/{lesson['id']}/knowledge-check/",
                {"question": check["question"], "option": check["options"]},
            )
            assert status == 302, body[:2000]
        assert visitor.post(node, f"/learning/lessons/{lesson['id']}/complete/")[0] == 302

    status, headers, body = visitor.post(a, f"/learning/courses/{plan['course']}/assessment/start/")
    assert status == 302, body[:2000]
    take_url = urlsplit(headers["Location"]).path
    page = visitor.get(a, take_url)[2].decode()
    questions = list(dict.fromkeys(re.findall(r'name="q-([0-9a-f-]{36})"', page)))
    answers = {f"q-{qid}": plan["bank"][qid] for qid in questions}
    status, _headers, body = visitor.post(a, take_url + "submit/", answers)
    assert status == 302, body[:2000]

    def certificate_link() -> str:
        html = visitor.get(b, "/my-learning/")[2].decode()
        found = re.search(r'href="(/certificates/\d+/download/)"', html)
        return found.group(1) if found else ""

    link = _wait_for(certificate_link, seconds=120, what="the worker's certificate")
    status, headers, pdf = visitor.get(b, link)
    assert status == 200
    assert pdf.startswith(b"%PDF-")
    private = topology["s3"].list_objects_v2(Bucket="topology-private").get("Contents", [])
    assert any(item["Key"].startswith("certificates/") for item in private)
    assert "certificates.tasks" in topology["logs"]["worker"].read_text()


def test_an_h5p_package_in_the_object_store_plays_from_either_node(topology):
    a, b = topology["ports"]["A"], topology["ports"]["B"]
    visitor = Visitor()
    sign_in(visitor, a)
    html = visitor.get(a, topology["plan"]["h5p"])[2].decode()
    found = re.search(r'<iframe class="app-h5p__frame" src="([^"]+)"', html)
    assert found, html[:2000]
    player = unescape(found.group(1))

    status, _headers, body = Visitor().get(b, player)  # the frame is an opaque origin
    assert status == 200
    files = re.search(r'data-h5p-json-path="([^"]+)"', body.decode())
    assert files, body[:2000]
    folder = urlsplit(unescape(files.group(1))).path.rstrip("/")
    status, _headers, manifest = Visitor().get(b, f"{folder}/h5p.json")
    assert status == 200
    assert json.loads(manifest)["mainLibrary"]


def test_beat_sends_its_start_up_heartbeat_once_and_the_worker_runs_it_once(topology):
    worker_log = topology["logs"]["worker"].read_text()
    beat_log = topology["logs"]["beat"].read_text()

    assert beat_log.count("Sending due task") + beat_log.count("cms.tasks.heartbeat") >= 1
    assert len(re.findall(r"Task cms\.tasks\.heartbeat\[[^\]]+\] succeeded", worker_log)) == 1
