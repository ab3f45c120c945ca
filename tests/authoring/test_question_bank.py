"""The question bank shared by every course: trainers write a question once, choose it into
any course's final assessment, and learners are drawn, marked and reported on for it just
as for the course's own questions."""

from __future__ import annotations

import pytest

from django.urls import reverse

from wagtail.test.utils.form_data import nested_form_data, streamfield

from courses.catalogue.models import BankQuestion, CoursePage
from learning.progress.models import AssessmentAttempt, CourseCompletion
from tests.briefings.conftest import with_mfa
from tests.courses.helpers import answers_for, complete_lessons, start_attempt, submit
from tests.courses.test_admin_authoring import COMMENTS, _course_form
from tests.factories import UserFactory, course_with_lessons

pytestmark = pytest.mark.django_db

OPTIONS = [
    ("option", {"text": "Yes, always", "correct": True, "feedback": "It is."}),
    ("option", {"text": "No", "correct": False, "feedback": "It is a form of abuse."}),
]


@pytest.fixture
def bank_question():
    return BankQuestion.objects.create(
        text="Is neglect a form of child abuse?",
        explanation="Working Together defines it so.",
        options=OPTIONS,
    )


def _bank_choice(question: BankQuestion, topic: str = "") -> tuple:
    return ("bank_question", {"question": question, "topic": topic})


def _form_choosing(question: BankQuestion, topic: str) -> dict:
    data = _course_form()
    data.update(
        nested_form_data(
            {
                "assessment_questions": streamfield(
                    [("bank_question", {"question": question.pk, "topic": topic})]
                )
            }
        )
    )
    return {**data, **COMMENTS}


def test_a_trainer_writes_a_bank_question_in_the_admin(client, home_page, trainer):
    client.force_login(trainer)
    add = reverse("wagtailsnippets_courses_bankquestion:add")
    page = client.get(add)
    assert page.status_code == 200
    assert "Question bank" in client.get(reverse("wagtailadmin_home")).text

    data = {
        "text": "Which of these is neglect?",
        "explanation": "",
        **nested_form_data(
            {
                "options": streamfield(
                    [
                        ("option", {"text": "Missed health appointments", "correct": "on"}),
                        ("option", {"text": "A single late pick-up", "feedback": "No."}),
                    ]
                )
            }
        ),
    }
    response = client.post(add, data)

    assert response.status_code == 302, response.text[-2000:]
    question = BankQuestion.objects.get(text="Which of these is neglect?")
    assert [o.value["text"] for o in question.options] == [
        "Missed health appointments",
        "A single late pick-up",
    ]


def test_a_bank_question_needs_a_correct_option(client, home_page, trainer):
    client.force_login(trainer)
    data = {
        "text": "Nothing right here",
        "explanation": "",
        **nested_form_data(
            {"options": streamfield([("option", {"text": "A"}), ("option", {"text": "B"})])}
        ),
    }

    response = client.post(reverse("wagtailsnippets_courses_bankquestion:add"), data)

    assert response.status_code == 200
    assert "Mark at least one option as correct." in response.text
    assert not BankQuestion.objects.exists()


def test_a_trainer_chooses_a_bank_question_with_one_of_the_course_lessons(
    client, trainer, course_index, bank_question
):
    course = course_with_lessons(parent=course_index, lessons=2, title="Neglect basics")
    client.force_login(trainer)
    edit = reverse("wagtailadmin_pages:edit", args=[course.pk])
    assert "Question from the question bank" in client.get(edit).text

    response = client.post(edit, _form_choosing(bank_question, "lesson-2"))

    assert response.status_code == 302, response.text[-2000:]
    saved = CoursePage.objects.get(pk=course.pk).get_latest_revision_as_object()
    (question,) = saved.assessment_question_bank().values()
    assert question["text"] == "Is neglect a form of child abuse?"
    assert question["topic"] == "lesson-2"
    assert [o["text"] for o in question["options"]] == ["Yes, always", "No"]


def test_a_lesson_of_another_course_is_refused_for_a_bank_question(
    client, trainer, course_index, bank_question
):
    course = course_with_lessons(parent=course_index, lessons=1, title="Neglect basics")
    course_with_lessons(parent=course_index, lessons=3, title="Other course")
    client.force_login(trainer)

    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[course.pk]),
        _form_choosing(bank_question, "lesson-3"),
    )

    assert response.status_code == 200
    assert "Question 1: choose one of this course" in response.text


def test_two_courses_reuse_one_bank_question_alongside_their_own(course_index, bank_question):
    from tests.factories import question_data

    first = course_with_lessons(
        parent=course_index,
        lessons=1,
        title="First",
        assessment_questions=[
            ("question", question_data(1, topic="lesson-1")),
            _bank_choice(bank_question, "lesson-1"),
        ],
    )
    second = course_with_lessons(
        parent=course_index,
        lessons=1,
        title="Second",
        assessment_questions=[_bank_choice(bank_question)],
    )

    first_bank = first.assessment_question_bank()
    assert [q["text"] for q in first_bank.values()] == [
        "Question 1: which is right?",
        "Is neglect a form of child abuse?",
    ]
    (reused,) = second.assessment_question_bank().values()
    assert reused["text"] == bank_question.text and reused["topic"] == ""
    # Each course's choice has its own id, so the courses' records never clash.
    assert set(first_bank).isdisjoint(second.assessment_question_bank())


def test_a_deleted_bank_question_leaves_the_course_bank(course_index, bank_question):
    from tests.factories import question_data

    course = course_with_lessons(
        parent=course_index,
        lessons=1,
        assessment_questions=[("question", question_data(1)), _bank_choice(bank_question)],
    )
    bank_question.delete()
    course = CoursePage.objects.get(pk=course.pk)
    assert [q["text"] for q in course.assessment_question_bank().values()] == [
        "Question 1: which is right?"
    ]


def test_a_learner_is_drawn_marked_and_reported_on_a_bank_question(
    client, course_index, bank_question
):
    course = course_with_lessons(
        parent=course_index,
        lessons=1,
        title="Bank course",
        assessment_questions=[_bank_choice(bank_question, "lesson-1")],
        questions_per_attempt=1,
        pass_mark=100,
    )
    learner = UserFactory()
    client.force_login(learner)
    complete_lessons(client, course)
    take_url, ids = start_attempt(client, course)
    assert len(ids) == 1
    assert "Is neglect a form of child abuse?" in client.get(take_url).text

    submit(client, take_url, answers_for(course, ids, correct=True))

    attempt = AssessmentAttempt.objects.get(learner=learner)
    assert attempt.passed and attempt.score == 100
    (snapshot,) = attempt.questions
    assert snapshot["id"] == ids[0]
    assert snapshot["text"] == "Is neglect a form of child abuse?"
    assert snapshot["multiple"] is False and snapshot["topic"] == "lesson-1"
    assert [o["text"] for o in snapshot["options"]] == ["Yes, always", "No"]
    assert CourseCompletion.objects.filter(learner=learner, course=course).exists()

    # The trainer's results name the bank question with its first-attempt figure.
    admin = with_mfa(UserFactory(is_superuser=True))
    client.force_login(admin)
    results = client.get(reverse("learning_course_results:course", args=[course.pk]))
    assert results.status_code == 200
    assert "Is neglect a form of child abuse?" in results.text


def test_the_seeded_question_bank_is_there_once_after_seeding_twice():
    from courses.catalogue.seed import BANK_QUESTIONS, seed_question_bank

    seed_question_bank()
    seed_question_bank()

    assert BankQuestion.objects.count() == len(BANK_QUESTIONS)
    for question in BankQuestion.objects.all():
        question.full_clean()
