"""Issue 19 in a real browser, with axe on every page: a learner who opens /admin/ lands
on a page saying it is for staff (no redirect loop), a form sent without its cookie gets
the GOV.UK failure page, and /courses/ can be searched without JavaScript."""

from __future__ import annotations

import pytest

from django.test import Client

from tests.factories import CourseIndexPageFactory, UserFactory, course_with_lessons

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _sign_in_by_cookie(page, user) -> None:
    client = Client()
    client.force_login(user)
    page.goto("/")
    page.context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": page.url}]
    )


def test_learner_opening_the_admin_is_told_it_is_for_staff(
    page, live_server, home_page, assert_accessible
):
    _sign_in_by_cookie(page, UserFactory())
    response = page.goto("/admin/")
    assert response.status == 403
    assert page.get_by_role("heading", name="The admin is for staff").is_visible()
    assert page.get_by_role("link", name="My learning").first.is_visible()
    assert_accessible(page)


def test_a_form_sent_without_its_cookie_gets_a_page_saying_what_to_do(
    page, live_server, home_page, assert_accessible
):
    page.goto("/accounts/login/")
    page.context.clear_cookies()
    page.get_by_label("Email").fill("someone@example.org")
    page.get_by_label("Password").fill("not-the-password")
    page.get_by_role("button", name="Sign in").click()
    assert page.get_by_role("heading", name="Sorry, we could not send that form").is_visible()
    assert page.get_by_role("link", name="Go back to the form").is_visible()
    assert_accessible(page)


def test_courses_can_be_searched_and_filtered(page, live_server, home_page, assert_accessible):
    index = CourseIndexPageFactory(parent=home_page)
    course_with_lessons(parent=index, lessons=1, title="Graded Care Profile 2")
    course_with_lessons(parent=index, lessons=1, title="Understanding neglect")
    _sign_in_by_cookie(page, UserFactory())
    page.goto(index.url)
    page.get_by_label("Search courses").fill("neglect")
    page.get_by_label("Who the course is for").select_option("practitioners")
    page.get_by_role("button", name="Show courses").click()
    assert page.get_by_text("1 course matches").is_visible()
    assert page.get_by_role("link", name="Understanding neglect").is_visible()
    assert page.get_by_role("link", name="Graded Care Profile 2").count() == 0
    assert_accessible(page)


def test_managers_dashboard_flags_area_contacts_accessibly(
    page, live_server, home_page, assert_accessible
):
    from cms.public.seed import seed_area_contacts
    from learning.people.models import Partnership
    from learning.people.roles import Role
    from learning.people.seed import seed_organisations
    from tests.factories import AgencyFactory
    from tests.matrix.sessions import signed_in_with_mfa

    seed_organisations()
    seed_area_contacts()
    walsall = Partnership.objects.get(slug="walsall")
    manager = UserFactory(
        agency=AgencyFactory(partnership=walsall), roles={Role.PARTNERSHIP_MANAGER}
    )
    client = signed_in_with_mfa(Client(), manager)
    page.goto("/")
    page.context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": page.url}]
    )
    page.goto("/admin/")
    panel = page.locator("section[aria-labelledby='area-contacts-to-check-heading']")
    assert panel.get_by_role("link", name="Walsall").is_visible()
    assert "No daytime number" in panel.inner_text()
    assert_accessible(page)
