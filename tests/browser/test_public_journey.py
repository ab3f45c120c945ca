"""The public section on a phone: a worker reads what to look for, finds who to call for
a postcode, and takes the open course with their employer's code. axe (WCAG 2.2 A and AA)
checks every page visited, and the landing page's first visit is weighed."""

from __future__ import annotations

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

MAX_FIRST_VISIT_BYTES = 150 * 1024


@pytest.fixture
def seeded_public_site(live_server):
    from cms.home.seed import seed_site
    from cms.public.seed import seed_public
    from learning.people.seed import seed_organisations
    from learning.people.services import roles_sync

    seed_organisations()
    home = seed_site(partnership_slug="walsall")
    roles_sync(root_page=home)
    seed_public(home=home)
    return home


def _first_visit_bytes(page) -> int:
    """Bytes transferred for the page and everything it loaded (headers included), as
    the browser's Resource Timing reports them."""
    return page.evaluate(
        "() => performance.getEntriesByType('navigation')"
        ".concat(performance.getEntriesByType('resource'))"
        ".reduce((sum, e) => sum + (e.transferSize || e.encodedBodySize || 0), 0)"
    )


def test_landing_page_first_visit_on_a_phone_is_at_most_150_kb(phone_page, seeded_public_site):
    sizes: list[int] = []
    phone_page.on(
        "response",
        lambda response: sizes.append(
            len(response.body()) + sum(len(k) + len(v) + 4 for k, v in response.headers.items())
        ),
    )
    phone_page.goto("/spot-the-signs/", wait_until="load")
    measured = _first_visit_bytes(phone_page)
    counted = sum(sizes)
    assert measured > 20_000  # the stylesheet and page really were counted
    assert measured <= MAX_FIRST_VISIT_BYTES, f"{measured} bytes"
    assert counted <= MAX_FIRST_VISIT_BYTES, f"{counted} bytes"
    # No JavaScript is needed, so none is sent.
    assert phone_page.evaluate("() => document.scripts.length") == 0


def test_crawl_of_the_section_at_phone_size_has_no_accessibility_violations(
    phone_page, seeded_public_site, assert_accessible
):
    """Follow every link inside /spot-the-signs/ from the landing page."""
    seen: set[str] = set()
    queue = ["/spot-the-signs/"]
    while queue:
        path = queue.pop(0)
        if path in seen:
            continue
        seen.add(path)
        response = phone_page.goto(path)
        assert response.status == 200, path
        if response.headers.get("content-type", "").startswith("application/pdf"):
            continue
        assert_accessible(phone_page)
        # Nothing is wider than the phone's screen.
        assert phone_page.evaluate(
            "() => document.documentElement.scrollWidth <= window.innerWidth"
        ), path
        hrefs = phone_page.eval_on_selector_all("main a[href]", "els => els.map(e => e.href)")
        for href in hrefs:
            local = href.split("#")[0].replace(phone_page.url.split("/spot-the-signs/")[0], "")
            if local.startswith("/spot-the-signs/") and local not in seen:
                if local.endswith(("/poster/", "/card/")):
                    continue
                queue.append(local)
    assert len(seen) >= 12, seen


def test_a_worker_finds_who_to_call_and_completes_the_course_with_a_code(
    phone_page, seeded_public_site, assert_accessible
):
    from learning.public.models import Employer, OpenCourseCompletion

    page = phone_page
    page.goto("/spot-the-signs/")
    page.get_by_role("link", name="What to look for").first.click()
    assert page.get_by_role("heading", name="Signs in the child").is_visible()
    assert_accessible(page)

    # Who to call: garbage first, then a space-less lower-case postcode.
    page.goto("/spot-the-signs/report-a-concern/")
    page.get_by_label("Postcode of the home you visited").fill("hello")
    page.get_by_role("button", name="Find who to call").click()
    assert page.locator(".govuk-error-summary").is_visible()
    assert_accessible(page)
    assert "postcode=" not in page.url
    page.get_by_label("Postcode of the home you visited").fill("ws11tp")
    page.get_by_role("button", name="Find who to call").click()
    assert page.get_by_role("heading", name="Who to call for WS1 1TP").is_visible()
    assert page.get_by_role("link", name="0300 555 2922").is_visible()
    assert "postcode=" not in page.url
    assert_accessible(page)

    # The open course with the demo employer's code.
    page.goto("/spot-the-signs/spotting-the-signs/")
    page.get_by_label("Employer code (optional)").fill("nope")
    page.get_by_role("button", name="Use this code").click()
    assert page.locator(".govuk-error-summary").is_visible()
    assert_accessible(page)
    page.get_by_label("Employer code (optional)").fill("gasdemo1")
    page.get_by_role("button", name="Use this code").click()
    assert page.get_by_text("You are taking this course for").is_visible()
    page.get_by_role("button", name="Start now").click()
    # A knowledge check answered by a plain form post (no JavaScript on these pages).
    page.get_by_label("A child does not get what they need, again and again").check()
    page.get_by_role("button", name="Check my answer").click()
    assert page.get_by_text("Correct.", exact=True).is_visible()
    assert_accessible(page)
    while True:
        assert_accessible(page)
        next_lesson = page.get_by_role("button", name="Next lesson")
        if next_lesson.count():
            next_lesson.click()
        else:
            page.get_by_role("button", name="Go to the final check").click()
            break
    assert_accessible(page)
    for fieldset in page.locator("fieldset").all():
        legend = fieldset.locator("legend").inner_text()
        for option, correct in _answers_for(legend):
            if correct:
                fieldset.get_by_label(option, exact=True).check()
    page.get_by_role("button", name="Submit my answers").click()
    assert page.get_by_role("heading", name="You have completed the course").is_visible()
    assert_accessible(page)

    employer = Employer.objects.get(join_code="GASDEMO1")
    assert OpenCourseCompletion.objects.get().employer == employer

    # A certificate in the name they type, downloaded and then verified.
    page.get_by_role("button", name="Get my certificate").click()
    assert page.locator(".govuk-error-summary").is_visible()
    assert_accessible(page)
    page.get_by_label("Your name").fill("Sam Fitter")
    page.get_by_role("button", name="Get my certificate").click()
    assert page.get_by_role("heading", name="Your certificate").is_visible()
    assert_accessible(page)
    with page.expect_download() as download_info:
        page.get_by_role("button", name="Download your certificate (PDF)").click()
    with open(download_info.value.path(), "rb") as pdf:
        assert pdf.read(5) == b"%PDF-"
    page.get_by_role("link", name="the certificate checker").click()
    assert "Sam Fitter" in page.content()
    assert_accessible(page)


def _answers_for(legend: str) -> list[tuple[str, bool]]:
    from cms.public.seed_content import OPEN_COURSE

    for question in OPEN_COURSE["assessment"]["questions"]:
        if legend.endswith(question["text"]):
            return [(o["text"], o["correct"]) for o in question["options"]]
    raise AssertionError(f"No question for {legend!r}")


def test_a_visitor_with_cookies_blocked_finds_a_daytime_route_for_walsall(
    phone_page, seeded_public_site, assert_accessible
):
    """Issue 19: cookies cleared or blocked must not stop the finder, an empty submit
    lands focus on the error summary without JavaScript, and Walsall (no daytime number)
    names the NSPCC as its daytime route."""
    page = phone_page
    page.goto("/spot-the-signs/report-a-concern/")
    page.context.clear_cookies()
    page.get_by_role("button", name="Find who to call").click()
    assert page.locator(".govuk-error-summary").is_visible()
    assert page.evaluate(
        "() => document.activeElement.classList.contains('govuk-error-summary')"
    ), "focus is not on the error summary"
    assert_accessible(page)

    page.context.clear_cookies()
    page.get_by_label("Postcode of the home you visited").fill("WS1 1TP")
    page.get_by_role("button", name="Find who to call").click()
    assert page.get_by_role("heading", name="Who to call for WS1 1TP").is_visible()
    assert page.get_by_text("There is no daytime number for Walsall yet").is_visible()
    assert page.get_by_role("link", name="0808 800 5000").first.is_visible()
    assert "postcode=" not in page.url and "WS1" not in page.url
    assert_accessible(page)
