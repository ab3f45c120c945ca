"""Django loads an app's models from `<app>.models`; each feature keeps its own models
module, and this one imports them so they are registered. Import models from the feature
(`cms.home.models`, `cms.public.models`), not from here."""

from cms.home.models import HomePage, SiteSettings, StandardPage
from cms.public.models import (
    AreaContact,
    OpenCoursePage,
    ReportConcernPage,
    SpotTheSignsPage,
    SpotTheSignsSectionPage,
)

__all__ = [
    "AreaContact",
    "HomePage",
    "OpenCoursePage",
    "ReportConcernPage",
    "SiteSettings",
    "SpotTheSignsPage",
    "SpotTheSignsSectionPage",
    "StandardPage",
]
