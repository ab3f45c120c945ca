"""Production: every value the site needs to work comes from the environment, with no
default, so a half-configured deploy refuses to start (ImproperlyConfigured naming the
variable) instead of running on SQLite under var/ and printing emails to the console.

`manage.py check --deploy --settings=cms.settings.production` must report no issues.
"""

from urllib.parse import urlsplit

from django.core.exceptions import ImproperlyConfigured

from cms.settings.base import *  # noqa: F403
from cms.settings.base import (
    LOGGING,
    PRIVATE_STORAGE,
    database_settings,
    env,
    object_storages,
    session_engine,
)

DEBUG = False
SECRET_KEY = env("SECRET_KEY")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])

DATABASES = {"default": database_settings(env.str("DATABASE_URL"))}

EMAIL_CONFIG = env.email_url("EMAIL_URL")
vars().update(EMAIL_CONFIG)

# The public address, in emails, xAPI activity ids and QR codes; certificates print theirs
# into a PDF made once, so a wrong default would be printed for good.
WAGTAILADMIN_BASE_URL = env.str("WAGTAILADMIN_BASE_URL")
CERTIFICATES_BASE_URL = env.str("CERTIFICATES_BASE_URL")

# --- Cache and Celery broker: one Redis, or each named -------------------------------
# The cache holds rate limits (sign-in lock-out, verification lookups), so every web
# process must share it; the broker carries tasks to the worker.
REDIS_URL = env.str("REDIS_URL", default="")


def _redis_database(url: str, offset: int) -> str:
    """The same Redis server, `offset` databases further on (the cache's FLUSHDB must
    never empty the broker's queues)."""
    parts = urlsplit(url)
    number = int(parts.path.strip("/") or 0)
    return parts._replace(path=f"/{number + offset}").geturl()


if REDIS_URL:
    CACHE_URL = env.str("CACHE_URL", default=_redis_database(REDIS_URL, 1))
    CELERY_BROKER_URL = env.str("CELERY_BROKER_URL", default=_redis_database(REDIS_URL, 0))
else:
    _missing = [name for name in ("CACHE_URL", "CELERY_BROKER_URL") if not env.str(name, "")]
    if _missing:
        raise ImproperlyConfigured(
            "Set REDIS_URL, or both CACHE_URL and CELERY_BROKER_URL "
            f"(missing: {', '.join(_missing)})."
        )
    CACHE_URL = env.str("CACHE_URL")
    CELERY_BROKER_URL = env.str("CELERY_BROKER_URL")
CACHES = {"default": env.cache_url_config(CACHE_URL)}
SESSION_ENGINE = session_engine(CACHES["default"])
CELERY_BROKER_TRANSPORT_OPTIONS = {}

# /healthz fails while the worker or beat has never shown a heartbeat (base.py allows it).
HEALTHZ_REQUIRE_HEARTBEATS = env.bool("HEALTHZ_REQUIRE_HEARTBEATS", default=True)

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=True)
# Load balancers probe /healthz over plain HTTP inside the network.
SECURE_REDIRECT_EXEMPT = [r"^healthz/$"]
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=60 * 60 * 24 * 365)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
    "private": PRIVATE_STORAGE,
    **object_storages(),
}

# --- Logs and errors -----------------------------------------------------------------
# One JSON object per line on stderr, so the log collector indexes level, logger and
# message as fields instead of parsing text (docs/deploy.md).
LOGGING = {
    **LOGGING,
    "formatters": {
        "json": {
            "()": "pythonjsonlogger.json.JsonFormatter",
            "fmt": "%(asctime)s %(levelname)s %(name)s %(process)d %(message)s",
            "rename_fields": {"asctime": "time", "levelname": "level", "name": "logger"},
        }
    },
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "json"}},
}

# Errors to Sentry only when a DSN is set. Never personal data: who was signed in, request
# bodies (forms, xAPI statements), query values and local variables stay out of reports.
SENTRY_DSN = env.str("SENTRY_DSN", default="")
if SENTRY_DSN:
    import sentry_sdk

    sentry_sdk.init(
        dsn=SENTRY_DSN,
        environment=env.str("SENTRY_ENVIRONMENT", default="production"),
        traces_sample_rate=env.float("SENTRY_TRACES_SAMPLE_RATE", default=0.0),
        data_collection={
            "user_info": False,
            "http_bodies": [],
            "database_query_data": False,
            "stack_frame_variables": False,
        },
    )
