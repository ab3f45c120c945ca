"""Follow-ups: N weeks after completion the beat task emails the learner and, where they
gave one, their line manager: each once, and one reminder each, however often it runs.
The manager answers by a signed link; a tampered link changes nothing and says so."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from django.core import mail
from django.urls import reverse
from django.utils import timezone

from learning.evaluation.models import EvaluationFollowUp, EvaluationResponse, ResponseStage
from learning.evaluation.services import evaluation_follow_ups_send
from learning.evaluation.tasks import evaluation_follow_ups_send as beat_task
from tests.factories import UserFactory

from .conftest import FOLLOW_UP_TEXT, MANAGER_RATING, MANAGER_TEXT, attach, complete, make_course

pytestmark = pytest.mark.django_db(transaction=True)

COMPLETED = timezone.make_aware(dt.datetime(2026, 3, 2, 10, 0))


def weeks(n: float) -> dt.datetime:
    return COMPLETED + dt.timedelta(weeks=n)


@pytest.fixture
def setup(home_page):
    course = make_course(home_page)
    attachment = attach(course=course, follow_up_weeks=8)
    learner = UserFactory(
        first_name="Amara",
        last_name="Okafor",
        email="amara@example.org",
        line_manager_email="boss@example.org",
    )
    complete(learner, course, completed_at=COMPLETED)
    mail.outbox.clear()
    return attachment, learner


def sent_to(address: str) -> list[str]:
    return [m.subject for m in mail.outbox if m.to == [address]]


def test_follow_up_and_manager_email_each_sent_once_over_simulated_weeks(setup):
    attachment, learner = setup
    for moment in (weeks(1), weeks(7.9)):
        evaluation_follow_ups_send(now=moment)
    assert mail.outbox == []

    for moment in (weeks(8), weeks(8.1), weeks(9), weeks(9.5)):
        evaluation_follow_ups_send(now=moment)
    assert len(sent_to("amara@example.org")) == 1
    assert len(sent_to("boss@example.org")) == 1
    assert "What have you done differently" in sent_to("amara@example.org")[0]

    # One reminder each, two weeks on, and never again.
    for moment in (weeks(10), weeks(10.5), weeks(14), weeks(30)):
        evaluation_follow_ups_send(now=moment)
    assert sent_to("amara@example.org")[1].startswith("Reminder:")
    assert sent_to("boss@example.org")[1].startswith("Reminder:")
    assert len(mail.outbox) == 4
    assert EvaluationFollowUp.objects.count() == 2


def test_no_reminder_once_answered_and_no_manager_email_without_a_manager(client, home_page):
    course = make_course(home_page)
    attachment = attach(course=course, follow_up_weeks=4)
    learner = UserFactory(email="solo@example.org", line_manager_email="")
    complete(learner, course, completed_at=COMPLETED)
    mail.outbox.clear()

    evaluation_follow_ups_send(now=COMPLETED + dt.timedelta(weeks=4))
    assert [m.to for m in mail.outbox] == [["solo@example.org"]]

    client.force_login(learner)
    page = client.get(reverse("learning:my_learning")).content.decode()
    assert "Follow-up: what have you done differently?" in page
    url = reverse("learning_evaluation:respond", args=[attachment.pk, "follow_up"])
    assert client.post(url, {f"q-{FOLLOW_UP_TEXT}": "I escalate earlier"}).status_code == 302
    assert EvaluationResponse.objects.get(stage=ResponseStage.FOLLOW_UP).answers == {
        FOLLOW_UP_TEXT: "I escalate earlier"
    }

    evaluation_follow_ups_send(now=COMPLETED + dt.timedelta(weeks=10))
    assert len(mail.outbox) == 1


def test_the_beat_task_runs_the_same_service(setup, monkeypatch):
    # The task takes no arguments and uses the clock: move the completion back instead.
    attachment, learner = setup
    learner.completions.update(completed_at=timezone.now() - dt.timedelta(weeks=9))
    assert beat_task.delay().get() == {"learner": 1, "manager": 1, "reminders": 0}
    assert beat_task.delay().get() == {"learner": 0, "manager": 0, "reminders": 0}


def _manager_link() -> str:
    (message,) = [m for m in mail.outbox if m.to == ["boss@example.org"]]
    return re.search(r"https?://\S+/evaluation-manager/\S+/", message.body).group(0)


def test_manager_answers_by_signed_link_without_an_account(client, setup):
    evaluation_follow_ups_send(now=weeks(8))
    path = "/" + _manager_link().split("/", 3)[3]

    page = client.get(path)
    assert page.status_code == 200
    assert "Amara Okafor" in page.content.decode()
    response = client.post(path, {f"q-{MANAGER_RATING}": 4, f"q-{MANAGER_TEXT}": "Earlier help"})
    assert response.status_code == 200
    assert "Thank you" in response.content.decode()
    saved = EvaluationResponse.objects.get(stage=ResponseStage.MANAGER)
    assert saved.answers == {MANAGER_RATING: 4, MANAGER_TEXT: "Earlier help"}

    again = client.post(path, {f"q-{MANAGER_RATING}": 1})
    assert "already been sent" in again.content.decode()
    assert EvaluationResponse.objects.get(stage=ResponseStage.MANAGER).answers[MANAGER_RATING] == 4


def test_tampered_manager_link_changes_nothing_and_says_so(client, setup):
    evaluation_follow_ups_send(now=weeks(8))
    path = "/" + _manager_link().split("/", 3)[3]
    token = path.rstrip("/").rsplit("/", 1)[1]
    follow_up = EvaluationFollowUp.objects.get(kind="manager")
    forged = [
        token[:-1] + ("A" if token[-1] != "A" else "B"),  # signature altered
        token.replace(token.split(":")[0], token.split(":")[0][::-1]),  # payload altered
        "not-a-token",
    ]
    for bad in forged:
        url = reverse("learning_evaluation:manager", args=[bad])
        for response in (client.get(url), client.post(url, {f"q-{MANAGER_RATING}": 1})):
            assert response.status_code == 400
            assert "This link is not valid" in response.content.decode()
    assert not EvaluationResponse.objects.filter(stage=ResponseStage.MANAGER).exists()
    follow_up.refresh_from_db()
    assert follow_up.reminded_at is None
