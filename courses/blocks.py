"""StreamField blocks for lessons and other course content.

One StreamBlock per context (LessonStreamBlock, AssessmentBankBlock, SourcesBlock), built
from StructBlocks that each declare an icon, a template, a description and a preview value
(as in bakerydemo).

Questions and options are stored in ListBlocks, whose items carry stable ids: learners'
answers refer to those ids, so reordering or editing a question does not muddle records.
"""

from __future__ import annotations

from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock

from .h5p.blocks import H5PActivityBlock

LESSON_TEXT_FEATURES = ["h2", "h3", "bold", "italic", "ol", "ul", "link"]


class RichTextBlock(blocks.RichTextBlock):
    class Meta:
        icon = "pilcrow"
        template = "courses/blocks/rich_text.html"
        description = "Paragraphs, headings, lists and links"
        preview_value = "<p>Neglect is the ongoing failure to meet a child's basic needs.</p>"


class ImageBlock(blocks.StructBlock):
    """An image with the alternative text screen-reader users hear (required)."""

    image = ImageChooserBlock()
    alt_text = blocks.CharBlock(
        max_length=250,
        help_text="Describe what the image shows for people who cannot see it.",
    )
    caption = blocks.CharBlock(required=False, max_length=250)

    class Meta:
        icon = "image"
        template = "courses/blocks/image.html"
        description = "An image with alternative text and an optional caption"


class VideoBlock(blocks.StructBlock):
    """A video with a transcript, so the lesson works for people who cannot watch or hear."""

    title = blocks.CharBlock(max_length=200)
    url = blocks.URLBlock(help_text="Address of the video file (MP4) or of its page.")
    transcript = blocks.RichTextBlock(features=LESSON_TEXT_FEATURES)

    class Meta:
        icon = "media"
        template = "courses/blocks/video.html"
        description = "A video with its transcript"
        preview_value = {
            "title": "What neglect looks like",
            "url": "https://example.org/video.mp4",
            "transcript": "<p>A transcript of the video.</p>",
        }


class CalloutBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        choices=[
            ("warning", "Warning"),
            ("good_practice", "Good practice"),
            ("reflection", "Reflection"),
        ],
        default="good_practice",
    )
    heading = blocks.CharBlock(max_length=200)
    text = blocks.RichTextBlock(features=LESSON_TEXT_FEATURES)

    class Meta:
        icon = "warning"
        template = "courses/blocks/callout.html"
        description = "A highlighted warning, good-practice point or reflection"
        preview_value = {
            "kind": "good_practice",
            "heading": "Good practice",
            "text": "<p>Record what you saw and heard, in the words used.</p>",
        }


class AccordionItemBlock(blocks.StructBlock):
    heading = blocks.CharBlock(max_length=200)
    text = blocks.RichTextBlock(features=LESSON_TEXT_FEATURES)


class AccordionBlock(blocks.StructBlock):
    items = blocks.ListBlock(AccordionItemBlock(), min_num=1)

    class Meta:
        icon = "list-ul"
        template = "courses/blocks/accordion.html"
        description = "Sections the learner opens one at a time"
        preview_value = {
            "items": [
                {"heading": "Physical neglect", "text": "<p>Food, clothing, shelter.</p>"},
                {"heading": "Emotional neglect", "text": "<p>Warmth and attention.</p>"},
            ]
        }


class CaseStudyBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=200)
    text = blocks.RichTextBlock(features=LESSON_TEXT_FEATURES)
    questions = blocks.RichTextBlock(
        features=["ul", "ol", "bold", "italic"],
        required=False,
        help_text="Questions for the learner to reflect on.",
    )

    class Meta:
        icon = "user"
        template = "courses/blocks/case_study.html"
        description = "A fictional story with questions to think about"
        preview_value = {
            "title": "Sam's story",
            "text": "<p>Sam is 6 and often arrives at school hungry.</p>",
            "questions": "<ul><li>What might this tell you?</li></ul>",
        }


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
        from django.core.exceptions import ValidationError

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
        template = "courses/blocks/knowledge_check.html"
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


class SourceBlock(blocks.StructBlock):
    """A document a lesson draws on, named so learners can check the facts."""

    title = blocks.CharBlock(max_length=250)
    reference = blocks.CharBlock(
        max_length=250, required=False, help_text="File name or address of the document."
    )

    class Meta:
        icon = "doc-full"
        template = "courses/blocks/source.html"


class SourcesBlock(blocks.StreamBlock):
    source = SourceBlock()
