"""StreamField blocks for 7-minute briefings: reflection questions, key links, sources.

Kept as blocks (not free text) so the web page, the one-page PDF and the reflection form
all number and lay them out the same way.
"""

from wagtail import blocks


class ReflectionQuestionBlock(blocks.CharBlock):
    class Meta:
        icon = "help"
        template = "courses/blocks/briefing_question.html"
        description = "One question for practitioners to reflect on"
        preview_value = "Have you shared your latest assessment with the professional network?"


class KeyLinkBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=200)
    url = blocks.URLBlock(label="Address")

    class Meta:
        icon = "link"
        template = "courses/blocks/briefing_link.html"
        description = "A link to guidance, procedures or tools"
        preview_value = {
            "title": "Graded Care Profile 2 (NSPCC)",
            "url": "https://learning.nspcc.org.uk/",
        }


class SourceBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=300, help_text="The document this briefing draws on.")
    url = blocks.URLBlock(required=False, label="Address (optional)")

    class Meta:
        icon = "doc-full"
        template = "courses/blocks/briefing_source.html"
        description = "A source document (audit, review or strategy)"
        preview_value = {"title": "Walsall Safeguarding Partnership: multi-agency audit"}


class ReflectionQuestionsBlock(blocks.StreamBlock):
    question = ReflectionQuestionBlock()


class KeyLinksBlock(blocks.StreamBlock):
    link = KeyLinkBlock()


class SourcesBlock(blocks.StreamBlock):
    source = SourceBlock()
