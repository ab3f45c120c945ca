"""Course, lesson and catalogue pages: what learners see, the gate in front of them, and
knowledge checks with and without JavaScript."""

from __future__ import annotations

import pytest

from learning.progress.models import Enrolment, KnowledgeCheckAnswer, LessonProgress
from tests.factories import (
    CourseIndexPageFactory,
    CoursePageFactory,
    LessonPageFactory,
    course_with_lessons,
)


@pytest.fixture
def index(home_page):
    return CourseIndexPageFactory(parent=home_page)


@pytest.fixture
def course(index):
    return course_with_lessons(parent=index, lessons=2, title="Neglect basics")


def _question(lesson):
    return next(iter(lesson.knowledge_check_questions().values()))


def test_practitioner_course_asks_anonymous_visitors_to_sign_in(course, client):
    lesson = course.lessons().first()
    response = client.get(lesson.url)
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")


def test_first_visit_enrols_the_learner_once(course, learner_client):
    learner_client.get(course.url)
    learner_client.get(course.lessons().first().url)
    assert Enrolment.objects.filter(learner=learner_client.learner, course=course).count() == 1


def test_lesson_page_shows_blocks_sources_and_next_lesson(course, learner_client):
    first, second = list(course.lessons())
    response = learner_client.get(first.url)
    text = response.text
    assert "Neglect is the ongoing failure" in text
    assert "Check your understanding" in text
    assert "Working Together to Safeguard Children" in text
    assert f'href="{second.url}" rel="next"' in text
    assert "lesson 1 of 2" in text
    back = learner_client.get(second.url).text
    assert f'href="{first.url}" rel="prev"' in back


def test_lesson_renders_every_kind_of_block(index, learner_client):
    course = CoursePageFactory(parent=index)
    lesson = LessonPageFactory(
        parent=course,
        body=[
            ("callout", {"kind": "warning", "heading": "Watch out", "text": "<p>Careful.</p>"}),
            ("accordion", {"items": [{"heading": "Open me", "text": "<p>Inside.</p>"}]}),
            ("case_study", {"title": "Sam's story", "text": "<p>Sam is 6.</p>", "questions": ""}),
            (
                "video",
                {
                    "title": "A film",
                    "url": "https://example.org/a.mp4",
                    "transcript": "<p>Words</p>",
                },
            ),
        ],
    )
    text = learner_client.get(lesson.url).text
    for expected in [
        "Watch out",
        "app-callout--warning",
        "Open me",
        "Case study",
        "Read the transcript",
    ]:
        assert expected in text


def test_knowledge_check_without_javascript_posts_and_shows_feedback_on_reload(
    course, learner_client
):
    lesson = course.lessons().first()
    question = _question(lesson)
    wrong = next(o for o in question["options"] if not o["correct"])
    response = learner_client.post(
        f"/learning/lessons/{lesson.pk}/knowledge-check/",
        {"question": question["id"], "option": [wrong["id"]]},
    )
    assert response.status_code == 302
    assert response["Location"] == f"{lesson.url}#question-{question['id']}"
    page = learner_client.get(lesson.url).text
    assert "Not quite" in page
    assert "Not right." in page  # the chosen option's feedback
    assert "Explanation 1." in page
    assert f'value="{wrong["id"]}" checked' in page


def test_knowledge_check_with_javascript_returns_feedback_as_json(course, learner_client):
    lesson = course.lessons().first()
    question = _question(lesson)
    right = next(o for o in question["options"] if o["correct"])
    response = learner_client.post(
        f"/learning/lessons/{lesson.pk}/knowledge-check/",
        {"question": question["id"], "option": [right["id"]]},
        HTTP_ACCEPT="application/json",
    )
    assert response.status_code == 200
    data = response.json()
    assert data["correct"] is True
    assert "Correct" in data["html"] and "Explanation 1." in data["html"]
    answer = KnowledgeCheckAnswer.objects.get(learner=learner_client.learner)
    assert answer.is_correct and answer.option_ids == [right["id"]]


def test_knowledge_check_refuses_an_option_from_another_question(index, learner_client):
    from tests.factories import question_data

    course = CoursePageFactory(parent=index)
    lesson = LessonPageFactory(
        parent=course,
        body=[("knowledge_check", {"questions": [question_data(1), question_data(2)]})],
    )
    first, second = lesson.knowledge_check_questions().values()
    response = learner_client.post(
        f"/learning/lessons/{lesson.pk}/knowledge-check/",
        {"question": first["id"], "option": [second["options"][0]["id"]]},
        HTTP_ACCEPT="application/json",
    )
    assert response.status_code == 400
    assert response.json()["field"] == "option"
    assert "is not one of its options" in response.json()["error"]
    assert not KnowledgeCheckAnswer.objects.exists()


def test_lesson_cannot_be_completed_until_knowledge_check_is_answered(course, learner_client):
    lesson = course.lessons().first()
    response = learner_client.post(f"/learning/lessons/{lesson.pk}/complete/", follow=True)
    assert "Answer the question: Question 1: which is right?" in response.text
    assert not LessonProgress.objects.filter(completed_at__isnull=False).exists()


def test_completing_a_lesson_moves_on_to_the_next(course, learner_client):
    first, second = list(course.lessons())
    question = _question(first)
    learner_client.post(
        f"/learning/lessons/{first.pk}/knowledge-check/",
        {"question": question["id"], "option": [question["options"][0]["id"]]},
    )
    response = learner_client.post(f"/learning/lessons/{first.pk}/complete/")
    assert response["Location"] == second.url
    progress = LessonProgress.objects.get(learner=learner_client.learner, lesson=first)
    assert progress.completed_at is not None


def test_lesson_of_unpublished_course_says_why(course, learner_client):
    lesson = course.lessons().first()
    course.unpublish()
    response = learner_client.get(lesson.url)
    assert response.status_code == 404
    assert "This course is not available" in response.text
    assert "has not been published yet" in response.text


def test_prerequisite_locked_course_names_the_course_to_take_first(index, course, learner_client):
    advanced = course_with_lessons(parent=index, lessons=1, title="Advanced neglect")
    advanced.prerequisites.add(course)
    advanced.save()
    response = learner_client.get(advanced.lessons().first().url)
    assert response.status_code == 403
    assert "You cannot start this course yet" in response.text
    assert f'href="{course.url}"' in response.text
    assert not Enrolment.objects.filter(course=advanced).exists()


def test_catalogue_shows_each_course_status(index, course, learner_client):
    other = course_with_lessons(parent=index, lessons=1, title="Another course")
    first = course.lessons().first()
    question = _question(first)
    learner_client.post(
        f"/learning/lessons/{first.pk}/knowledge-check/",
        {"question": question["id"], "option": [question["options"][0]["id"]]},
    )
    learner_client.post(f"/learning/lessons/{first.pk}/complete/")
    text = learner_client.get(index.url).text
    assert "Neglect basics" in text and "Another course" in text
    assert "In progress" in text
    assert "33% done" in text  # 1 of 2 lessons + the assessment
    assert "Not started" in text
    assert other.title in text


def test_public_course_opens_without_an_account_and_records_nothing(index, client):
    course = course_with_lessons(parent=index, lessons=1, audience="public")
    lesson = course.lessons().first()
    response = client.get(lesson.url)
    assert response.status_code == 200
    assert "Check your understanding" in response.text
    assert "Complete this lesson" not in response.text
    assert client.get(index.url).status_code == 200
    assert not Enrolment.objects.exists()
