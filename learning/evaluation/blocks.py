"""The questions of an evaluation form, as StreamField blocks.

Each block knows how to become form fields (`fields`) and how its answers are keyed, so the
learner's form, the manager's form and the report read one definition. Answers are stored
flat: `{"<block id>": value}`, and a confidence block `{"<block id>:<n>": 1..5}` per outcome.
"""

from __future__ import annotations

from wagtail import blocks

CONFIDENCE_LABELS = {
    1: "1 – Not at all confident",
    2: "2 – Slightly confident",
    3: "3 – Fairly confident",
    4: "4 – Confident",
    5: "5 – Very confident",
}


class RatingQuestionBlock(blocks.StructBlock):
    question = blocks.CharBlock(max_length=300)
    lowest_label = blocks.CharBlock(max_length=60, default="Poor")
    highest_label = blocks.CharBlock(max_length=60, default="Excellent")
    required = blocks.BooleanBlock(required=False, default=True)

    class Meta:
        icon = "pick"
        template = "learning/evaluation/blocks/question.html"
        description = "A question answered on a scale of 1 to 5"
        preview_value = {
            "question": "How useful was the training for your work?",
            "lowest_label": "Not useful",
            "highest_label": "Very useful",
            "required": True,
        }


class ConfidenceQuestionBlock(blocks.StructBlock):
    """Confidence per learning outcome; asked before and after, so the report can show
    the shift per outcome."""

    introduction = blocks.CharBlock(
        max_length=300, default="How confident are you that you can do each of these?"
    )
    outcomes = blocks.ListBlock(
        blocks.CharBlock(max_length=300, label="Learning outcome"),
        help_text="One line per learning outcome of the course or event.",
    )

    class Meta:
        icon = "list-ol"
        template = "learning/evaluation/blocks/question.html"
        description = "Confidence (1 to 5) on each learning outcome, before and after"
        preview_value = {
            "introduction": "How confident are you that you can do each of these?",
            "outcomes": ["Recognise the signs of neglect", "Use the escalation policy"],
        }


class TextQuestionBlock(blocks.StructBlock):
    question = blocks.CharBlock(max_length=300)
    hint = blocks.CharBlock(max_length=300, required=False)
    required = blocks.BooleanBlock(required=False, default=False)

    class Meta:
        icon = "edit"
        template = "learning/evaluation/blocks/question.html"
        description = "A question answered in the person's own words"
        preview_value = {"question": "What will you do differently?", "hint": "", "required": False}


class YesNoQuestionBlock(blocks.StructBlock):
    question = blocks.CharBlock(max_length=300)
    required = blocks.BooleanBlock(required=False, default=True)

    class Meta:
        icon = "tick"
        template = "learning/evaluation/blocks/question.html"
        description = "A question answered yes or no"
        preview_value = {"question": "Would you recommend it to a colleague?", "required": True}


class EvaluationQuestionsBlock(blocks.StreamBlock):
    rating = RatingQuestionBlock()
    confidence = ConfidenceQuestionBlock()
    text = TextQuestionBlock()
    yes_no = YesNoQuestionBlock()
