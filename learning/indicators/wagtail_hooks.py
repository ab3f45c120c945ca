"""Wagtail hooks for practice indicators: the returns import URL and the indicator and
return snippets. Imported by learning/wagtail_hooks.py."""

from django.urls import include, path

from wagtail import hooks
from wagtail.snippets.models import register_snippet

from learning.indicators.views import IndicatorsGroup, indicator_urls


@hooks.register("register_admin_urls")
def register_indicator_urls():
    return [path("practice-indicators/", include((indicator_urls, "learning_indicators")))]


register_snippet(IndicatorsGroup)
