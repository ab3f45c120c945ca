"""Practitioners doing the real journey against the two-node topology (bench_load.py
starts it and this file's users): sign in, open the course, read each lesson and answer its
knowledge check, pass the final assessment, download the certificate the worker renders.

Each journey signs in as a fresh account (LOAD_PLAN names them) and sends every request to
the next node in turn, as a round-robin load balancer would. Each step is reported to
Locust as a request named after the step; a whole journey as "JOURNEY whole journey".
"""

from __future__ import annotations

import itertools
import json
import os
import re
import time
from urllib.parse import urlsplit

from locust import User, between, task

from tests.topology.cluster import Visitor

PLAN = json.loads(open(os.environ["LOAD_PLAN"]).read())  # noqa: SIM115
PORTS = [int(port) for port in os.environ["LOAD_PORTS"].split(",")]
ACCOUNTS = iter(enumerate(PLAN["accounts"]))
NODES = itertools.cycle(PORTS)


class StepFailed(Exception):
    pass


class Practitioner(User):
    wait_time = between(0.5, 1.5)

    def step(self, name: str, method: str, path: str, data=None, *, expect=(200, 302)):
        started = time.perf_counter()
        exception = None
        status, headers, body = 0, {}, b""
        try:
            if method == "POST":
                data = data or {}  # every POST carries the CSRF token
            status, headers, body = self.visitor.request(next(NODES), method, path, data)
            if status not in expect:
                exception = StepFailed(f"{name}: {status} {body[:200]!r}")
        except OSError as error:
            exception = error
        self.environment.events.request.fire(
            request_type=method,
            name=name,
            response_time=(time.perf_counter() - started) * 1000,
            response_length=len(body),
            exception=exception,
            context={},
        )
        if exception:
            raise exception
        return status, headers, body

    @task
    def journey(self) -> None:
        number, email = next(ACCOUNTS, (0, None))
        if email is None:
            self.environment.runner.quit()
            return
        # Each practitioner's own (loopback) address, as the load balancer passes it on.
        self.visitor = Visitor(forwarded_for=f"127.0.{number // 250 + 1}.{number % 250 + 1}")
        started = time.perf_counter()
        try:
            self.step("sign in (form)", "GET", "/accounts/login/", expect=(200,))
            self.step(
                "sign in", "POST", "/accounts/login/",
                {"login": email, "password": PLAN["password"]}, expect=(302,),
            )  # fmt: skip
            self.step("open course", "GET", PLAN["course_url"], expect=(200,))
            for lesson in PLAN["lessons"]:
                self.step("read lesson", "GET", lesson["url"], expect=(200,))
                for check in lesson["checks"]:
                    self.step(
                        "answer knowledge check", "POST",
                        f"/learning/lessons/{lesson['id']}/knowledge-check/",
                        {"question": check["question"], "option": check["options"]},
                        expect=(302,),
                    )  # fmt: skip
                self.step(
                    "complete lesson", "POST", f"/learning/lessons/{lesson['id']}/complete/",
                    expect=(302,),
                )  # fmt: skip
            _s, headers, _b = self.step(
                "start assessment", "POST",
                f"/learning/courses/{PLAN['course']}/assessment/start/", expect=(302,),
            )  # fmt: skip
            take = urlsplit(headers["Location"]).path
            _s, _h, page = self.step("open assessment", "GET", take, expect=(200,))
            questions = dict.fromkeys(re.findall(r'name="q-([0-9a-f-]{36})"', page.decode()))
            answers = {f"q-{qid}": PLAN["bank"][qid] for qid in questions}
            self.step("pass assessment", "POST", take + "submit/", answers, expect=(302,))
            link = ""
            deadline = time.monotonic() + 120
            while not link and time.monotonic() < deadline:
                _s, _h, html = self.step("my learning", "GET", "/my-learning/", expect=(200,))
                found = re.search(r'href="(/certificates/\d+/download/)"', html.decode())
                link = found.group(1) if found else ""
                if not link:
                    time.sleep(1)
            if not link:
                raise StepFailed("no certificate within 120 s")
            _s, _h, pdf = self.step("download certificate", "GET", link, expect=(200,))
            if not pdf.startswith(b"%PDF-"):
                raise StepFailed("the certificate is not a PDF")
        except Exception as error:
            self.fire_journey(started, error)
            return
        self.fire_journey(started, None)

    def fire_journey(self, started: float, exception) -> None:
        self.environment.events.request.fire(
            request_type="JOURNEY",
            name="whole journey",
            response_time=(time.perf_counter() - started) * 1000,
            response_length=0,
            exception=exception,
            context={},
        )
