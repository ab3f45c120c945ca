"""StreamField blocks for 7-minute briefings: reflection questions and key links (sources
use the shared `courses.blocks.SourceBlock`).

Kept as blocks (not free text) so the web page, the one-page PDF and the reflection form
all number and lay them out the same way.
"""

from wagtail import blocks

from courses.local_inserts.blocks import LocalInsertLinkBlock


class ReflectionQuestionBlock(blocks.CharBlock):
    class Meta:
        icon = "help"
        template = "courses/briefings/blocks/question.html"
        description = "One question for practitioners to reflect on"
        preview_value = "Have you shared your latest assessment with the professional network?"


class KeyLinkBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=200)
    url = blocks.URLBlock(label="Address")

    class Meta:
        icon = "link"
        template = "courses/briefings/blocks/link.html"
        description = "A link to guidance, procedures or tools"
        preview_value = {
            "title": "Graded Care Profile 2 (NSPCC)",
            "url": "https://learning.nspcc.org.uk/",
        }


class ReflectionQuestionsBlock(blocks.StreamBlock):
    question = ReflectionQuestionBlock()


class KeyLinksBlock(blocks.StreamBlock):
    link = KeyLinkBlock()
    # The reader's own partnership's threshold document, escalation policy, ...
    local_insert = LocalInsertLinkBlock()
