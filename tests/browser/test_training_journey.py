"""A practitioner finds a workshop on /training/, books a place, and sees it on My
learning under "Your training sessions", in a real browser, with axe-core on every page."""

from __future__ import annotations

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_find_a_session_book_it_and_see_it_on_my_learning(page, live_server, assert_accessible):
    from cms.home.seed import seed_site
    from learning.people.services import roles_sync
    from learning.training.models import Booking, BookingStatus
    from tests.factories import (
        DEFAULT_PASSWORD,
        TrainingEventPageFactory,
        TrainingIndexPageFactory,
        TrainingSessionFactory,
        UserFactory,
    )

    home = seed_site(partnership_slug="none")
    roles_sync(root_page=home)
    learner = UserFactory(first_name="Priya")
    index = TrainingIndexPageFactory(parent=home)
    event = TrainingEventPageFactory(
        parent=index,
        title="Multi-agency neglect workshop",
        slug="multi-agency-neglect-workshop",
        partnership=learner.agency.partnership,
    )
    TrainingSessionFactory(event=event, capacity=8)

    page.goto("/training/")
    assert "8 places left" in page.content()
    assert_accessible(page)

    page.get_by_label("Format", exact=True).select_option("in_person")
    page.get_by_role("button", name="Apply filters").click()
    page.wait_for_url("**/training/?*format=in_person*")
    assert_accessible(page)

    page.get_by_role("link", name="Multi-agency neglect workshop").click()
    page.wait_for_url("**/training/multi-agency-neglect-workshop/")
    assert_accessible(page)

    page.get_by_role("link", name="Book").first.click()
    page.wait_for_url("**/training/sessions/*/")
    assert "Sign in to book" in page.content()
    assert_accessible(page)

    page.get_by_role("link", name="Sign in to book").click()
    page.get_by_label("Email").fill(learner.email)
    page.get_by_label("Password").fill(DEFAULT_PASSWORD)
    page.get_by_role("button", name="Sign In").click()
    page.wait_for_url("**/training/sessions/*/")
    assert_accessible(page)

    page.get_by_role("button", name="Book a place").click()
    page.wait_for_url("**/training/sessions/*/")
    assert "Your place is booked." in page.content()
    assert "7 places left" in page.content()
    assert_accessible(page)
    assert Booking.objects.get(learner=learner).status == BookingStatus.BOOKED

    page.goto("/my-learning/")
    section = page.locator("[data-training=upcoming]")
    assert "Multi-agency neglect workshop" in section.inner_text()
    assert section.get_by_role("link", name="Cancel").is_visible()
    assert_accessible(page)

    section.get_by_role("link", name="Cancel").click()
    page.wait_for_url("**/my-learning/training/*/cancel/")
    assert_accessible(page)


def test_line_manager_approves_from_the_emailed_link(page, live_server, assert_accessible):
    from cms.home.seed import seed_site
    from learning.training.models import Booking, BookingStatus
    from learning.training.services import booking_create
    from learning.training.tokens import approval_token
    from tests.factories import (
        TrainingEventPageFactory,
        TrainingIndexPageFactory,
        TrainingSessionFactory,
        UserFactory,
    )

    home = seed_site(partnership_slug="none")
    learner = UserFactory(first_name="Priya", last_name="Patel")
    event = TrainingEventPageFactory(
        parent=TrainingIndexPageFactory(parent=home),
        title="GCP2 licensed practitioner training",
        partnership=learner.agency.partnership,
        needs_manager_approval=True,
    )
    session = TrainingSessionFactory(event=event)
    booking = booking_create(
        session_id=session.pk, learner=learner, manager_email="boss@example.org"
    )

    page.goto(f"/training-approval/{approval_token(booking=booking, decision='approve')}/")
    assert "Priya Patel" in page.content()
    assert_accessible(page)

    page.get_by_role("button", name="Approve this booking").click()
    page.wait_for_load_state()
    assert "Booking approved" in page.content()
    assert_accessible(page)
    assert Booking.objects.get().status == BookingStatus.BOOKED

    page.goto("/training-approval/forged-link/")
    assert "This approval link is not valid." in page.content()
    assert_accessible(page)
