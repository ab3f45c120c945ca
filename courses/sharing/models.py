"""Who sees a page of content (a course, a briefing, a training event): the partnership
that owns it, and whoever it is shared with.

Every partnership has its own Wagtail site (docs/partnership-sites.md), so a page's owner
is the partnership whose site's tree it lives in: no owner field to keep in step with the
tree, and `courses` needs to know nothing about partnerships (they live in `learning`).
Sharing names sites, one per partnership, for the same reason.
"""

from __future__ import annotations

from modelcluster.fields import ParentalManyToManyField

from django.db import models

from wagtail.admin.panels import FieldPanel, MultiFieldPanel


class Sharing(models.TextChoices):
    LOCAL = "local", "Only our partnership's site"
    NAMED = "named", "Our site and the partnerships' sites chosen below"
    EVERYONE = "everyone", "Every partnership's site"


class SharedContentMixin(models.Model):
    """A page another partnership's catalogue may list: `sharing` says whose, and
    `shared_with` names the sites when it is "named" (ignored otherwise)."""

    sharing = models.CharField(
        "shared with",
        max_length=10,
        choices=Sharing.choices,
        default=Sharing.LOCAL,
        help_text="Which partnerships' catalogues list this page. It always stays at its "
        "own address on our site; other sites link to it there.",
    )
    shared_with = ParentalManyToManyField(
        "wagtailcore.Site",
        blank=True,
        related_name="+",
        verbose_name="partnerships' sites",
        help_text="Used only when shared with chosen partnerships.",
    )

    class Meta:
        abstract = True


def sharing_panel() -> MultiFieldPanel:
    """The editor's "Sharing" section, the same on every shared kind of page."""
    return MultiFieldPanel(
        [FieldPanel("sharing"), FieldPanel("shared_with")],
        heading="Sharing",
    )
