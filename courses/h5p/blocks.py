"""The lesson block that places an H5P activity, optionally required with a minimum score."""

from __future__ import annotations

from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock

from courses.h5p.launch import launch_url_for
from courses.h5p.selectors import activity_media_blocked


class PercentBlock(blocks.FloatBlock):
    """Entered as a percentage, like the course's pass mark; stored as the fraction of
    full marks that xAPI's scaled score is compared with (0.8 for 80%)."""

    def value_for_form(self, value):
        return None if value is None else round(float(value) * 100, 2)

    def value_from_form(self, value):
        return None if value is None else float(value) / 100


class H5PActivityBlock(blocks.StructBlock):
    activity = SnippetChooserBlock("courses.H5PActivity")
    required = blocks.BooleanBlock(
        required=False,
        default=True,
        help_text="Learners must reach the minimum score before the lesson is complete.",
    )
    min_score = PercentBlock(
        label="Minimum score (%)",
        default=0.8,
        min_value=0,
        max_value=100,
        help_text="The score learners must reach, as a percentage (like the pass mark).",
    )

    def get_context(self, value, parent_context=None):
        """The player URL carries a launch token signed for this viewer and this lesson."""
        context = super().get_context(value, parent_context=parent_context)
        parent_context = parent_context or {}
        context["launch_url"] = launch_url_for(
            request=parent_context.get("request"),
            activity=value.get("activity"),
            lesson=parent_context.get("page"),
        )
        # What a hook of the app above put in the page's context (the viewer's own result).
        activity = value.get("activity")
        context["blocked_media"] = (
            activity_media_blocked(unpacked_folder=activity.unpacked_folder) if activity else []
        )
        results = parent_context.get("h5p_results") or {}
        context["h5p_result"] = results.get(activity.pk) if activity else None
        return context

    class Meta:
        icon = "media"
        template = "courses/h5p/h5p_block.html"
        description = "An interactive H5P activity, such as a quiz or branching scenario"
        label = "H5P activity"
