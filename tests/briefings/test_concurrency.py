"""Simultaneous confirmations of the same read leave one record (PostgreSQL: SQLite
serialises writers, so the race cannot happen there)."""

from __future__ import annotations

import threading

import pytest

from learning.briefings.models import BriefingRead
from learning.briefings.services import briefing_read_record
from tests.factories import UserFactory

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.postgresql,
]


def test_concurrent_read_confirmations_record_one_read(briefings):
    learner = UserFactory()
    briefing = briefings["disguised-compliance"]
    barrier = threading.Barrier(6)
    created = []

    def confirm():
        from django.db import connections

        barrier.wait()
        try:
            _read, was_created = briefing_read_record(learner=learner, briefing=briefing)
            created.append(was_created)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=confirm) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(created) == [False] * 5 + [True]
    assert BriefingRead.objects.filter(learner=learner, briefing=briefing).count() == 1
