"""A site per partnership (issue 16): the request's host picks the site, and the site's
settings pick the partnership named in the header, footer and page title."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup

from django.core import mail
from django.core.management import call_command

from wagtail.models import Site

from cms.home.models import HomePage
from cms.home.seed import seed_partnership_sites, seed_site
from courses.briefings.models import BriefingIndexPage
from courses.catalogue.models import CourseIndexPage
from learning.people.models import Partnership
from learning.people.seed import PARTNERSHIPS, seed_organisations

pytestmark = pytest.mark.django_db

OTHER_THAN_WALSALL = [slug for slug, *_rest in PARTNERSHIPS if slug != "walsall"]


@pytest.fixture
def partnership_sites():
    """The demo partnerships, the default site (Walsall) and a site for each other one."""
    seed_organisations()
    seed_site(partnership_slug="walsall")
    return seed_partnership_sites()


def _names_on(html: str) -> tuple[str, set[str]]:
    """The page's visible text and the names of the demo partnerships that appear in it."""
    text = BeautifulSoup(html, "html.parser").get_text(" ", strip=True)
    names = set()
    for _slug, name, short_name, _website in PARTNERSHIPS:
        if name in text or short_name in text:
            names.add(name)
    return text, names


@pytest.mark.parametrize("slug", OTHER_THAN_WALSALL)
def test_each_partnership_host_shows_only_its_own_partnership(client, partnership_sites, slug):
    partnership = Partnership.objects.get(slug=slug)
    for path in ("/", "/accessibility-statement/", "/courses/", "/briefings/"):
        response = client.get(path, headers={"host": f"{slug}.localhost:8000"})
        assert response.status_code == 200, path
        text, names = _names_on(response.content.decode())
        assert names == {partnership.name}, path
        assert f"Run by {partnership.name}." in text
        assert "Walsall" not in text


def test_partnership_home_page_title_and_logo_are_the_partnerships(client, partnership_sites):
    croydon = Partnership.objects.get(slug="croydon")
    response = client.get("/", headers={"host": "croydon.localhost:8000"})
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.title.get_text() == "Learning to tackle child neglect – Neglect Matters Learning"
    assert soup.select_one(".app-header-title span").get_text() == croydon.name


@pytest.mark.parametrize("host", ["127.0.0.1:8000", "walsall.localhost:8000", "localhost"])
def test_default_host_is_walsall(client, partnership_sites, host):
    response = client.get("/", headers={"host": host})
    _text, names = _names_on(response.content.decode())
    assert names == {"Walsall Safeguarding Partnership"}


def test_each_partnership_site_has_its_own_home_page_and_catalogues(partnership_sites):
    assert len(partnership_sites) == len(OTHER_THAN_WALSALL)
    homes = {site.root_page_id for site in Site.objects.all()}
    assert len(homes) == len(PARTNERSHIPS)
    for site in partnership_sites:
        home = site.root_page
        assert CourseIndexPage.objects.child_of(home).live().count() == 1
        assert BriefingIndexPage.objects.child_of(home).live().count() == 1


def test_another_home_page_may_be_added_but_a_second_catalogue_per_site_may_not(
    partnership_sites,
):
    """The one-per-install limits are gone; a site still has one catalogue of each kind
    (what the admin's "add page" choices are built from)."""
    root = HomePage.objects.first().get_parent()
    croydon_home = Site.objects.get(hostname="croydon.localhost").root_page
    assert HomePage.can_create_at(root)
    assert not CourseIndexPage.can_create_at(croydon_home)
    assert not BriefingIndexPage.can_create_at(croydon_home)
    fresh_home = root.add_child(instance=HomePage(title="New partnership", slug="new"))
    assert CourseIndexPage.can_create_at(fresh_home)
    assert BriefingIndexPage.can_create_at(fresh_home)


def test_seed_demo_twice_gives_the_same_sites_and_croydon_is_croydon(client):
    call_command("seed_demo")
    sites = Site.objects.count()
    homes = HomePage.objects.count()
    call_command("seed_demo")
    assert sites == len(PARTNERSHIPS)
    assert Site.objects.count() == sites
    assert HomePage.objects.count() == homes
    # The done-when check: Croydon's host shows Croydon and no Walsall branding.
    response = client.get("/", headers={"host": "croydon.localhost:8000"})
    text, names = _names_on(response.content.decode())
    assert names == {"Croydon Safeguarding Children Partnership"}
    assert "Walsall" not in text
    assert "Walsall Safeguarding Partnership" in client.get("/").content.decode()


def test_password_reset_email_on_a_partnership_site_carries_its_name(
    client, partnership_sites, settings
):
    from tests.factories import UserFactory

    UserFactory(email="learner@croydon.example")
    response = client.post(
        "/accounts/password/reset/",
        {"email": "learner@croydon.example"},
        headers={"host": "croydon.localhost:8000"},
    )
    assert response.status_code == 302
    (message,) = mail.outbox
    assert "Croydon Safeguarding Children Partnership" in message.subject
    assert "Croydon Safeguarding Children Partnership" in message.body
    assert "Walsall" not in message.subject + message.body
    assert "http://croydon.localhost:8000/accounts/password/reset/key/" in message.body


@pytest.mark.parametrize("host", ["croydon.localhost:8000", "merton.localhost:8000", "127.0.0.1"])
def test_one_account_signs_in_on_every_partnership_site_with_a_per_host_cookie(
    client, partnership_sites, host
):
    """Accounts are shared across the sites; the session cookie names no domain, so the
    browser keeps it for the host it signed in on (docs/partnership-sites.md)."""
    from tests.factories import DEFAULT_PASSWORD, UserFactory

    user = UserFactory(email="shared@example.org")
    response = client.post(
        "/accounts/login/",
        {"login": user.email, "password": DEFAULT_PASSWORD},
        headers={"host": host},
    )
    assert response.status_code == 302
    assert not response.cookies["sessionid"]["domain"]
    my_learning = client.get("/my-learning/", headers={"host": host})
    assert my_learning.status_code == 200
    assert "Signed in as" in my_learning.content.decode()


def test_redirects_after_a_lesson_stay_on_the_host_the_learner_came_to(client, partnership_sites):
    """With several sites `page.url` is a full address on the page's site's host: a
    learner on `localhost:8000` (the default site by fallback) must stay there, or the
    browser drops their session cookie on the way to `127.0.0.1:8000`."""
    from tests.courses.helpers import answer_knowledge_checks
    from tests.factories import CourseIndexPageFactory, UserFactory, course_with_lessons

    default = Site.objects.get(is_default_site=True)
    index = CourseIndexPageFactory(parent=default.root_page, slug="learn")
    course = course_with_lessons(parent=index, lessons=2)
    first, second = course.lessons()
    client.force_login(UserFactory())
    client.defaults["HTTP_HOST"] = "localhost:8000"
    assert client.get(first.relative_url(default)).status_code == 200
    answer_knowledge_checks(client, first)

    response = client.post(f"/learning/lessons/{first.pk}/complete/")

    assert response.status_code == 302
    assert response["Location"] == second.relative_url(default)


def test_emails_sent_without_a_request_link_to_the_learners_own_partnership_site(
    client, partnership_sites, django_capture_on_commit_callbacks
):
    """A booking confirmation is sent by a task, with no request to take a host from: a
    Croydon practitioner's links go to Croydon's site, a Walsall one's to the default."""
    from learning.people.models import Agency
    from tests.factories import (
        TrainingEventPageFactory,
        TrainingIndexPageFactory,
        TrainingSessionFactory,
        UserFactory,
    )

    default = Site.objects.get(is_default_site=True)
    index = TrainingIndexPageFactory(parent=default.root_page, slug="learn-together")
    walsall = Partnership.objects.get(slug="walsall")
    event = TrainingEventPageFactory(parent=index, partnership=walsall)
    event.eligible_partnerships.add(*Partnership.objects.filter(slug__in=["croydon", "walsall"]))
    event.save()
    session = TrainingSessionFactory(event=event, capacity=5)
    for slug, base in [
        ("croydon", "http://croydon.localhost:8000/"),
        ("walsall", "http://127.0.0.1:8000/"),
    ]:
        learner = UserFactory(agency=Agency.objects.filter(partnership__slug=slug).first())
        client.force_login(learner)
        mail.outbox.clear()
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(f"/training/sessions/{session.pk}/book/")
        assert response.status_code == 302, response.content.decode()[-3000:]
        (email,) = mail.outbox
        assert f"{base}my-learning/" in email.body, email.body
