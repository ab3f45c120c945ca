"""StreamField blocks for lessons and other course content.

One StreamBlock per context (LessonStreamBlock, ...), built from StructBlocks that each
declare an icon, a template, a description and a preview value (as in bakerydemo).
"""

from wagtail import blocks

from .h5p.blocks import H5PActivityBlock


class RichTextBlock(blocks.RichTextBlock):
    class Meta:
        icon = "pilcrow"
        template = "courses/blocks/rich_text.html"
        description = "Paragraphs, headings, lists and links"
        preview_value = "<p>Neglect is the ongoing failure to meet a child's basic needs.</p>"


class LessonStreamBlock(blocks.StreamBlock):
    """Everything a lesson body may contain."""

    text = RichTextBlock(features=["h2", "h3", "bold", "italic", "ol", "ul", "link"])
    h5p = H5PActivityBlock()
