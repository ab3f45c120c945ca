"""Demo practice indicators: Walsall's three indicators and every Walsall agency's returns
for the last two complete quarters, so the coverage dashboard shows them beside the
training figures. Idempotent (values are only set where none was returned)."""

from __future__ import annotations

import datetime as dt
import random

from dateutil.relativedelta import relativedelta

from django.db import transaction
from django.utils import timezone

from learning.indicators.models import IndicatorReturn, PracticeIndicator
from learning.indicators.selectors import quarter_start_of
from learning.people.models import Partnership, Sector

#: (name, description, the sectors that return it and a typical quarter's value per agency)
DEMO_INDICATORS = [
    (
        "GCP2 assessments completed",
        "Graded Care Profile 2 assessments completed by the agency's practitioners.",
        {Sector.HEALTH, Sector.EARLY_HELP, Sector.CHILDRENS_SOCIAL_CARE, Sector.EDUCATION},
        24,
    ),
    (
        "WeCAN assessments",
        "WeCAN (neglect) assessments started with families.",
        {Sector.EARLY_HELP, Sector.CHILDRENS_SOCIAL_CARE, Sector.HEALTH},
        12,
    ),
    (
        "Early Help cases with neglect as the primary need",
        "Open Early Help cases on the last day of the quarter whose primary need is neglect.",
        {Sector.EARLY_HELP, Sector.CHILDRENS_SOCIAL_CARE},
        40,
    ),
]


def demo_quarters(today: dt.date) -> list[dt.date]:
    """The first days of the last two complete quarters before `today`."""
    current = quarter_start_of(today)
    return [current - relativedelta(months=6), current - relativedelta(months=3)]


def indicators_demo_seed() -> int:
    """Walsall's indicators and two quarters of returns; returns how many returns exist."""
    partnership = Partnership.objects.filter(slug="walsall").first()
    if partnership is None:
        return 0
    rng = random.Random(15)  # noqa: S311 - the same demo every time, not a secret
    quarters = demo_quarters(timezone.localdate())
    agencies = list(partnership.agencies.order_by("name"))
    with transaction.atomic():
        for name, description, sectors, typical in DEMO_INDICATORS:
            indicator, _ = PracticeIndicator.objects.update_or_create(
                partnership=partnership, name=name, defaults={"description": description}
            )
            for agency in agencies:
                if agency.sector not in sectors:
                    continue
                for step, quarter in enumerate(quarters):
                    # Use grows a little from one quarter to the next, as training spreads.
                    value = max(0, round(typical * rng.uniform(0.5, 1.3) * (1 + 0.15 * step)))
                    IndicatorReturn.objects.get_or_create(
                        indicator=indicator,
                        agency=agency,
                        quarter_start=quarter,
                        defaults={"value": value},
                    )
    return IndicatorReturn.objects.filter(indicator__partnership=partnership).count()
