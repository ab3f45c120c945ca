"""Course results for trainers: the figures of a hand-built course, and whose results
each reader sees (tests/course_results/builders.py says what the figures must be)."""

from __future__ import annotations

import csv
import io

import pytest
from bs4 import BeautifulSoup

from django.urls import reverse

from learning.people.roles import Role
from learning.xapi.models import H5PResult
from tests.coverage.builders import staff
from tests.factories import LessonPageFactory

from .builders import hand_built_course

pytestmark = pytest.mark.django_db


@pytest.fixture
def built(home_page):
    return hand_built_course(home_page)


def course_page(client, built, **query):
    response = client.get(reverse("learning_course_results:course", args=[built.course.pk]), query)
    return response


def figures(soup: BeautifulSoup, table: str) -> dict[str, dict[str, str]]:
    """Each row of a results table: its header cell -> {column heading: cell}."""
    found = soup.select_one(f"table[{table}]")
    headings = [th.get_text(strip=True) for th in found.thead.find_all("th")]
    rows = {}
    for tr in found.tbody.find_all("tr"):
        cells = [c.get_text(" ", strip=True) for c in tr.find_all(["th", "td"])]
        rows[cells[0]] = dict(zip(headings, cells, strict=False))
    return rows


def test_course_figures_for_the_partnership_manager(client, built):
    client.force_login(staff(built.health, Role.PARTNERSHIP_MANAGER))
    response = course_page(client, built)
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    summary = {dd["data-figure"]: dd.get_text(strip=True) for dd in soup.select("dd[data-figure]")}
    # Enrolled h1 h2 p1 p2; completed h1 h2; assessed h1 h2 p1, passed h1 h2;
    # 4 attempts by 3 learners.
    assert summary == {
        "enrolled": "4",
        "completed": "2",
        "assessed": "3",
        "passed": "2 (66.7%)",
        "attempts": "1.3",
    }

    learners = figures(soup, "data-learners")
    assert set(learners) == {"H1 Learner", "H2 Learner", "P1 Learner", "P2 Learner"}
    assert learners["H1 Learner"]["Attempts"] == "2"
    assert learners["H1 Learner"]["First score"] == "50%"
    assert learners["H1 Learner"]["Best score"] == "100%"
    assert learners["H1 Learner"]["Status"] == "Completed"
    assert learners["P1 Learner"]["Status"] == "Not passed yet"
    assert learners["P2 Learner"]["Attempts"] == "0"

    questions = {
        row["Question"].split(":")[0]: row["% correct"]
        for row in figures(soup, "data-questions").values()
    }
    # First attempts only: h1's second attempt (all right) does not count.
    assert questions == {
        "Question 1": "66.7%",
        "Question 2": "100.0%",
        "Question 3": "33.3%",
        "Question 4": "66.7%",
    }

    topics = figures(soup, "data-topics")
    assert list(topics) == ["Talking with young people", "Signs in teenagers"]  # most missed first
    assert topics["Talking with young people"]["% wrong"] == "50.0%"
    assert topics["Signs in teenagers"]["% wrong"] == "16.7%"

    # Knowledge check: h1 right, p1 wrong (o1 is outside the partnership).
    check = soup.select_one("table[data-check]")
    assert "2 answered, 50.0% right" in check.caption.get_text(" ", strip=True)
    options = {
        tr.th.get_text(strip=True): [td.get_text(strip=True) for td in tr.find_all("td")]
        for tr in check.tbody.find_all("tr")
    }
    assert options["Right answer 1"] == ["Yes", "1", "50.0%"]
    assert options["Wrong answer 1"] == ["No", "1", "50.0%"]

    activity = figures(soup, "data-activities")["Scenario: a missed appointment"]
    assert activity["Learners"] == "2"
    assert activity["Passed"] == "1 (50.0%)"
    assert activity["Average best score"] == "60.0%"


def test_course_list_shows_every_course_with_figures_in_scope(client, built):
    client.force_login(staff(built.health, Role.TRAINER))
    response = client.get(reverse("learning_course_results:index"))
    soup = BeautifulSoup(response.content, "html.parser")
    row = soup.select_one(f"tr[data-course='{built.course.pk}']")
    values = {td["data-figure"]: td.get_text(strip=True) for td in row.select("td[data-figure]")}
    assert values == {
        "enrolled": "4",
        "completed": "2",
        "assessed": "3",
        "passed": "2",
        "pass_rate": "66.7%",
        "attempts": "1.3",
    }


def test_trainer_of_another_partnership_sees_nothing_of_these_learners(client, built):
    client.force_login(staff(built.other, Role.TRAINER))
    response = course_page(client, built)
    assert response.status_code == 200
    body = response.content.decode()
    for name in ("H1 Learner", "H2 Learner", "P1 Learner", "P2 Learner"):
        assert name not in body
    # Only their own partnership's learner, with her own figures.
    soup = BeautifulSoup(response.content, "html.parser")
    assert set(figures(soup, "data-learners")) == {"O1 Learner"}
    questions = {
        r["Question"].split(":")[0]: r["% correct"]
        for r in figures(soup, "data-questions").values()
    }
    assert set(questions.values()) == {"0.0%"}
    # ... and in the download.
    export = b"".join(course_page(client, built, export="csv").streaming_content).decode()
    assert "H1" not in export and "O1" in export


def test_trainer_sees_their_own_partnerships_learners(client, built):
    client.force_login(staff(built.police, Role.TRAINER))
    soup = BeautifulSoup(course_page(client, built).content, "html.parser")
    assert set(figures(soup, "data-learners")) == {
        "H1 Learner",
        "H2 Learner",
        "P1 Learner",
        "P2 Learner",
    }


def test_agency_lead_sees_only_their_agencys_learners(client, built):
    client.force_login(staff(built.police, Role.AGENCY_LEAD))
    soup = BeautifulSoup(course_page(client, built).content, "html.parser")
    assert set(figures(soup, "data-learners")) == {"P1 Learner", "P2 Learner"}
    summary = {dd["data-figure"]: dd.get_text(strip=True) for dd in soup.select("dd[data-figure]")}
    assert summary["enrolled"] == "2"
    assert summary["passed"] == "0 (0.0%)"


def test_learners_are_refused(client, built):
    """Learners have no admin access: Wagtail sends them to its sign-in page."""
    client.force_login(built.people["h1"])
    for response in (
        course_page(client, built),
        client.get(reverse("learning_course_results:index")),
    ):
        assert response.status_code == 302
        assert response["Location"].startswith("/admin/login/")


def test_download_lists_the_learners_and_is_formula_safe(client, built):
    sneaky = built.people["p1"]
    sneaky.first_name = '=HYPERLINK("http://evil.example","Click")'
    sneaky.save()
    client.force_login(staff(built.health, Role.PARTNERSHIP_MANAGER))
    response = course_page(client, built, export="csv")
    rows = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert {row["Name"] for row in rows} >= {"H1 Learner", "H2 Learner"}
    h1 = next(row for row in rows if row["Name"] == "H1 Learner")
    assert (h1["Assessment attempts"], h1["First score %"], h1["Best score %"]) == (
        "2",
        "50",
        "100",
    )
    names = [row["Name"] for row in rows]
    assert '\'=HYPERLINK("http://evil.example","Click") Learner' in names
    assert not any(name.startswith("=") for name in names)
    xlsx = course_page(client, built, export="xlsx")
    assert xlsx["Content-Type"].startswith(
        "application/vnd.openxmlformats-officedocument.spreadsheetml"
    )


def test_h5p_results_count_per_placement(client, built):
    """The activity placed in a second lesson has a result in each lesson (issue 17): each
    placement counts its own, so no learner is counted twice in one row."""
    activity = built.lesson_2.body[1].value["activity"]
    lesson_3 = LessonPageFactory(
        parent=built.course,
        slug="lesson-3",
        title="Practising the conversation",
        body=[("h5p", {"activity": activity, "required": False, "min_score": 0.5})],
    )
    h2 = built.people["h2"]
    for lesson, best, passed in ((built.lesson_2, 0.7, True), (lesson_3, 0.3, False)):
        H5PResult.objects.create(
            learner=h2,
            activity=activity,
            lesson=lesson,
            best_scaled=best,
            last_scaled=best,
            passed=passed,
            completed=True,
            attempts=1,
        )
    client.force_login(staff(built.health, Role.PARTNERSHIP_MANAGER))
    soup = BeautifulSoup(course_page(client, built).content, "html.parser")
    rows = {
        tr.find("td").get_text(strip=True): [td.get_text(strip=True) for td in tr("td")]
        for tr in soup.select_one("table[data-activities]").tbody("tr")
    }
    # Lesson 2: h1 and p1 (recorded before placements, so at the first placement) and h2.
    assert rows["Talking with young people"][1:3] == ["3", "5"]
    # Lesson 3: h2 only, who failed there.
    assert rows["Practising the conversation"][1:] == ["1", "1", "1", "0 (0.0%)", "30.0%"]
