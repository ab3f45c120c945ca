"""A refresher reminder links a learner to their own partnership's site (issue 16)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from django.core import mail

from certificates.models import Certificate
from certificates.services import refresher_reminders_send
from cms.home.seed import seed_partnership_sites, seed_site
from learning.people.models import Partnership
from learning.people.seed import seed_organisations
from learning.progress.services import course_completion_record
from tests.factories import AgencyFactory, UserFactory

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.mark.parametrize(
    ("slug", "link"),
    [
        ("croydon", "http://croydon.localhost:8000/my-learning/"),
        ("walsall", "http://testserver.example/my-learning/"),
    ],
)
def test_reminder_names_the_learners_partnership_and_links_to_its_site(
    make_course, settings, slug, link
):
    settings.CERTIFICATES_BASE_URL = "http://testserver.example"
    course = make_course()  # on the default site, before the other sites' catalogues
    seed_organisations()
    seed_site(partnership_slug="walsall")
    seed_partnership_sites()
    partnership = Partnership.objects.get(slug=slug)
    learner = UserFactory(agency=AgencyFactory(partnership=partnership))
    completion, _ = course_completion_record(learner=learner, course=course)
    certificate = Certificate.objects.get(completion=completion)

    assert refresher_reminders_send(today=certificate.expires_on - timedelta(days=60)) == 1
    (message,) = mail.outbox
    assert partnership.name in message.body
    assert link in message.body
    if slug != "walsall":
        assert "Walsall" not in message.body
