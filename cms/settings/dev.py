"""Local development: DEBUG on, console email, SQLite and a filesystem broker by default."""

from .base import *  # noqa: F403
from .base import env

DEBUG = env.bool("DEBUG", default=True)
