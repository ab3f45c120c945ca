"""A practitioner finds a 7-minute briefing by search, reads it, confirms it, reflects and
subscribes to the digest, in a real browser, with axe-core on every page they visit."""

from __future__ import annotations

import pytest

from learning.briefings.models import BriefingDigestSubscription, BriefingRead, BriefingReflection

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_find_a_briefing_by_search_read_it_and_confirm_it(page, live_server, assert_accessible):
    from cms.home.seed import seed_site
    from courses.briefings.seed import seed_briefings
    from learning.people.services import roles_sync
    from tests.factories import DEFAULT_PASSWORD, UserFactory

    home = seed_site(partnership_slug="none")
    roles_sync(root_page=home)
    seed_briefings(home=home)
    learner = UserFactory(first_name="Priya")

    page.goto("/accounts/login/?next=/briefings/")
    page.get_by_label("Email").fill(learner.email)
    page.get_by_label("Password").fill(DEFAULT_PASSWORD)
    page.get_by_role("button", name="Sign In").click()
    page.wait_for_url("**/briefings/")
    assert_accessible(page)

    page.get_by_label("Search briefings").fill("interpreters")
    page.get_by_role("button", name="Apply").click()
    page.wait_for_url("**/briefings/?q=interpreters*")
    assert "1 briefing matching" in page.content()
    assert_accessible(page)

    page.get_by_role("link", name="Multi-agency audit: neglect").click()
    page.wait_for_url("**/briefings/multi-agency-audit-neglect/")
    headings = page.locator(".app-briefing__section h2").all_inner_texts()
    assert [h.split(" ", 1)[1] for h in headings] == [
        "Background",
        "Why it matters",
        "Information / findings",
        "Good practice",
        "Areas for development",
        "What can you do now",
        "Questions to reflect on",
    ]
    assert page.get_by_role("link", name="Print this briefing on one page (PDF)").is_visible()
    assert_accessible(page)

    # The print stylesheet keeps the briefing and drops the site's chrome and forms.
    page.emulate_media(media="print")
    assert not page.locator(".govuk-header").is_visible()
    assert not page.locator("#your-learning").is_visible()
    assert page.locator("#reflection_questions").is_visible()
    page.emulate_media(media="screen")

    page.get_by_role("button", name="I have read this briefing").click()
    page.wait_for_url("**/briefings/multi-agency-audit-neglect/*")
    assert "You have confirmed that you read" in page.content()
    assert page.get_by_test_id("read-confirmation").is_visible()
    assert_accessible(page)
    assert BriefingRead.objects.filter(learner=learner).count() == 1

    page.get_by_label("4. Have you used an interpreter whenever one was needed?").fill(
        "Not always: I will book one for the next home visit."
    )
    page.get_by_role("button", name="Save reflections").click()
    page.wait_for_url("**/briefings/multi-agency-audit-neglect/*")
    assert "Only you can see them" in page.content()
    assert_accessible(page)
    assert BriefingReflection.objects.get(learner=learner).position == 4

    page.get_by_role("link", name="My learning").first.click()
    page.wait_for_url("**/my-learning/")
    assert page.get_by_role("link", name="Multi-agency audit: neglect").is_visible()
    assert_accessible(page)
    page.get_by_label("neglect", exact=True).check()
    page.get_by_role("button", name="Subscribe").click()
    page.wait_for_url("**/my-learning/")
    assert "You are subscribed" in page.content()
    assert_accessible(page)
    subscription = BriefingDigestSubscription.objects.get(learner=learner)
    assert [t.name for t in subscription.topics.all()] == ["neglect"]
