"""The weekly digest of new briefings: subscribe on My learning, one email per subscriber
per week, none to the unsubscribed, and an unsubscribe link that needs no sign-in."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from django.core import mail
from django.urls import reverse
from django.utils import timezone

from learning.briefings.models import BriefingDigestSend, BriefingDigestSubscription
from learning.briefings.selectors import digest_week_start
from learning.briefings.tasks import briefing_digest_send, briefing_digest_send_weekly
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

MANAGE = "/my-learning/briefing-digest/"


def next_week() -> str:
    """The digest for next Monday covers briefings published this week (the seed's)."""
    return digest_week_start(timezone.localdate() + dt.timedelta(days=7)).isoformat()


def subscribe(client, user, topics=()):
    client.force_login(user)
    response = client.post(MANAGE, {"action": "subscribe", "topics": list(topics)})
    assert response.status_code == 302, response.content.decode()[:2000]
    client.logout()


def unsubscribe_link(message) -> str:
    return re.search(r"http://\S+/briefing-digest/unsubscribe/\S+/", message.body).group(0)


def test_subscribing_on_my_learning_with_topics(client, briefings):
    learner = UserFactory()
    client.force_login(learner)
    html = client.get(reverse("learning:my_learning")).content.decode()
    assert "Weekly email of new briefings" in html
    assert 'value="adolescents"' in html
    # Several topics can be ticked and unticked: checkboxes, not radios (issue 19).
    assert re.search(r'type="checkbox" value="adolescents"', html)
    assert not re.search(r'type="radio" value="adolescents"', html)
    client.post(MANAGE, {"action": "subscribe", "topics": ["adolescents", "gcp2"]})
    subscription = BriefingDigestSubscription.objects.get(learner=learner)
    assert subscription.is_active
    assert {t.slug for t in subscription.topics.all()} == {"adolescents", "gcp2"}
    assert "You get a weekly email" in client.get(reverse("learning:my_learning")).content.decode()

    client.post(MANAGE, {"action": "unsubscribe"})
    subscription.refresh_from_db()
    assert not subscription.is_active


def test_subscribing_to_an_unknown_topic_is_refused(client, briefings):
    learner = UserFactory()
    client.force_login(learner)
    response = client.post(MANAGE, {"action": "subscribe", "topics": ["no-such-topic"]})
    assert response.status_code == 400
    assert "Choose topics from the list" in response.content.decode()
    assert not BriefingDigestSubscription.objects.exists()


def test_digest_sends_one_email_per_subscriber_per_week_and_none_to_the_unsubscribed(
    client, briefings
):
    everything, teens, gone = UserFactory(), UserFactory(), UserFactory()
    subscribe(client, everything)
    subscribe(client, teens, ["adolescents"])
    subscribe(client, gone)
    client.force_login(gone)
    client.post(MANAGE, {"action": "unsubscribe"})

    week = next_week()
    briefing_digest_send_weekly.delay(week=week)
    briefing_digest_send_weekly.delay(week=week)  # beat fired twice, or a retry

    assert sorted(m.to[0] for m in mail.outbox) == sorted([everything.email, teens.email])
    assert BriefingDigestSend.objects.filter(week=week).count() == 2
    to_teens = next(m for m in mail.outbox if m.to == [teens.email])
    assert "Neglect of adolescents" in to_teens.body
    assert "Disguised compliance" not in to_teens.body
    to_all = next(m for m in mail.outbox if m.to == [everything.email])
    assert "Disguised compliance" in to_all.body
    assert "List-Unsubscribe" in to_all.extra_headers


def test_a_new_week_sends_again_and_an_empty_week_sends_nothing(client, briefings):
    learner = UserFactory()
    subscribe(client, learner)
    briefing_digest_send_weekly.delay(week=next_week())
    assert len(mail.outbox) == 1
    # The week after: nothing new was published, so no email.
    later = (dt.date.fromisoformat(next_week()) + dt.timedelta(days=7)).isoformat()
    briefing_digest_send_weekly.delay(week=later)
    assert len(mail.outbox) == 1


def test_unsubscribe_link_works_without_sign_in(client, briefings):
    learner = UserFactory()
    subscribe(client, learner)
    briefing_digest_send_weekly.delay(week=next_week())
    link = unsubscribe_link(mail.outbox[0]).removeprefix("http://127.0.0.1:8000")

    page = client.get(link)  # a mail scanner following the link changes nothing
    assert page.status_code == 200
    assert BriefingDigestSubscription.objects.get(learner=learner).is_active
    response = client.post(link)
    assert "You are unsubscribed" in response.content.decode()
    assert not BriefingDigestSubscription.objects.get(learner=learner).is_active

    mail.outbox.clear()
    BriefingDigestSend.objects.all().delete()
    briefing_digest_send_weekly.delay(week=next_week())
    assert mail.outbox == []


@pytest.mark.parametrize("tamper", ["swap-learner", "bad-signature", "garbage"])
def test_tampered_unsubscribe_token_does_nothing_and_says_so(client, briefings, tamper):
    learner, other = UserFactory(), UserFactory()
    subscribe(client, learner)
    subscribe(client, other)
    briefing_digest_send_weekly.delay(week=next_week())
    message = next(m for m in mail.outbox if m.to == [learner.email])
    token = unsubscribe_link(message).rstrip("/").rsplit("/", 1)[1]
    payload, _, signature = token.partition(":")
    bad = {
        "swap-learner": f"{payload[:-2]}Mn:{signature}",
        "bad-signature": f"{payload}:{signature[:-3]}abc",
        "garbage": "not-a-token",
    }[tamper]

    response = client.post(reverse("learning_briefings:digest_unsubscribe", args=[bad]))
    assert response.status_code == 400
    assert "This unsubscribe link does not work" in response.content.decode()
    assert "nothing has changed" in response.content.decode()
    assert BriefingDigestSubscription.objects.filter(is_active=True).count() == 2


def test_send_task_is_safe_to_run_twice(client, briefings):
    learner = UserFactory()
    subscribe(client, learner)
    subscription = BriefingDigestSubscription.objects.get(learner=learner)
    assert briefing_digest_send.delay(subscription.pk, next_week()).get() is True
    assert briefing_digest_send.delay(subscription.pk, next_week()).get() is False
    assert len(mail.outbox) == 1


@pytest.mark.worker
def test_weekly_digest_through_a_real_worker(
    transactional_db, client, briefings, celery_worker, wait_for
):
    learner = UserFactory()
    subscribe(client, learner)
    week = next_week()
    celery_worker.send_task(
        "learning.briefings.tasks.briefing_digest_send_weekly", kwargs={"week": week}
    )
    sent = wait_for(lambda: BriefingDigestSend.objects.filter(learner=learner).first(), 60)
    assert sent is not None
    assert sent.week.isoformat() == week
    assert sent.briefing_count == 5
