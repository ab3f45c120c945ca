"""The local insert block: placed once in shared content, it shows each reader their own
partnership's version of the thing it names."""

from __future__ import annotations

from wagtail import blocks

from courses.local_inserts.selectors import KINDS, local_insert_for


class LocalInsertBlock(blocks.StructBlock):
    """The reader's partnership's assessment tool, threshold document, escalation policy,
    training booking page or front-door numbers, looked up when the page is served.

    Its output depends on who is reading, so lesson bodies render it for each request
    (courses.catalogue.rendering) rather than from their cache."""

    kind = blocks.ChoiceBlock(
        choices=[(key, label.capitalize()) for key, label in KINDS.items()],
        default="assessment_tool",
        help_text="Each reader sees their own partnership's version (or, if they are not "
        "signed in, the version of the partnership whose site they are on).",
    )
    lead_in = blocks.CharBlock(
        required=False,
        max_length=300,
        help_text="A sentence before the local details, e.g. 'Check which tool your "
        "partnership uses.' (optional).",
    )

    class Meta:
        icon = "site"
        template = "courses/local_inserts/local_insert.html"
        description = (
            "Shows the reader's own partnership's assessment tool, threshold document, "
            "escalation policy, training booking page or front-door numbers"
        )
        preview_value = {"kind": "assessment_tool", "lead_in": "In your partnership:"}

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        request = (parent_context or {}).get("request")
        context["insert"] = local_insert_for(kind=value["kind"], request=request)
        context["kind_label"] = KINDS.get(value["kind"], "local arrangements")
        return context


class LocalInsertLinkBlock(LocalInsertBlock):
    """The same insert as one line in a list of links (a briefing's key links)."""

    class Meta:
        icon = "site"
        template = "courses/local_inserts/local_insert_link.html"
        label = "Local insert"
        description = "The reader's own partnership's document, tool, page or numbers"
        preview_value = {"kind": "threshold_document", "lead_in": ""}
