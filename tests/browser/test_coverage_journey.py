"""A partnership manager reads the coverage dashboard, drills into an agency, downloads
the spreadsheet and imports headcounts, with axe (WCAG 2.2 A and AA) on every page."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from learning.people.roles import Role
from tests.browser.signing_in import sign_in_by_cookie
from tests.coverage.builders import hand_built_partnership, staff

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_manager_reads_coverage_drills_down_and_exports(
    page, live_server, assert_accessible, tmp_path
):
    from cms.home.seed import seed_site
    from learning.people.services import roles_sync

    home = seed_site(partnership_slug="none")
    roles_sync(root_page=home)
    p = hand_built_partnership(home)
    manager = staff(p.police, Role.PARTNERSHIP_MANAGER, "Mo")

    page.goto("/healthz/")
    sign_in_by_cookie(page, manager)
    page.goto("/admin/reports/training-coverage/?as_of=2026-03-31")
    assert page.get_by_role("heading", name=p.percent_kpi.name).is_visible()
    assert page.get_by_role("img", name=f"{p.percent_kpi.name}: trend by month").first.is_visible()
    assert_accessible(page)

    page.get_by_role("link", name="Health").first.click()
    page.wait_for_url("**/agency/**")
    assert page.get_by_role("cell", name="Expired").first.is_visible()
    assert_accessible(page)

    # The export is the same URL with export=xlsx, sent with the signed-in session.
    response = page.request.get(page.url.split("?")[0] + "?as_of=2026-03-31&export=xlsx")
    assert response.ok
    assert "spreadsheetml" in response.headers["content-type"]

    page.goto("/admin/reports/training-coverage/headcounts/import/")
    assert_accessible(page)
    bad = tmp_path / "headcounts.csv"
    bad.write_text("agency,role_group,headcount,counted_on\nPolice,,many,2026-04-01\n")
    page.get_by_label("Headcount file (CSV)").set_input_files(str(bad))
    with page.expect_navigation():
        page.get_by_role("button", name="Import").click()
    expect(page.get_by_text("Line 2: headcount 'many' must be a whole number")).to_be_visible()
    assert_accessible(page)


def test_coverage_filters_sit_side_by_side_without_overlapping(
    page, live_server, assert_accessible
):
    """Long KPI, partnership and agency names made each select as wide as its longest
    option, running into the next column; the date is a GOV.UK date input."""
    from cms.home.seed import seed_site
    from learning.people.services import roles_sync

    home = seed_site(partnership_slug="none")
    roles_sync(root_page=home)
    p = hand_built_partnership(home)
    p.percent_kpi.name = "Frontline practitioners trained in the Graded Care Profile 2 " * 2
    p.percent_kpi.save()
    p.health.name = "Walsall Healthcare NHS Trust community and acute services division"
    p.health.save()
    manager = staff(p.police, Role.PARTNERSHIP_MANAGER, "Mo")

    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto("/healthz/")
    sign_in_by_cookie(page, manager)
    page.goto("/admin/reports/training-coverage/?as_of=2026-03-31")
    page.locator("details.coverage-filters").evaluate("details => { details.open = true; }")
    boxes = {
        name: page.locator(f"#id_{name}").bounding_box()
        for name in ("kpi", "partnership", "sector", "agency", "year")
    }
    for first, a in boxes.items():
        for second, b in boxes.items():
            if first < second:
                apart = (
                    a["x"] + a["width"] <= b["x"]
                    or b["x"] + b["width"] <= a["x"]
                    or a["y"] + a["height"] <= b["y"]
                    or b["y"] + b["height"] <= a["y"]
                )
                assert apart, (first, a, second, b)
    expect(page.locator(".coverage-date legend")).to_have_text("Figures as at")
    assert page.get_by_label("Day").input_value() == "31"
    assert_accessible(page)
