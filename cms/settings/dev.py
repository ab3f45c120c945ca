"""Local development: DEBUG on, console email, SQLite and a filesystem broker by default."""

from cms.settings.base import *  # noqa: F403
from cms.settings.base import env

DEBUG = env.bool("DEBUG", default=True)
