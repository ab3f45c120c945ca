"""StreamField blocks for lessons and final assessments: knowledge checks, assessment
questions, and the one StreamBlock per context (LessonStreamBlock, AssessmentBankBlock).

Questions and options are stored in ListBlocks, whose items carry stable ids: learners'
answers refer to those ids, so reordering or editing a question does not muddle records."""

from __future__ import annotations

from django.core.exceptions import ValidationError

from wagtail import blocks

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


class OptionBlock(blocks.StructBlock):
    text = blocks.CharBlock(max_length=500)
    correct = blocks.BooleanBlock(required=False)
    feedback = blocks.TextBlock(required=False, help_text="Shown when this option is chosen.")


class QuestionBlock(blocks.StructBlock):
    """A single- or multiple-answer question; every option has its own feedback."""

    text = blocks.TextBlock()
    multiple = blocks.BooleanBlock(
        required=False, help_text="Tick if the learner must select every correct option."
    )
    explanation = blocks.TextBlock(required=False, help_text="Shown after answering.")
    options = blocks.ListBlock(OptionBlock(), min_num=2)

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
    questions = blocks.ListBlock(QuestionBlock(), min_num=1)

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


class AssessmentQuestionBlock(QuestionBlock):
    """A final-assessment question, tagged with the topic to revisit if it is missed."""

    topic = blocks.CharBlock(
        max_length=100,
        help_text="The slug of the lesson that teaches this (shown on results as a topic to "
        "revisit).",
    )

    class Meta:
        icon = "help"
        description = "A question in the final assessment's bank"


class AssessmentBankBlock(blocks.StreamBlock):
    """The final assessment's question bank; each attempt draws from it."""

    question = AssessmentQuestionBlock()
