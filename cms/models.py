"""Django loads an app's models from `<app>.models`; each feature keeps its own models
module, and this one imports them so they are registered. Import models from the feature
(`cms.home.models`, `cms.public.models`, `cms.health.models`), not from here."""

from cms.health.models import Heartbeat
from cms.home.models import HomePage, SiteSettings, StandardPage
from cms.local_inserts.models import LocalArrangements
from cms.public.models import (
    AreaContact,
    OpenCoursePage,
    ReportConcernPage,
    SpotTheSignsPage,
    SpotTheSignsSectionPage,
)

__all__ = [
    "AreaContact",
    "Heartbeat",
    "HomePage",
    "LocalArrangements",
    "OpenCoursePage",
    "ReportConcernPage",
    "SiteSettings",
    "SpotTheSignsPage",
    "SpotTheSignsSectionPage",
    "StandardPage",
]
