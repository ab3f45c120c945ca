"""Who sees a page of content (a course, a briefing, a training event): the partnership
that owns it, and whoever it is shared with.

Every partnership has its own Wagtail site (docs/partnership-sites.md), so a page's owner
is the partnership whose site's tree it lives in: no owner field to keep in step with the
tree, and `courses` needs to know nothing about partnerships (they live in `learning`).
Sharing names sites, one per partnership, for the same reason.
"""

from __future__ import annotations

from modelcluster.fields import ParentalManyToManyField

from django import forms
from django.db import models

from wagtail.admin.panels import FieldPanel, MultiFieldPanel


class Sharing(models.TextChoices):
    LOCAL = "local", "Only our partnership's site"
    NAMED = "named", "Our site and the partnerships' sites chosen below"
    EVERYONE = "everyone", "Every partnership's site"


class SharingField(models.CharField):
    """`sharing`, optional in forms: a page form posted without it (an older client, a
    form built before sharing existed) keeps the page's sharing, local for a new page,
    instead of failing on a field its sender never saw."""

    def formfield(self, **kwargs):
        field = super().formfield(**kwargs)
        field.required = False
        field.empty_value = Sharing.LOCAL
        return field


class SharedContentMixin(models.Model):
    """A page another partnership's catalogue may list: `sharing` says whose, and
    `shared_with` names the sites when it is "named" (ignored otherwise)."""

    sharing = SharingField(
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
        [
            FieldPanel("sharing", widget=forms.RadioSelect),
            FieldPanel("shared_with", widget=forms.CheckboxSelectMultiple),
        ],
        heading="Sharing",
    )
