"""Questions and options labelled in the editor: the lists carry the classes the admin
script numbers ("Question 1", "Option A") and whose add buttons it names ("Add question",
"Add option"); the script is on every editor. The browser journey
(tests/browser/test_question_bank_journey.py) checks what the script does."""

from __future__ import annotations

import pytest

from django.urls import reverse

from courses.catalogue.blocks import (
    OPTIONS_CLASS,
    QUESTIONS_CLASS,
    AssessmentBankBlock,
    KnowledgeCheckBlock,
    QuestionBlock,
)
from courses.catalogue.models import BankQuestion
from tests.factories import course_with_lessons

pytestmark = pytest.mark.django_db


def test_question_and_option_lists_are_marked_for_labelling():
    assert AssessmentBankBlock().meta.form_classname == QUESTIONS_CLASS
    assert KnowledgeCheckBlock().child_blocks["questions"].meta.form_classname == QUESTIONS_CLASS
    assert QuestionBlock().child_blocks["options"].meta.form_classname == OPTIONS_CLASS
    assert BankQuestion._meta.get_field("options").stream_block.meta.form_classname == (
        OPTIONS_CLASS
    )
    assert QuestionBlock().child_blocks["options"].child_block.label == "Option"


def test_the_course_editor_loads_the_labels_and_marks_its_lists(client, trainer, course_index):
    course = course_with_lessons(parent=course_index, lessons=1)
    client.force_login(trainer)

    html = client.get(reverse("wagtailadmin_pages:edit", args=[course.pk])).text

    assert "courses/question-labels.js" in html
    assert QUESTIONS_CLASS in html and OPTIONS_CLASS in html


def test_the_bank_question_editor_loads_the_labels(client, home_page, trainer):
    client.force_login(trainer)

    html = client.get(reverse("wagtailsnippets_courses_bankquestion:add")).text

    assert "courses/question-labels.js" in html
    assert OPTIONS_CLASS in html
