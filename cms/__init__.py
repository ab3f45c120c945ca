"""The site package: settings, URLs, the Celery app, the home and public pages."""

from cms.celery import app as celery_app

__all__ = ["celery_app"]
