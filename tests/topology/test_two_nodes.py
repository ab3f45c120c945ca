"""The site on more than one node (issue #18): two gunicorn nodes on different ports share
PostgreSQL, Redis and an S3-compatible object store, with one Celery worker and one beat,
all real processes on this machine running the production settings.

A learner signs in on node A and carries on on node B; completing a course on A has the
worker render the certificate into the object store, and node B hands it out; the H5P
package the seed stored plays from node B with node A's launch token, and a package a
trainer uploads through node A's admin plays from node B; beat's start-up heartbeat runs
once. Needs PostgreSQL (DATABASE_URL) and Redis, as CI has: elsewhere it
skips, in CI it fails instead.
"""

from __future__ import annotations

import json
import os
import re
from html import unescape
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests.topology.cluster import (
    BUCKETS,
    COURSE_PLAN,
    Visitor,
    running_cluster,
    s3_server,
    wait_for,
)

pytestmark = pytest.mark.worker

PASSWORD = "a-long-password-for-two-nodes"
#: The trainer's authenticator app secret (base32), so the test can answer the TOTP step.
TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"
PACKAGE = Path(__file__).resolve().parents[1] / "h5p" / "real" / "H5P.TrueFalse.h5p"


#: Run in the nodes' database: a learner to sign in, and what a learner must answer.
SETUP = (
    COURSE_PLAN
    + f"""
from courses.catalogue.models import LessonPage
from courses.catalogue.seed import DEMO_H5P_LESSON_SLUG

[plan["email"]] = learners(1, "{PASSWORD}")

# A trainer with an authenticator app: staff pass a TOTP step on every sign-in.
from allauth.mfa.totp.internal.auth import TOTP
from learning.people.roles import Role
from learning.people.services import user_set_roles
trainer = User.objects.create(
    email="trainer@load.example.org", password=make_password("{PASSWORD}"), first_name="Tess",
    last_name="Trainer", agency=Agency.objects.order_by("pk").first(),
    agency_confirmed_at=timezone.now(),
)
EmailAddress.objects.create(user=trainer, email=trainer.email, verified=True, primary=True)
plan["trainer"] = trainer.email
user_set_roles(user=trainer, roles={{Role.TRAINER}})
TOTP.activate(trainer, "{TOTP_SECRET}")
plan["h5p"] = LessonPage.objects.live().get(slug=DEMO_H5P_LESSON_SLUG).relative_url(site)
print(json.dumps(plan))
"""
)


@pytest.fixture(scope="module")
def topology(tmp_path_factory):
    import redis

    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith("postgres"):
        unavailable("PostgreSQL (DATABASE_URL=postgres://...)")
    try:
        redis.Redis.from_url("redis://127.0.0.1:6379/10").ping()
    except redis.RedisError:
        unavailable("Redis on 127.0.0.1:6379")
    with (
        s3_server() as endpoint,
        running_cluster(
            database_url=url,
            s3_endpoint=endpoint,
            workdir=tmp_path_factory.mktemp("topology"),
            setup=SETUP,
        ) as cluster,
    ):
        yield {
            "ports": {"A": cluster.ports[0], "B": cluster.ports[1]},
            "plan": cluster.plan,
            "s3": cluster.s3,
            "logs": {"worker": cluster.logs["worker"], "beat": cluster.logs["beat"]},
        }


def unavailable(reason: str):
    if os.environ.get("CI"):
        pytest.fail(f"The topology test needs {reason}")
    pytest.skip(f"needs {reason}")


def sign_in(visitor: Visitor, port: int, email: str) -> None:
    status, _headers, _body = visitor.get(port, "/accounts/login/")
    assert status == 200
    status, headers, body = visitor.post(
        port, "/accounts/login/", {"login": email, "password": PASSWORD}
    )
    assert status == 302, body[:2000]


def test_a_learner_signed_in_on_one_node_carries_on_on_the_other(topology):
    a, b = topology["ports"]["A"], topology["ports"]["B"]
    visitor = Visitor()
    sign_in(visitor, a, topology["plan"]["email"])

    status, _headers, body = visitor.get(b, "/my-learning/")

    assert status == 200
    assert b"Load Tester 0" in body
    assert Visitor().get(b, "/my-learning/")[0] == 302  # a stranger is sent to sign in


def test_a_completion_on_node_a_yields_a_certificate_the_worker_renders_and_node_b_serves(
    topology,
):
    a, b = topology["ports"]["A"], topology["ports"]["B"]
    plan = topology["plan"]
    visitor = Visitor()
    sign_in(visitor, a, topology["plan"]["email"])

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

    link = wait_for(certificate_link, seconds=120, what="the worker's certificate")
    status, headers, pdf = visitor.get(b, link)
    assert status == 200
    assert pdf.startswith(b"%PDF-")
    private = topology["s3"].list_objects_v2(Bucket=BUCKETS[1]).get("Contents", [])
    assert any(item["Key"].startswith("certificates/") for item in private)
    assert "certificates.tasks" in topology["logs"]["worker"].read_text()


def test_an_h5p_package_in_the_object_store_plays_from_either_node(topology):
    a, b = topology["ports"]["A"], topology["ports"]["B"]
    visitor = Visitor()
    sign_in(visitor, a, topology["plan"]["email"])
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


def test_an_h5p_package_a_trainer_uploads_on_node_a_plays_from_node_b(topology):
    from allauth.mfa.totp.internal.auth import (
        format_hotp_value,
        hotp_value,
        yield_hotp_counters_from_time,
    )

    a, b = topology["ports"]["A"], topology["ports"]["B"]
    trainer = Visitor()
    sign_in(trainer, a, topology["plan"]["trainer"])
    code = format_hotp_value(hotp_value(TOTP_SECRET, next(iter(yield_hotp_counters_from_time()))))
    status, _headers, body = trainer.post(a, "/accounts/2fa/authenticate/", {"code": code})
    assert status == 302, body[:2000]

    add = "/admin/snippets/courses/h5pactivity/add/"
    assert trainer.get(a, add)[0] == 200
    status, _headers, body = trainer.post(
        a,
        add,
        {"title": "True or false: uploaded on node A"},
        files={"package": (PACKAGE.name, PACKAGE.read_bytes())},
    )
    assert status == 302, body[:3000]

    # Node B lists it and previews it: the package and its unpacked files are in the object
    # store, not on node A's disk.
    listing = trainer.get(b, "/admin/snippets/courses/h5pactivity/?q=uploaded+on+node+A")[2]
    found = re.search(rb"/admin/snippets/courses/h5pactivity/edit/(\d+)/", listing)
    assert found, listing[:3000]
    preview = trainer.get(b, f"/admin/snippets/courses/h5pactivity/play/{found.group(1).decode()}/")
    assert preview[0] == 200
    frame = re.search(r'<iframe class="app-h5p__frame" src="([^"]+)"', preview[2].decode())
    assert frame, preview[2][:3000]
    status, _headers, player = Visitor().get(b, unescape(frame.group(1)))
    assert status == 200
    files = re.search(r'data-h5p-json-path="([^"]+)"', player.decode())
    folder = urlsplit(unescape(files.group(1))).path.rstrip("/")
    status, _headers, manifest = Visitor().get(b, f"{folder}/h5p.json")
    assert status == 200
    assert json.loads(manifest)["mainLibrary"] == "H5P.TrueFalse"
    stored = topology["s3"].list_objects_v2(Bucket=BUCKETS[0]).get("Contents", [])
    stored += topology["s3"].list_objects_v2(Bucket=BUCKETS[1]).get("Contents", [])
    assert any(item["Key"].endswith("h5p.json") for item in stored)


def test_beat_sends_its_start_up_heartbeat_once_and_the_worker_runs_it_once(topology):
    worker_log = topology["logs"]["worker"].read_text()
    beat_log = topology["logs"]["beat"].read_text()

    assert beat_log.count("Sending due task") + beat_log.count("cms.tasks.heartbeat") >= 1
    assert len(re.findall(r"Task cms\.tasks\.heartbeat\[[^\]]+\] succeeded", worker_log)) == 1
