"""StreamField blocks for the public "Spot the signs" pages. Short, plain blocks: text, a
callout, numbered steps, a sized lazy image, and the letters of ACTION. (The open course's
lessons use the courses app's LessonStreamBlock.)"""

from __future__ import annotations

from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock

from courses.blocks import CalloutBlock

PUBLIC_RICH_TEXT = ["h2", "h3", "bold", "italic", "ol", "ul", "link"]


class PublicTextBlock(blocks.RichTextBlock):
    class Meta:
        icon = "pilcrow"
        template = "cms/public/blocks/text.html"
        description = "Paragraphs, headings, lists and links"
        preview_value = "<p>Neglect is when a child does not get what they need.</p>"


class PublicCalloutBlock(CalloutBlock):
    """The shared callout, with labels and a shorter heading for the public pages."""

    kind = blocks.ChoiceBlock(
        choices=[
            ("warning", "Warning"),
            ("good_practice", "Good to know"),
            ("reflection", "Ask yourself"),
        ],
        default="good_practice",
    )
    heading = blocks.CharBlock(max_length=120)

    class Meta:
        template = "cms/public/blocks/callout.html"
        description = "A boxed message: a warning, something good to know, or a question"
        preview_value = {
            "kind": "warning",
            "heading": "Is a child in danger right now? Call 999.",
            "text": "<p>Do not put yourself in danger.</p>",
        }


class StepBlock(blocks.StructBlock):
    heading = blocks.CharBlock(max_length=120)
    text = blocks.RichTextBlock(features=PUBLIC_RICH_TEXT)


class StepsBlock(blocks.StructBlock):
    items = blocks.ListBlock(StepBlock())

    class Meta:
        icon = "list-ol"
        template = "cms/public/blocks/steps.html"
        description = "Numbered steps, each with a heading"
        preview_value = {
            "items": [
                {"heading": "Write it down", "text": "<p>The address, date and time.</p>"},
                {"heading": "Call children's services", "text": "<p>For that area.</p>"},
            ]
        }


class PublicImageBlock(blocks.StructBlock):
    """An image served at phone size and loaded only when scrolled to."""

    image = ImageChooserBlock()
    alt_text = blocks.CharBlock(
        max_length=200, help_text="Describe the image for people who cannot see it."
    )
    caption = blocks.CharBlock(required=False, max_length=200)

    class Meta:
        icon = "image"
        template = "cms/public/blocks/image.html"
        description = "An image, sized for phones and loaded lazily"


class PublicStreamBlock(blocks.StreamBlock):
    text = PublicTextBlock(features=PUBLIC_RICH_TEXT)
    callout = PublicCalloutBlock()
    steps = StepsBlock()
    image = PublicImageBlock()


class ActionLetterBlock(blocks.StructBlock):
    """One letter of ACTION (Aware, Care, Think don't Ignore or do Nothing)."""

    letter = blocks.CharBlock(max_length=1)
    word = blocks.CharBlock(max_length=40)
    text = blocks.TextBlock()

    class Meta:
        icon = "tick"
        template = "cms/public/blocks/action_letter.html"
        description = "One letter of the ACTION message"
        preview_value = {"letter": "A", "word": "Aware", "text": "Know the signs of neglect."}
