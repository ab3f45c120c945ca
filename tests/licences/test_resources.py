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


@pytest.fixture
def guidance(home_page, gcp2):
    from learning.licences.models import LicensedResourcePage

    return home_page.add_child(
        instance=LicensedResourcePage(
            title="Using GCP2 with families",
            slug="gcp2-guidance",
            licence_type=gcp2,
            summary="Step by step.",
            body="<p>Score each area with the parent or carer.</p>",
        )
    )


def test_licensed_resource_pages_are_read_only_by_holders(client, holder, unlicensed, guidance):
    client.force_login(holder)
    listing = client.get(URL).content.decode()
    assert guidance.url in listing
    page = client.get(guidance.url)
    assert page.status_code == 200
    assert "Score each area with the parent or carer." in page.content.decode()

    client.force_login(unlicensed)
    refused = client.get(guidance.url)
    assert refused.status_code == 403
    assert "You need a GCP2 licence" in refused.content.decode()
    assert "Score each area" not in refused.content.decode()

    client.logout()
    anonymous = client.get(guidance.url)
    assert anonymous.status_code == 302
    assert anonymous["Location"].startswith("/accounts/login/")


def test_editors_of_a_licensed_page_may_read_it(client, guidance, early_help):
    from learning.people.roles import Role
    from tests.coverage.builders import with_mfa

    editor = with_mfa(UserFactory(agency=early_help, roles={Role.PARTNERSHIP_MANAGER}))
    client.force_login(editor)
    assert client.get(guidance.url).status_code == 200


def test_licensed_pages_sit_under_the_home_page_or_each_other():
    from cms.home.models import HomePage
    from learning.licences.models import LicensedResourcePage

    assert LicensedResourcePage.allowed_parent_page_models() == [
        HomePage,
        LicensedResourcePage,
    ]
    assert LicensedResourcePage.allowed_subpage_models() == [LicensedResourcePage]
