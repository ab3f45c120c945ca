"""Settings for bench_pages only: the development settings with DEBUG off and a URLconf
that adds a bare Django view to compare the course pages against."""

from cms.settings.dev import *  # noqa: F403

DEBUG = False
ROOT_URLCONF = "bench.pages_urls"
LOGGING = {"version": 1, "disable_existing_loggers": False, "root": {"level": "WARNING"}}
