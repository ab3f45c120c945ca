"""The lesson block that places an H5P activity, optionally required with a minimum score."""

from __future__ import annotations

from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock


class H5PActivityBlock(blocks.StructBlock):
    activity = SnippetChooserBlock("courses.H5PActivity")
    required = blocks.BooleanBlock(
        required=False,
        default=True,
        help_text="Learners must reach the minimum score before the lesson is complete.",
    )
    min_score = blocks.FloatBlock(
        label="Minimum score",
        default=0.8,
        min_value=0,
        max_value=1,
        help_text="As a fraction of full marks (xAPI's scaled score): 0.8 means 80%.",
    )

    class Meta:
        icon = "media"
        template = "courses/h5p/h5p_block.html"
        description = "An interactive H5P activity, such as a quiz or branching scenario"
        label = "H5P activity"
