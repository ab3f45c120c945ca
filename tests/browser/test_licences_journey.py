"""A licensed practitioner opens the GCP2 resources and sees their licence on My
learning; a practitioner without a licence is told how to become licensed (403) with the
next licensed sessions; a manager reads the licence register and a licence's evidence.
axe-core (WCAG 2.2 A and AA) on every page."""

from __future__ import annotations

import datetime as dt

import pytest

from django.core.files.base import ContentFile
from django.utils import timezone

from learning.people.roles import Role
from tests.browser.signing_in import sign_in_by_cookie

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _world():
    from wagtail.documents import get_document_model
    from wagtail.models import Collection

    from cms.home.seed import seed_site
    from learning.licences.models import Licence, LicenceType, LicensedResourcePage
    from learning.people.services import roles_sync
    from tests.coverage.builders import course, with_mfa
    from tests.factories import (
        AgencyFactory,
        PartnershipFactory,
        TrainingEventPageFactory,
        TrainingIndexPageFactory,
        TrainingSessionFactory,
        UserFactory,
    )

    home = seed_site(partnership_slug="none")
    roles_sync(root_page=home)
    walsall = PartnershipFactory(name="Walsall Safeguarding Partnership", slug="walsall")
    early_help = AgencyFactory(partnership=walsall, name="Walsall Early Help")
    elearning = course(home, slug="graded-care-profile-2")
    event = TrainingEventPageFactory(
        parent=TrainingIndexPageFactory(parent=home),
        title="GCP2 licensed practitioner training",
        slug="gcp2-licensed-practitioner-training",
        partnership=walsall,
    )
    TrainingSessionFactory(event=event)
    collection = Collection.get_first_root_node().add_child(name="GCP2 licensed resources")
    document = get_document_model()(title="GCP2 recording form", collection=collection)
    document.file.save("gcp2-form.txt", ContentFile(b"Recording form"), save=False)
    document.save()
    gcp2 = LicenceType.objects.create(
        partnership=walsall,
        name="GCP2",
        slug="gcp2",
        validity_months=36,
        how_to_become_licensed="<p>Attend the licensed GCP2 training in full.</p>",
        resources_introduction="<p>The scale, the guidance and the recording forms.</p>",
        resources_collection=collection,
    )
    gcp2.granting_events.set([event])
    gcp2.prerequisite_courses.set([elearning])
    gcp2.save()
    home.add_child(
        instance=LicensedResourcePage(
            title="Using GCP2 with families",
            slug="gcp2-guidance",
            licence_type=gcp2,
            summary="Step by step.",
            body="<h2>Scoring with the family</h2><p>Score each area together.</p>",
        )
    )
    licensed = UserFactory(agency=early_help, first_name="Lola", last_name="Licensed")
    today = timezone.localdate()
    Licence.objects.create(
        licence_type=gcp2,
        person=licensed,
        agency=early_help,
        licensed_on=today - dt.timedelta(days=100),
        renew_by=today + dt.timedelta(days=1000),
    )
    unlicensed = UserFactory(agency=early_help, first_name="Lee", last_name="Learner")
    manager = with_mfa(UserFactory(agency=early_help, roles={Role.PARTNERSHIP_MANAGER}))
    return licensed, unlicensed, manager


def test_licensed_and_unlicensed_practitioners_and_the_register(
    page, live_server, assert_accessible
):
    licensed, unlicensed, manager = _world()

    page.goto("/healthz/")
    sign_in_by_cookie(page, licensed)
    response = page.goto("/resources/gcp2/")
    assert response.status == 200
    assert page.get_by_role("heading", name="GCP2 licensed resources").is_visible()
    assert page.get_by_role("link", name="GCP2 recording form").is_visible()
    assert_accessible(page)
    page.get_by_role("link", name="Using GCP2 with families").click()
    page.wait_for_url("**/gcp2-guidance/")
    assert page.get_by_role("heading", name="Scoring with the family").is_visible()
    assert_accessible(page)

    page.goto("/my-learning/")
    assert page.get_by_role("heading", name="Your licences").is_visible()
    assert page.get_by_role("link", name="GCP2 licensed resources").is_visible()
    assert_accessible(page)

    sign_in_by_cookie(page, unlicensed)
    response = page.goto("/resources/gcp2/")
    assert response.status == 403
    assert page.get_by_role(
        "heading", name="You need a GCP2 licence to see these resources"
    ).is_visible()
    assert page.get_by_role("link", name="Graded Care Profile 2").is_visible()
    assert (
        "GCP2 licensed practitioner training"
        in page.locator("[data-licensed-sessions]").inner_text()
    )
    assert_accessible(page)

    response = page.goto("/gcp2-guidance/")
    assert response.status == 403
    assert "Score each area together" not in page.content()
    assert_accessible(page)

    sign_in_by_cookie(page, manager)
    page.goto("/admin/reports/licences/")
    assert page.get_by_role("link", name="Lola Licensed").is_visible()
    assert_accessible(page)
    page.get_by_role("link", name="Lola Licensed").click()
    page.wait_for_url("**/admin/reports/licences/*/")
    assert page.get_by_role("button", name="Mark as a champion").is_visible()
    assert_accessible(page)
    page.goto("/admin/reports/licences/grant/")
    assert_accessible(page)
