"""Issue 19, learners on a lesson: "Complete this lesson" with checks unanswered gives an
error summary linking to each check; wrong-answer feedback says each thing once; "Select
all that apply." appears once; sources name the document and its partnership."""

from __future__ import annotations

import re

import pytest

from learning.progress.models import LessonProgress
from tests.factories import (
    CourseIndexPageFactory,
    CoursePageFactory,
    LessonPageFactory,
    UserFactory,
    question_data,
)

pytestmark = pytest.mark.django_db

PUBLISHERS = (
    "Walsall Safeguarding Partnership",
    "Wolverhampton Safeguarding Together",
    "Birmingham Safeguarding Children Partnership",
    "Merton and Wandsworth Safeguarding Children Partnerships",
)

T_QUESTION = {
    "text": "In ACTION, what does the 'T' stand for?",
    "multiple": False,
    "explanation": "ACTION stands for Aware, Care, Think don't Ignore or do Nothing.",
    "options": [
        {"text": "Test", "correct": False, "feedback": "No. The 'T' stands for Think."},
        {"text": "Track", "correct": False, "feedback": "No. The 'T' stands for Think."},
        {"text": "Think", "correct": True, "feedback": "Correct. Think about what you saw."},
    ],
}
SIGNS = {
    "text": "Which of these could be signs of neglect? Select all that apply.",
    "multiple": True,
    "explanation": "Flies and a cold home are signs. Toys on the floor are family life.",
    "options": [
        {"text": "Lots of flies", "correct": True, "feedback": "Yes."},
        {"text": "Toys on the floor", "correct": False, "feedback": "No. This is family life."},
        {"text": "Clutter", "correct": False, "feedback": "No. This is family life."},
        {"text": "A cold home", "correct": True, "feedback": "Yes."},
    ],
}


@pytest.fixture
def lesson(home_page):
    course = CoursePageFactory(parent=CourseIndexPageFactory(parent=home_page))
    return LessonPageFactory(
        parent=course,
        body=[
            ("text", "<p>Read this.</p>"),
            ("knowledge_check", {"questions": [question_data(1), T_QUESTION, SIGNS]}),
        ],
    )


def _ids(lesson) -> dict[str, dict]:
    return {q["text"]: q for q in lesson.knowledge_check_questions().values()}


def _answer(client, lesson, question: dict, texts: list[str]):
    options = [o["id"] for o in question["options"] if o["text"] in texts]
    return client.post(
        f"/learning/lessons/{lesson.pk}/knowledge-check/",
        {"question": question["id"], "option": options},
    )


def test_complete_with_checks_unanswered_gives_an_error_summary_linking_to_each(
    lesson, learner_client
):
    questions = _ids(lesson)
    first = questions["Question 1: which is right?"]
    _answer(learner_client, lesson, first, ["Right answer 1"])
    response = learner_client.post(f"/learning/lessons/{lesson.pk}/complete/", follow=True)
    html = response.text
    assert response.redirect_chain[-1][0].startswith(lesson.url)
    summary = html.split('class="govuk-error-summary"')[1].split("</ul>")[0]
    for text in (T_QUESTION["text"], SIGNS["text"]):
        assert f'href="#question-{questions[text]["id"]}"' in summary
    assert f'href="#question-{first["id"]}"' not in summary
    assert "govuk-notification-banner" not in html
    assert not LessonProgress.objects.filter(completed_at__isnull=False).exists()


def test_wrong_answer_feedback_says_each_thing_once(lesson, learner_client):
    question = _ids(lesson)[T_QUESTION["text"]]
    _answer(learner_client, lesson, question, ["Test"])
    html = learner_client.get(lesson.url).text
    feedback = html.split(f'id="question-{question["id"]}"')[1].split("</form>")[0]
    assert feedback.count("stands for Think") == 1
    assert "The right answer" not in feedback  # the feedback already names it
    assert "ACTION stands for Aware, Care, Think" in feedback
    assert "Not quite" in feedback


def test_identical_feedback_for_two_wrong_choices_is_shown_once(lesson, learner_client):
    question = _ids(lesson)[SIGNS["text"]]
    _answer(learner_client, lesson, question, ["Toys on the floor", "Clutter"])
    html = learner_client.get(lesson.url).text
    feedback = html.split(f'id="question-{question["id"]}"')[1].split("</form>")[0]
    assert feedback.count("This is family life") == 1
    assert "The right answers: Lots of flies; A cold home." in feedback


def test_select_all_that_apply_appears_once(lesson, learner_client):
    html = learner_client.get(lesson.url).text
    assert html.count("Select all that apply") == 1
    assert "Which of these could be signs of neglect?</legend>" in html


def test_seeded_course_sources_show_title_and_partnership_not_file_names(client, home_page):
    from courses.catalogue.models import LessonPage
    from courses.catalogue.seed import seed_courses

    seed_courses(home=home_page)

    client.force_login(UserFactory())
    seen = 0
    for lesson in LessonPage.objects.live():
        html = client.get(lesson.url).text
        if '<h2 class="govuk-heading-m">Sources</h2>' not in html:
            continue
        sources = html.split('<h2 class="govuk-heading-m">Sources</h2>')[1].split("</ul>")[0]
        assert not re.search(r"[\w-]+\.txt", sources), sources
        seen += 1
        for item in sources.split("<li>")[1:]:
            assert any(name in item for name in PUBLISHERS), item
    assert seen
