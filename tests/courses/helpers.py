"""Steps a learner takes through course pages, shared by the course tests."""

from __future__ import annotations

import re

from django.test import Client

from courses.catalogue.models import CoursePage, LessonPage


def answer_knowledge_checks(client: Client, lesson: LessonPage, *, correctly: bool = True) -> None:
    """Answer every knowledge-check question in a lesson through its form (no JS)."""
    for question in lesson.knowledge_check_questions().values():
        options = [o["id"] for o in question["options"] if o["correct"] == correctly]
        if not question["multiple"]:
            options = options[:1]
        response = client.post(
            f"/learning/lessons/{lesson.pk}/knowledge-check/",
            {"question": question["id"], "option": options},
        )
        assert response.status_code == 302, response.content[:500]


def complete_lessons(client: Client, course: CoursePage) -> None:
    for lesson in course.lessons():
        assert client.get(lesson.url).status_code == 200
        answer_knowledge_checks(client, lesson)
        response = client.post(f"/learning/lessons/{lesson.pk}/complete/")
        assert response.status_code == 302


def start_attempt(client: Client, course: CoursePage) -> tuple[str, list[str]]:
    """Start the final assessment; return the attempt's URL and its question ids."""
    response = client.post(f"/learning/courses/{course.pk}/assessment/start/")
    assert response.status_code == 302, response.content[:500]
    take_url = response["Location"]
    page = client.get(take_url)
    assert page.status_code == 200
    question_ids = list(dict.fromkeys(re.findall(r'name="q-([0-9a-f-]{36})"', page.text)))
    return take_url, question_ids


def answers_for(course: CoursePage, question_ids: list[str], *, correct: bool) -> dict:
    """Form data answering each question right (all correct options) or wrong."""
    bank = course.assessment_question_bank()
    data: dict[str, list[str]] = {}
    for qid in question_ids:
        options = bank[qid]["options"]
        if correct:
            data[f"q-{qid}"] = [o["id"] for o in options if o["correct"]]
        else:
            data[f"q-{qid}"] = [next(o["id"] for o in options if not o["correct"])]
    return data


def submit(client: Client, take_url: str, data: dict):
    return client.post(take_url + "submit/", data)
