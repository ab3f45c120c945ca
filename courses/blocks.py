"""The base content blocks every kind of page builds on: rich text, image, video, callout,
accordion, case study and source. Each declares an icon, a template, a description and a
preview value (as in bakerydemo); a feature extends one where it needs to (the public
section's callout) instead of writing its own."""

from __future__ import annotations

from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock

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


class SourceBlock(blocks.StructBlock):
    """A document the content draws on (a strategy, an audit, a review), named so readers
    can check the facts: used by lessons and briefings alike."""

    title = blocks.CharBlock(max_length=300, help_text="The document's title and who wrote it.")
    reference = blocks.CharBlock(
        max_length=250,
        required=False,
        help_text="Where to find it: a section, or the file name (optional).",
    )
    url = blocks.URLBlock(required=False, label="Address (optional)")

    class Meta:
        icon = "doc-full"
        template = "courses/blocks/source.html"
        description = "A source document (strategy, audit or review)"
        preview_value = {"title": "Walsall Safeguarding Partnership: multi-agency audit"}


class SourcesBlock(blocks.StreamBlock):
    source = SourceBlock()
