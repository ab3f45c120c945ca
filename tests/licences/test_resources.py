"""Licensed-only resources: a holder of a licence in force opens /resources/gcp2/ and its
documents; anyone else signed in gets 403 with how to become licensed and the next
licensed sessions; anonymous visitors are sent to sign in. The documents' public Wagtail
URL is guarded the same way."""

from __future__ import annotations

import datetime as dt

import pytest

from django.utils import timezone

from learning.licences.services import licence_revoke
from tests.factories import TrainingSessionFactory, UserFactory

from .conftest import licence

pytestmark = pytest.mark.django_db

URL = "/resources/gcp2/"


@pytest.fixture
def holder(early_help, gcp2):
    person = UserFactory(agency=early_help, first_name="Lola")
    licence(
        gcp2,
        person,
        licensed_on=timezone.localdate() - dt.timedelta(days=100),
        renew_by=timezone.localdate() + dt.timedelta(days=900),
    )
    return person


@pytest.fixture
def unlicensed(health):
    return UserFactory(agency=health, first_name="Lee")


@pytest.fixture
def next_session(licensed_event):
    return TrainingSessionFactory(event=licensed_event)


def test_a_licence_holder_opens_the_resources_and_their_documents(client, holder, resources):
    client.force_login(holder)
    page = client.get(URL)
    html = page.content.decode()
    assert page.status_code == 200
    assert "GCP2 licensed resources" in html
    assert "The scale and the forms." in html
    document = resources[1]
    assert document.url in html
    served = client.get(document.url)
    assert served.status_code == 200
    assert b"".join(served.streaming_content) == b"Recording form"


def test_someone_without_a_licence_is_told_how_to_become_licensed(
    client, unlicensed, gcp2, next_session, resources
):
    client.force_login(unlicensed)
    page = client.get(URL)
    html = page.content.decode()
    assert page.status_code == 403
    assert "You need a GCP2 licence" in html
    assert "Attend the licensed GCP2 training in full." in html
    assert "Graded Care Profile 2" in html  # the e-learning to do first, linked
    assert next_session.get_absolute_url() in html
    assert resources[1].url not in html


def test_the_document_url_is_refused_to_people_without_a_licence(
    client, unlicensed, gcp2, resources
):
    client.force_login(unlicensed)
    response = client.get(resources[1].url)
    assert response.status_code == 403
    assert "You need a GCP2 licence" in response.content.decode()


def test_anonymous_visitors_are_sent_to_sign_in(client, gcp2, resources):
    for url in (URL, resources[1].url):
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith("/accounts/login/")


def test_a_lapsed_licence_opens_nothing(client, early_help, gcp2, resources):
    person = UserFactory(agency=early_help)
    licence(
        gcp2,
        person,
        licensed_on=dt.date(2022, 1, 1),
        renew_by=timezone.localdate() - dt.timedelta(days=1),
    )
    client.force_login(person)
    assert client.get(URL).status_code == 403
    assert client.get(resources[1].url).status_code == 403


def test_a_revoked_licence_opens_nothing(client, holder, manager, gcp2):
    licence_revoke(licence=holder.licences.get(), by=manager, reason="Left the agency's GCP2 work")
    client.force_login(holder)
    assert client.get(URL).status_code == 403


def test_an_unknown_licence_is_not_found(client, holder):
    client.force_login(holder)
    assert client.get("/resources/no-such-tool/").status_code == 404


def test_documents_outside_licensed_collections_stay_public(client, gcp2):
    from django.core.files.base import ContentFile

    from wagtail.documents import get_document_model

    document = get_document_model()(title="Public leaflet")
    document.file.save("leaflet.txt", ContentFile(b"For everyone"), save=False)
    document.save()
    assert client.get(document.url).status_code == 200
