"""A trainer reads the course results, one course's results and the knowledge gaps; a
partnership manager imports practice indicator returns, sees them beside the training
figures on the coverage dashboard and opens an agency's Section 11 return. axe (WCAG 2.2
A and AA) on every page."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from learning.indicators.models import PracticeIndicator
from learning.people.roles import Role
from tests.browser.signing_in import sign_in_by_cookie
from tests.course_results.builders import hand_built_course
from tests.coverage.builders import hand_built_partnership, staff

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_trainer_reads_results_and_manager_sees_indicators_beside_training(
    page, live_server, assert_accessible, tmp_path
):
    from cms.home.seed import seed_site
    from learning.people.services import roles_sync

    home = seed_site(partnership_slug="none")
    roles_sync(root_page=home)
    built = hand_built_course(home)
    trainer = staff(built.police, Role.TRAINER, "Tara")

    page.goto("/healthz/")
    sign_in_by_cookie(page, trainer)
    page.goto("/admin/reports/course-results/")
    row = page.locator(f"tr[data-course='{built.course.pk}']")
    expect(row.locator("[data-figure='pass_rate']")).to_have_text("66.7%")
    assert_accessible(page)

    page.get_by_role("link", name="Neglect in adolescence").click()
    page.wait_for_url(f"**/course-results/{built.course.pk}/")
    expect(page.get_by_role("heading", name="Most-missed topics")).to_be_visible()
    expect(page.get_by_role("row", name="P1 Learner")).to_be_visible()
    expect(page.get_by_text("O1 Learner")).to_have_count(0)
    assert_accessible(page)

    page.get_by_role("link", name="Knowledge gaps by agency").click()
    page.wait_for_url("**/knowledge-gaps/**")
    expect(page.locator("tr[data-gap]").first).to_contain_text("50.0%")
    assert_accessible(page)

    p = hand_built_partnership(home)
    PracticeIndicator.objects.create(partnership=p.partnership, name="WeCAN assessments")
    manager = staff(p.police, Role.PARTNERSHIP_MANAGER, "Mo")
    sign_in_by_cookie(page, manager)
    page.goto("/admin/practice-indicators/import/")
    assert_accessible(page)
    returns = tmp_path / "returns.csv"
    returns.write_text(
        "indicator,agency,quarter_start,value\n"
        "WeCAN assessments,Health,2025-07-01,many\n"
        "WeCAN assessments,Police,2025-07-02,3\n"
    )
    page.get_by_label("Practice indicator returns (CSV)").set_input_files(str(returns))
    with page.expect_navigation():
        page.get_by_role("button", name="Import").click()
    expect(page.get_by_text("Line 2: value 'many' must be a whole number")).to_be_visible()
    expect(page.get_by_text("Line 3: quarter_start '2025-07-02'")).to_be_visible()
    assert_accessible(page)

    returns.write_text(
        "indicator,agency,quarter_start,value\n"
        "WeCAN assessments,Health,2025-07-01,12\n"
        "WeCAN assessments,Police,2025-10-01,3\n"
    )
    page.get_by_label("Practice indicator returns (CSV)").set_input_files(str(returns))
    with page.expect_navigation():
        page.get_by_role("button", name="Import").click()
    expect(page.get_by_text("2 returns imported.")).to_be_visible()

    page.goto(f"/admin/reports/training-coverage/?as_of=2026-03-31&kpi={p.percent_kpi.pk}")
    table = page.locator(f"table[data-kpi-table='{p.percent_kpi.pk}']")
    expect(table.get_by_role("columnheader", name="WeCAN assessments")).to_be_visible()
    health = table.locator(f"tr[data-agency='{p.health.pk}']")
    expect(health.locator("[data-figure='indicator']")).to_have_text("12")
    expect(table.locator("tr[data-agency='total'] [data-figure='indicator']")).to_have_text("15")
    assert_accessible(page)

    page.get_by_role("link", name="Section 11 training return").click()
    page.wait_for_url("**/section-11/**")
    page.get_by_label("Agency", exact=True).select_option(label="Health")
    page.get_by_role("button", name="Show the return").click()
    page.wait_for_url("**/section-11/?agency=*")
    expect(page.get_by_role("heading", name="E-learning courses completed")).to_be_visible()
    assert_accessible(page)
