"""StreamField blocks for lessons and final assessments: knowledge checks, assessment
questions, and the one StreamBlock per context (LessonStreamBlock, AssessmentBankBlock).

Questions and options are stored in ListBlocks, whose items carry stable ids: learners'
answers refer to those ids, so reordering or editing a question does not muddle records."""

from __future__ import annotations

from django.core.exceptions import ValidationError

from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock

from courses.blocks import (
    LESSON_TEXT_FEATURES,
    AccordionBlock,
    CalloutBlock,
    CaseStudyBlock,
    ImageBlock,
    RichTextBlock,
    VideoBlock,
)
from courses.h5p.blocks import H5PActivityBlock
from courses.local_inserts.blocks import LocalInsertBlock


class OptionBlock(blocks.StructBlock):
    text = blocks.CharBlock(max_length=500)
    correct = blocks.BooleanBlock(required=False)
    feedback = blocks.TextBlock(required=False, help_text="Shown when this option is chosen.")

    class Meta:
        label = "Option"


# Lists of questions and of options carry these classes so the editor labels their items
# ("Question 1", "Option A") and add buttons (courses/static/courses/question-labels.js).
QUESTIONS_CLASS = "app-sf-questions"
OPTIONS_CLASS = "app-sf-options"


class QuestionBlock(blocks.StructBlock):
    """A single- or multiple-answer question; every option has its own feedback."""

    text = blocks.TextBlock()
    multiple = blocks.BooleanBlock(
        required=False, help_text="Tick if the learner must select every correct option."
    )
    explanation = blocks.TextBlock(required=False, help_text="Shown after answering.")
    # A new question starts with the two options every question needs, so the editor
    # shows no "at least 2" error before anything is typed.
    options = blocks.ListBlock(
        OptionBlock(),
        min_num=2,
        form_classname=OPTIONS_CLASS,
        default=[
            {"text": "", "correct": False, "feedback": ""},
            {"text": "", "correct": False, "feedback": ""},
        ],
    )

    def clean(self, value):
        value = super().clean(value)
        correct = sum(1 for option in value["options"] if option["correct"])
        if correct == 0:
            raise ValidationError("Mark at least one option as correct.")
        if correct > 1 and not value["multiple"]:
            raise ValidationError(
                "A single-answer question can have only one correct option: tick "
                "'multiple' or leave one option correct."
            )
        return value


class KnowledgeCheckBlock(blocks.StructBlock):
    questions = blocks.ListBlock(
        QuestionBlock(label="Question"), min_num=1, form_classname=QUESTIONS_CLASS
    )

    class Meta:
        icon = "help"
        template = "courses/catalogue/blocks/knowledge_check.html"
        description = "Questions with feedback on each answer, to check understanding"
        preview_value = {
            "questions": [
                {
                    "text": "Is neglect the most common reason for a child protection plan?",
                    "multiple": False,
                    "explanation": "Neglect is the most common category in England.",
                    "options": [
                        {"text": "Yes", "correct": True, "feedback": "Correct."},
                        {"text": "No", "correct": False, "feedback": "Not quite."},
                    ],
                }
            ]
        }


class LessonStreamBlock(blocks.StreamBlock):
    """Everything a lesson body may contain."""

    text = RichTextBlock(features=LESSON_TEXT_FEATURES)
    image = ImageBlock()
    video = VideoBlock()
    callout = CalloutBlock()
    accordion = AccordionBlock()
    case_study = CaseStudyBlock()
    knowledge_check = KnowledgeCheckBlock()
    h5p = H5PActivityBlock()
    local_insert = LocalInsertBlock()


def lesson_topic_choices() -> list:
    """Every course's lessons by title, grouped under the course, each stored by its slug;
    `CoursePage.clean` keeps a course's questions to its own lessons. Evaluated each time
    the editor is shown, so a lesson saved a moment ago is there."""
    # Cycle: the models module imports these blocks.
    from courses.catalogue.models import CoursePage, LessonPage

    groups = []
    for course in CoursePage.objects.order_by("title"):
        lessons = LessonPage.objects.child_of(course).order_by("path")
        groups.append((course.title, [(lesson.slug, lesson.title) for lesson in lessons]))
    return [group for group in groups if group[1]]


class AssessmentQuestionBlock(QuestionBlock):
    """A final-assessment question, tagged with the topic to revisit if it is missed."""

    # Stored as the lesson's slug, as before: attempts snapshot it and the results and
    # knowledge-gaps reports read it. Trainers choose a lesson by its title.
    topic = blocks.ChoiceBlock(
        choices=lesson_topic_choices,
        required=False,
        label="Lesson that teaches this",
        help_text="Learners who miss this question are pointed to this lesson. Choose one "
        "of this course's lessons (save a new lesson first for it to appear here).",
    )

    class Meta:
        icon = "help"
        description = "A question in the final assessment's bank"


class BankQuestionChoiceBlock(blocks.StructBlock):
    """A question chosen from the shared question bank, so a course need not copy it; the
    lesson that teaches it is this course's, chosen here as for the course's own."""

    question = SnippetChooserBlock("courses.BankQuestion", label="Question from the bank")
    topic = blocks.ChoiceBlock(
        choices=lesson_topic_choices,
        required=False,
        label="Lesson that teaches this",
        help_text="Learners who miss this question are pointed to this lesson.",
    )

    class Meta:
        icon = "snippet"
        label = "Question from the question bank"
        description = "Reuse a question from the question bank shared by every course"


class AssessmentBankBlock(blocks.StreamBlock):
    """The final assessment's question bank; each attempt draws from it."""

    question = AssessmentQuestionBlock(label="Question")
    bank_question = BankQuestionChoiceBlock()

    class Meta:
        form_classname = QUESTIONS_CLASS


class BankOptionsBlock(blocks.StreamBlock):
    """A bank question's options: a stream so each keeps a stable id."""

    option = OptionBlock()

    class Meta:
        min_num = 2
        form_classname = OPTIONS_CLASS
