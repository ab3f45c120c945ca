"""The Celery app, configured from Django settings (keys prefixed CELERY_).

Tasks live in each feature's `tasks.py` (`learning/coverage/tasks.py`, ...), so discovery
looks in every feature package of our own apps, not only at the apps' top level.
"""

import os
import pkgutil
from pathlib import Path

from celery import Celery

from django.apps import apps

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.dev")

PROJECT_DIR = Path(__file__).resolve().parent.parent

app = Celery("cms")
app.config_from_object("django.conf:settings", namespace="CELERY")


def task_packages() -> list[str]:
    """Our apps and each of their feature packages (third-party apps are left out)."""

    packages = []
    for config in apps.get_app_configs():
        if PROJECT_DIR not in Path(config.path).resolve().parents:
            continue
        packages.append(config.name)
        packages += [
            f"{config.name}.{module.name}"
            for module in pkgutil.iter_modules([config.path])
            if module.ispkg
        ]
    return packages


app.autodiscover_tasks(task_packages)
