"""Parallel writers on a fresh SQLite file, in a process of their own.

Run by `test_sqlite_concurrency.py` as `python -m tests.cms.sqlite_writers` with
DATABASE_URL=sqlite:///<a file>: it migrates that file, then learners, each in their own
thread (so each with its own database connection), answer a lesson's knowledge check
again and again while posting xAPI statements, all released at once. It prints one line
of JSON: every response status, and how many answers and statements were stored.
"""

from __future__ import annotations

import json
import sys
import threading
import uuid
from collections import Counter

import django

LEARNERS = 8
ROUNDS = 6


def main() -> None:
    django.setup()

    from django.core.management import call_command
    from django.db import connection, connections
    from django.test import Client

    from cms.home.seed import seed_site
    from learning.progress.models import KnowledgeCheckAnswer
    from learning.xapi.models import XAPIStatement
    from tests.factories import CourseIndexPageFactory, UserFactory, course_with_lessons

    assert connection.vendor == "sqlite", connection.vendor
    call_command("migrate", verbosity=0)
    home = seed_site(partnership_slug="none")
    course = course_with_lessons(parent=CourseIndexPageFactory(parent=home), lessons=1)
    lesson = course.lessons()[0]
    question = next(iter(lesson.knowledge_check_questions().values()))
    options = [option["id"] for option in question["options"]]
    learners = [UserFactory() for _ in range(LEARNERS)]
    connections.close_all()

    statuses: Counter[int] = Counter()
    failures: list[str] = []
    lock = threading.Lock()
    barrier = threading.Barrier(LEARNERS)

    def write(learner) -> None:
        client = Client(raise_request_exception=False)
        client.force_login(learner)
        barrier.wait()
        try:
            for round_ in range(ROUNDS):
                answer = client.post(
                    f"/learning/lessons/{lesson.pk}/knowledge-check/",
                    {"question": question["id"], "option": options[round_ % 2]},
                )
                statement = client.post(
                    "/xapi/statements",
                    json.dumps(
                        {
                            "id": str(uuid.uuid4()),
                            "actor": {"mbox": f"mailto:{learner.email}"},
                            "verb": {"id": "http://adlnet.gov/expapi/verbs/answered"},
                            "object": {"id": f"https://example.org/activities/{round_}"},
                            "result": {"score": {"scaled": 1}, "success": True},
                        }
                    ),
                    content_type="application/json",
                    HTTP_X_EXPERIENCE_API_VERSION="1.0.3",
                )
                with lock:
                    for response in (answer, statement):
                        statuses[response.status_code] += 1
                        if response.status_code >= 500:
                            failures.append(response.content.decode(errors="replace")[:300])
        finally:
            connections.close_all()

    threads = [threading.Thread(target=write, args=(learner,)) for learner in learners]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=300)

    report = {
        "statuses": {str(code): count for code, count in sorted(statuses.items())},
        "failures": failures[:3],
        "answers": KnowledgeCheckAnswer.objects.filter(lesson=lesson).count(),
        "statements": XAPIStatement.objects.count(),
        "journal_mode": _journal_mode(),
    }
    sys.stdout.write(json.dumps(report) + "\n")


def _journal_mode() -> str:
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("PRAGMA journal_mode")
        return cursor.fetchone()[0]


if __name__ == "__main__":
    main()
