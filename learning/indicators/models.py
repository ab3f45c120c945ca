"""Practice indicators: numbers the partnerships' strategies track to see whether trained
agencies use the tools (GCP2 assessments completed, WeCAN assessments, Early Help cases
with neglect as the primary need), returned by each agency every quarter.

A partnership defines its indicators; each agency returns one value per indicator per
quarter (a calendar quarter, named by its first day), imported from CSV like headcounts.
The coverage dashboard shows them beside the training figures of the same agency and
period.
"""

from __future__ import annotations

import datetime as dt

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator
from django.db import models

from wagtail.admin.panels import FieldPanel
from wagtail.search import index

from learning.people.models import Agency, Partnership

#: No agency returns more than this in a quarter; a bigger number is a typing slip.
INDICATOR_VALUE_MAX = 1_000_000

#: The months a quarter starts in (calendar quarters; the financial year starts in April).
QUARTER_START_MONTHS = (1, 4, 7, 10)


def quarter_label(start: dt.date) -> str:
    """ "April to June 2026" for the quarter starting 1 April 2026."""
    end = dt.date(start.year, start.month + 2, 1)
    return f"{start:%B} to {end:%B} {start.year}"


def is_quarter_start(day: dt.date) -> bool:
    return day.day == 1 and day.month in QUARTER_START_MONTHS


class PracticeIndicator(index.Indexed, models.Model):
    """Something a partnership counts each quarter per agency, e.g. "GCP2 assessments
    completed"."""

    partnership = models.ForeignKey(
        Partnership, on_delete=models.CASCADE, related_name="practice_indicators"
    )
    name = models.CharField(
        max_length=120,
        help_text="What is counted, as the CSV names it, e.g. 'GCP2 assessments completed'.",
    )
    description = models.TextField(
        blank=True, help_text="What counts and where the number comes from."
    )

    panels = [FieldPanel("partnership"), FieldPanel("name"), FieldPanel("description")]
    search_fields = [index.SearchField("name"), index.FilterField("partnership_id")]

    class Meta:
        ordering = ["partnership", "name"]
        constraints = [
            models.UniqueConstraint(
                fields=["partnership", "name"], name="practice_indicator_name_once"
            )
        ]

    def __str__(self) -> str:
        return self.name


class IndicatorReturn(models.Model):
    """One agency's value of one indicator for one quarter."""

    indicator = models.ForeignKey(
        PracticeIndicator, on_delete=models.CASCADE, related_name="returns"
    )
    agency = models.ForeignKey(Agency, on_delete=models.CASCADE, related_name="indicator_returns")
    quarter_start = models.DateField(
        help_text="The first day of the quarter: 1 January, 1 April, 1 July or 1 October."
    )
    value = models.PositiveIntegerField(
        validators=[
            MaxValueValidator(
                INDICATOR_VALUE_MAX, f"A value cannot be more than {INDICATOR_VALUE_MAX:,}."
            )
        ]
    )
    recorded_at = models.DateTimeField(auto_now=True)

    panels = [
        FieldPanel("indicator"),
        FieldPanel("agency"),
        FieldPanel("quarter_start"),
        FieldPanel("value"),
    ]

    class Meta:
        ordering = ["indicator", "agency", "-quarter_start"]
        constraints = [
            models.UniqueConstraint(
                fields=["indicator", "agency", "quarter_start"],
                name="indicator_return_once_per_quarter",
            )
        ]

    def __str__(self) -> str:
        return f"{self.indicator}, {self.agency.name}, {quarter_label(self.quarter_start)}"

    def clean(self) -> None:
        errors: dict[str, str] = {}
        if self.quarter_start and not is_quarter_start(self.quarter_start):
            errors["quarter_start"] = (
                "Give the first day of a quarter: 1 January, 1 April, 1 July or 1 October."
            )
        if (
            self.indicator_id
            and self.agency_id
            and self.agency.partnership_id != self.indicator.partnership_id
        ):
            errors["agency"] = "Choose an agency of the indicator's partnership."
        if errors:
            raise ValidationError(errors)

    @property
    def quarter(self) -> str:
        return quarter_label(self.quarter_start)
