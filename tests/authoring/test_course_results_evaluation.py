"""Course results show the course's evaluation headlines, in the same scope as the rest of
the page: a hand-built example whose figures are worked out by hand."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup

from django.urls import reverse

from learning.evaluation.models import EvaluationResponse, ResponseStage
from learning.people.roles import Role
from tests.course_results.builders import hand_built_course
from tests.coverage.builders import staff
from tests.evaluation.conftest import CONFIDENCE, RATING, YES_NO, attach

pytestmark = pytest.mark.django_db


def respond(attachment, learner, stage, answers):
    return EvaluationResponse.objects.create(
        attachment=attachment,
        learner=learner,
        agency=learner.agency,
        stage=stage,
        answers=answers,
    )


@pytest.fixture
def built(home_page, settings, tmp_path):
    """h1 and h2 (Health, partnership P) completed. h1: before (2, 2), after (4, 5),
    rated 5; h2: after only (5, 5), rated 3 (not paired). o1 (partnership Q) answered too:
    before (1, 1), after (5, 5), rated 1, which P's readers must not see."""
    settings.MEDIA_ROOT = str(tmp_path / "media")
    built = hand_built_course(home_page)
    attachment = attach(course=built.course)
    for name, before, after, rating in (
        ("h1", (2, 2), (4, 5), 5),
        ("h2", None, (5, 5), 3),
        ("o1", (1, 1), (5, 5), 1),
    ):
        learner = built.people[name]
        if before:
            respond(
                attachment,
                learner,
                ResponseStage.BEFORE,
                {f"{CONFIDENCE}:0": before[0], f"{CONFIDENCE}:1": before[1]},
            )
        respond(
            attachment,
            learner,
            ResponseStage.AFTER,
            {
                f"{CONFIDENCE}:0": after[0],
                f"{CONFIDENCE}:1": after[1],
                RATING: rating,
                YES_NO: "yes",
            },
        )
    return built


def evaluation(client, built) -> BeautifulSoup:
    response = client.get(reverse("learning_course_results:course", args=[built.course.pk]))
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def figure(soup, name: str) -> str:
    return soup.select_one(f"[data-evaluation] [data-figure={name}]").get_text(strip=True)


def test_trainer_sees_the_evaluation_headlines_of_their_partnership(client, built):
    client.force_login(staff(built.police, Role.TRAINER))
    soup = evaluation(client, built)
    # Asked: the two completions in P (h1, h2); both answered.
    assert figure(soup, "invited") == "2"
    assert figure(soup, "responses") == "2"
    assert figure(soup, "response_rate") == "100%"
    # Mean rating of h1 (5) and h2 (3); o1's 1 is outside the scope.
    assert soup.select_one("[data-ratings] [data-figure=mean]").get_text(strip=True) == "4.00"
    # Only h1 answered before and after: shifts 4-2 and 5-2.
    shifts = [td.get_text(strip=True) for td in soup.select("[data-shifts] [data-figure=shift]")]
    assert shifts == ["2.00", "3.00"]


def test_trainer_of_another_partnership_sees_only_their_learners(client, built):
    client.force_login(staff(built.other, Role.TRAINER))
    soup = evaluation(client, built)
    # o1 never completed, so was not asked, but answered: 1 response, rated 1.
    assert figure(soup, "responses") == "1"
    assert soup.select_one("[data-ratings] [data-figure=mean]").get_text(strip=True) == "1.00"
    shifts = [td.get_text(strip=True) for td in soup.select("[data-shifts] [data-figure=shift]")]
    assert shifts == ["4.00", "4.00"]


def test_course_without_an_evaluation_says_so(client, home_page, settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path / "media")
    built = hand_built_course(home_page)
    client.force_login(staff(built.health, Role.TRAINER))
    soup = evaluation(client, built)
    assert soup.select_one("[data-evaluation-none]") is not None
