"""Settings shared by every environment.

Values that differ between machines come from the environment (django-environ), so the
same code runs with SQLite and a filesystem broker on a laptop and with PostgreSQL and
Redis in production.
"""

from pathlib import Path

import environ
from celery.schedules import crontab
from csp.constants import NONE, SELF

from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent.parent
VAR_DIR = BASE_DIR / "var"

env = environ.Env()
environ.Env.read_env(BASE_DIR / ".env", overwrite=False)

SECRET_KEY = env("SECRET_KEY", default="dev-only-insecure-key-do-not-use-in-production")
DEBUG = env.bool("DEBUG", default=False)
# ".localhost" lets each partnership's development site answer at <slug>.localhost:8000
# (docs/partnership-sites.md); production lists its own hosts with no default.
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["localhost", ".localhost", "127.0.0.1", "[::1]"])

INSTALLED_APPS = [
    # Our apps come first so their templates override allauth's and Wagtail's.
    "cms",
    "learning",
    "courses",
    "certificates",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.table_block",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    # Django's admin is not mounted (cms/urls.py): every sign-in goes through allauth.
    # The app stays installed for its table, whose rows (what was done through the old
    # /django-admin/) reference users: the ORM must know it to delete a user, and the
    # rows are the record of how that password-only door was used.
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "cms.middleware.ContentSecurityPolicyMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "learning.people.middleware.RequireMFAForStaffMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "cms.urls"
WSGI_APPLICATION = "cms.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "learning.people.context_processors.navigation",
                "learning.people.context_processors.admin_branding",
            ],
        },
    },
]

# SQLite, the embedded default, holds a small partnership's load with three settings:
# WAL lets readers carry on beside the one writer; the busy timeout makes a writer wait
# for the lock rather than fail at once; IMMEDIATE transactions take the write lock at
# BEGIN, so a transaction that read first never has to upgrade its lock, which SQLite
# refuses at once ("database is locked") whatever the timeout.
# https://docs.djangoproject.com/en/5.2/ref/databases/#database-is-locked-errors
SQLITE_OPTIONS = {
    "transaction_mode": "IMMEDIATE",
    "timeout": env.int("SQLITE_TIMEOUT", default=20),
    "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
}


def database_settings(url: str) -> dict:
    """A database's settings from its URL, with the options its engine needs here."""
    config = environ.Env.db_url_config(url)
    config["ATOMIC_REQUESTS"] = False
    # Persistent connections: opening one per request (Django's default of 0) cost more
    # than serving a lesson (issue 18). Health checks drop a connection the server closed
    # before it is reused, so a database restart costs no failed request.
    config.setdefault("CONN_MAX_AGE", env.int("CONN_MAX_AGE", default=600))
    config.setdefault("CONN_HEALTH_CHECKS", True)
    if config["ENGINE"] == "django.db.backends.sqlite3":
        config["OPTIONS"] = {**SQLITE_OPTIONS, **config.get("OPTIONS", {})}
    return config


DATABASES = {
    "default": database_settings(
        env.str("DATABASE_URL", default=f"sqlite:///{VAR_DIR / 'db.sqlite3'}")
    ),
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

CACHES = {"default": env.cache("CACHE_URL", default="locmemcache://")}


def session_engine(cache: dict) -> str:
    """Where sessions live, given the default cache's settings.

    On Redis (shared by every node and persisted by Redis) sessions live in the cache
    alone: no session row is read or written per request. On another shared cache they
    are read from it and written through to the database (`cached_db`), so they survive a
    cache restart. A local-memory cache is private to one process: a sign-out on one
    gunicorn worker would leave the session alive in another's copy, so there sessions
    stay in the database.
    """
    backend = cache["BACKEND"]
    if backend.endswith("LocMemCache"):
        return "django.contrib.sessions.backends.db"
    if backend.startswith("django_redis") or backend.endswith("RedisCache"):
        return "django.contrib.sessions.backends.cache"
    return "django.contrib.sessions.backends.cached_db"


SESSION_ENGINE = session_engine(CACHES["default"])

AUTH_USER_MODEL = "learning.User"
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 10},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "/"

# --- django-allauth: email login, mandatory verification, MFA, rate limits -------------
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_CONFIRM_EMAIL_ON_GET = False
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
ACCOUNT_SESSION_REMEMBER = None
ACCOUNT_PREVENT_ENUMERATION = True
ACCOUNT_ADAPTER = "learning.people.adapters.AccountAdapter"
ACCOUNT_FORMS = {"signup": "learning.people.forms.SignupForm"}
# Failed logins are counted per IP and per account; the limit locks the account for a while.
ACCOUNT_RATE_LIMITS = {
    "login_failed": env("LOGIN_FAILED_RATE_LIMIT", default="10/m/ip,5/15m/key"),
    "signup": "20/m/ip",
    "reset_password": "20/m/ip,5/m/key",
}
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = env("MFA_TOTP_ISSUER", default="Neglect Matters Learning")
MFA_ADAPTER = "allauth.mfa.adapter.DefaultMFAAdapter"

# --- Wagtail -------------------------------------------------------------------------
WAGTAIL_SITE_NAME = "Neglect Matters Learning"
# No Gravatar: the CSP blocks its images (they showed broken), and a learner's email hash
# should not go to a third party. Wagtail shows its own default avatar instead.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAILADMIN_BASE_URL = env("WAGTAILADMIN_BASE_URL", default="http://127.0.0.1:8000")
# cms.views.admin_login: sends people to allauth, or tells a signed-in learner the admin
# is for staff (allauth would send them straight back to /admin/).
WAGTAILADMIN_LOGIN_URL = "admin_login"
WAGTAIL_FRONTEND_LOGIN_URL = "account_login"
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "pdf", "pptx", "txt", "xlsx"]
# Documents are always streamed through their view, whose hooks check who may read them
# (licensed-only resources), never linked to their file under MEDIA_ROOT.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAIL_PASSWORD_MANAGEMENT_ENABLED = False
WAGTAIL_PASSWORD_RESET_ENABLED = False
WAGTAILUSERS_PASSWORD_ENABLED = False
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp", "svg"]

# --- Static and media ----------------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = VAR_DIR / "static"
STATICFILES_DIRS = [BASE_DIR / "var" / "frontend"]
# The font every PDF is set in, copied from its npm package by the asset build
# (courses/pdfs/rendering.py).
PDF_FONT_DIR = env.path("PDF_FONT_DIR", default=BASE_DIR / "var" / "frontend" / "fonts" / "arimo")
MEDIA_URL = "/media/"
MEDIA_ROOT = env.path("MEDIA_ROOT", default=VAR_DIR / "media")
# Files only permission-checked views may hand out (certificate PDFs, their ZIP exports).
# No URL maps to this folder (keep it outside MEDIA_ROOT and STATIC_ROOT: a system check
# says so), and its storage has no url(). Code selects it as storages["private"], never
# the default storage, so production can point it at a private bucket instead.
PRIVATE_MEDIA_ROOT = env.path("PRIVATE_MEDIA_ROOT", default=VAR_DIR / "private")
PRIVATE_STORAGE = {"BACKEND": "certificates.storage.PrivateFileSystemStorage"}
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    "private": PRIVATE_STORAGE,
}


def object_storages() -> dict:
    """Media and private files in S3-compatible object storage, when the environment names
    the buckets (AWS_STORAGE_BUCKET_NAME for images, documents and H5P content;
    AWS_PRIVATE_BUCKET_NAME for certificates, exports and xAPI attachments), so several
    web nodes and the worker share every file; else {} and files stay on this machine.

    Both buckets are private: files are reached through signed URLs that expire, and
    private files only through the permission-checked views that stream them. Keys come
    from boto3's usual sources (AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, an instance role).
    """
    bucket = env.str("AWS_STORAGE_BUCKET_NAME", default="")
    private_bucket = env.str("AWS_PRIVATE_BUCKET_NAME", default="")
    if not bucket and not private_bucket:
        return {}
    if not bucket or not private_bucket or bucket == private_bucket:
        raise ImproperlyConfigured(
            "Object storage needs two different buckets: set both AWS_STORAGE_BUCKET_NAME "
            "and AWS_PRIVATE_BUCKET_NAME."
        )
    common = {
        "endpoint_url": env.str("AWS_S3_ENDPOINT_URL", default="") or None,
        "region_name": env.str("AWS_S3_REGION_NAME", default="") or None,
        "addressing_style": env.str("AWS_S3_ADDRESSING_STYLE", default="") or None,
        "signature_version": "s3v4",
        "default_acl": None,
        "file_overwrite": False,
        "querystring_auth": True,
    }
    backend = "storages.backends.s3.S3Storage"
    return {
        "default": {
            "BACKEND": backend,
            "OPTIONS": {
                **common,
                "bucket_name": bucket,
                "querystring_expire": env.int("AWS_QUERYSTRING_EXPIRE", default=3600),
            },
        },
        "private": {
            "BACKEND": backend,
            "OPTIONS": {**common, "bucket_name": private_bucket, "querystring_expire": 300},
        },
    }


STORAGES.update(object_storages())

# --- Email ---------------------------------------------------------------------------
EMAIL_CONFIG = env.email_url("EMAIL_URL", default="consolemail://")
vars().update(EMAIL_CONFIG)
DEFAULT_FROM_EMAIL = env(
    "DEFAULT_FROM_EMAIL", default="Neglect Matters Learning <noreply@example.org>"
)
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# --- Celery --------------------------------------------------------------------------
# With no broker configured, Celery's filesystem transport under var/ runs a real worker
# with no server to install; production points CELERY_BROKER_URL at Redis.
CELERY_BROKER_URL = env("CELERY_BROKER_URL", default="filesystem://")
CELERY_BROKER_TRANSPORT_OPTIONS = {}
if CELERY_BROKER_URL.startswith("filesystem://"):
    _broker_dir = VAR_DIR / "celery" / "broker"
    CELERY_BROKER_TRANSPORT_OPTIONS = {
        "data_folder_in": str(_broker_dir),
        "data_folder_out": str(_broker_dir),
        "processed_folder": str(VAR_DIR / "celery" / "processed"),
        "store_processed": False,
    }
CELERY_RESULT_BACKEND = env("CELERY_RESULT_BACKEND", default=None)
CELERY_TASK_ALWAYS_EAGER = env.bool("CELERY_TASK_ALWAYS_EAGER", default=False)
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_TASK_ACKS_LATE = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TIMEZONE = "Europe/London"
CELERY_BEAT_SCHEDULE_FILENAME = str(VAR_DIR / "celery" / "beat-schedule")
# Each app adds its periodic tasks here; the beat in `make run` and production reads it.
CELERY_BEAT_SCHEDULE: dict[str, dict] = {
    "celery-heartbeat": {"task": "cms.tasks.heartbeat", "schedule": crontab(minute="*/15")},
    "publish-scheduled-pages": {
        "task": "cms.tasks.publish_scheduled_pages",
        "schedule": crontab(minute="*"),
    },
    "briefing-digest-weekly": {
        "task": "learning.briefings.tasks.briefing_digest_send_weekly",
        "schedule": crontab(day_of_week="mon", hour=7, minute=0),
    },
}
# Beat's own scheduler records beat's heartbeat each time it sends a task (cms.health).
CELERY_BEAT_SCHEDULER = "cms.health.beat:HeartbeatScheduler"
# /healthz answers 503 when the worker's or beat's last heartbeat is older than this many
# seconds; the heartbeat task runs every 15 minutes, so the default allows one to be late.
HEALTHZ_HEARTBEAT_MAX_AGE = env.int("HEALTHZ_HEARTBEAT_MAX_AGE", default=30 * 60)
# Whether a heartbeat never recorded yet ("unknown") fails /healthz. Off here, so a laptop
# or a test run without a worker is healthy; production.py turns it on.
HEALTHZ_REQUIRE_HEARTBEATS = env.bool("HEALTHZ_REQUIRE_HEARTBEATS", default=False)
# Training coverage: each KPI's figures per agency, stored nightly for fast trends.
CELERY_BEAT_SCHEDULE["coverage-snapshot-nightly"] = {
    "task": "learning.coverage.tasks.coverage_snapshot_nightly",
    "schedule": crontab(hour=1, minute=30),
}
# ... and its running counts rebuilt for KPIs whose courses, briefings or definition changed.
CELERY_BEAT_SCHEDULE["coverage-rebuild-nightly"] = {
    "task": "learning.coverage.tasks.coverage_rebuild_nightly",
    "schedule": crontab(hour=1, minute=15),
}

# --- Security ------------------------------------------------------------------------
# How many reverse proxies of our own (load balancer, nginx) stand in front of the app.
# Rate limits key on the client's address: with 0, REMOTE_ADDR; with N, the Nth address
# from the right of X-Forwarded-For (learning.people.throttle.client_address).
TRUSTED_PROXY_COUNT = env.int("TRUSTED_PROXY_COUNT", default=0)
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = False
# A form sent without its security cookie gets a GOV.UK page saying what to do.
CSRF_FAILURE_VIEW = "cms.views.csrf_failure"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF, "data:"],
        "connect-src": [SELF],
        "frame-src": [SELF],
        "frame-ancestors": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
    },
}

LANGUAGE_CODE = "en-gb"
# Our wording over Wagtail's: "approval", not "moderation" (cms/locale/en_GB).
LOCALE_PATHS = [BASE_DIR / "cms" / "locale"]
TIME_ZONE = "Europe/London"
USE_I18N = True
USE_TZ = True

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", default="INFO")},
    "loggers": {
        "django.request": {"level": "WARNING"},
        "weasyprint": {"level": "ERROR"},
        "fontTools": {"level": "ERROR"},
        "django_tasks": {"level": "WARNING"},
        "wagtail": {"level": "WARNING"},
    },
}

# The password every demo account gets from `manage.py seed_demo`.
DEMO_PASSWORD = env("DEMO_PASSWORD", default="neglect-matters-demo")

# A refresher is due this many days before a completion (and its certificate) expires;
# reminder emails go out at each of REFRESHER_REMINDER_DAYS before expiry.
REFRESHER_WINDOW_DAYS = env.int("REFRESHER_WINDOW_DAYS", default=60)
REFRESHER_REMINDER_DAYS = [60, 14]

# --- Certificates --------------------------------------------------------------------
# The address printed on certificates and in their QR codes: the public site, not the admin.
CERTIFICATES_BASE_URL = env("CERTIFICATES_BASE_URL", default=WAGTAILADMIN_BASE_URL)
# Verification lookups allowed per client IP address per minute, before a 429.
CERTIFICATES_VERIFY_RATE_LIMIT = env.int("CERTIFICATES_VERIFY_RATE_LIMIT", default=20)
# A ZIP of certificates is deleted this many days after it was asked for.
CERTIFICATE_EXPORT_RETENTION_DAYS = env.int("CERTIFICATE_EXPORT_RETENTION_DAYS", default=7)
CELERY_BEAT_SCHEDULE["certificates-exports-expire"] = {
    "task": "certificates.tasks.expire_certificate_exports",
    "schedule": crontab(minute=20),
}
CELERY_BEAT_SCHEDULE["certificates-issue-missing"] = {
    "task": "certificates.tasks.issue_missing_certificates",
    "schedule": crontab(minute="*/10"),
}
CELERY_BEAT_SCHEDULE["certificates-refresher-reminders"] = {
    "task": "certificates.tasks.send_refresher_reminders",
    "schedule": crontab(hour=7, minute=30),
}

# --- Licences (learning/licences) ------------------------------------------------------
CELERY_BEAT_SCHEDULE["licences-renewal-reminders"] = {
    "task": "learning.licences.tasks.send_licence_reminders",
    "schedule": crontab(hour=7, minute=40),
}
CELERY_BEAT_SCHEDULE["licences-grant-owed"] = {
    "task": "learning.licences.tasks.grant_owed_licences",
    "schedule": crontab(hour=2, minute=50),
}

# --- Training events and sessions ------------------------------------------------------
# A line manager's approve/decline link works for this many days.
TRAINING_APPROVAL_EXPIRY_DAYS = env.int("TRAINING_APPROVAL_EXPIRY_DAYS", default=7)
# A waiting-list place offered to the next person must be accepted within this many hours.
TRAINING_OFFER_HOURS = env.int("TRAINING_OFFER_HOURS", default=48)
# Reminders go out this many days before a session (each once per booking).
TRAINING_REMINDER_DAYS = [7, 1]
# Learners may cancel their own place up to this many days before a session when the
# owning partnership has set no charge policy of its own.
TRAINING_CANCELLATION_CUTOFF_DAYS = env.int("TRAINING_CANCELLATION_CUTOFF_DAYS", default=7)
CELERY_BEAT_SCHEDULE["training-reminders-daily"] = {
    "task": "learning.training.tasks.training_reminders_send",
    "schedule": crontab(hour=8, minute=0),
}
CELERY_BEAT_SCHEDULE["training-offers-expire"] = {
    "task": "learning.training.tasks.training_offers_expire",
    "schedule": crontab(minute="*/15"),
}

# --- xAPI forwarding (h5p feature) -----------------------------------------------------
# Every accepted statement is forwarded to this LRS when set (e.g. https://lrs.example/xapi/).
XAPI_FORWARD_ENDPOINT = env("XAPI_FORWARD_ENDPOINT", default="")
XAPI_FORWARD_USERNAME = env("XAPI_FORWARD_USERNAME", default="")
XAPI_FORWARD_PASSWORD = env("XAPI_FORWARD_PASSWORD", default="")
# Limits on one request to the xAPI endpoint: a larger body or more statements is a 413,
# deeper nesting of arrays and objects a 400. The body limit cannot exceed Django's
# DATA_UPLOAD_MAX_MEMORY_SIZE (2.5 MB by default).
XAPI_MAX_BODY_BYTES = env.int("XAPI_MAX_BODY_BYTES", default=2 * 1024 * 1024)
XAPI_MAX_STATEMENTS_PER_REQUEST = env.int("XAPI_MAX_STATEMENTS_PER_REQUEST", default=500)
XAPI_MAX_JSON_DEPTH = env.int("XAPI_MAX_JSON_DEPTH", default=32)
CELERY_BEAT_SCHEDULE["xapi-forward-backlog"] = {
    "task": "learning.xapi.tasks.forward_backlog",
    "schedule": crontab(minute="*/5"),
}
# Limits for uploaded H5P packages, judged before anything is unpacked.
H5P_MAX_UNCOMPRESSED_BYTES = env.int("H5P_MAX_UNCOMPRESSED_BYTES", default=200 * 1024 * 1024)
H5P_MAX_FILES = env.int("H5P_MAX_FILES", default=2000)
# An entry, or the whole package, inflating to more than this many times its size is a ZIP bomb.
H5P_MAX_COMPRESSION_RATIO = env.int("H5P_MAX_COMPRESSION_RATIO", default=100)
# Seconds a player's launch token (signed by the lesson page) stays valid.
H5P_LAUNCH_TOKEN_MAX_AGE = env.int("H5P_LAUNCH_TOKEN_MAX_AGE", default=2 * 60 * 60)
# Hosts the isolated H5P player may show media from (and run their players' scripts, as
# YouTube's and Vimeo's need), space- or comma-separated, e.g.
# "www.youtube.com www.youtube-nocookie.com player.vimeo.com". Media a package plays from
# any other host is blocked: trainers are warned at upload, learners told in the lesson.
H5P_MEDIA_HOSTS = env("H5P_MEDIA_HOSTS", default="").replace(",", " ").split()

# --- Public section ------------------------------------------------------------------
# Wrong employer codes or join links allowed per client address per minute; after that
# every code is refused until the minute is up, so codes cannot be found by guessing.
OPEN_COURSE_EMPLOYER_CODE_RATE_LIMIT = env.int("OPEN_COURSE_EMPLOYER_CODE_RATE_LIMIT", default=10)
# The helpline shown wherever no area contact covers a postcode, on the finder, the area
# list, posters and cards.
# NSPCC Helpline 0808 800 5000 confirmed on the NSPCC 'Report child abuse' page
# (nspcc.org.uk/keeping-children-safe/reporting-abuse/report/): lines open Monday to
# Friday 8am-10pm and 9am-6pm at weekends; online reports 24 hours a day.
PUBLIC_NATIONAL_FALLBACK = {
    "service_name": "NSPCC Helpline",
    "phone": "0808 800 5000",
    "url": "https://www.nspcc.org.uk/keeping-children-safe/reporting-abuse/",
    "advice": (
        "If a child is in danger now, call 999. If not, find the council for the home "
        "you visited. Search its website for 'report a concern about a child'. Or call "
        "the NSPCC Helpline for advice. The NSPCC is a children's charity."
    ),
}

# --- Personal data and retention ----------------------------------------------------
# Accounts not signed in to for this many months are closed and anonymised (README,
# "Personal data and retention") by the daily beat task below.
ACCOUNT_INACTIVE_CLOSE_MONTHS = env.int("ACCOUNT_INACTIVE_CLOSE_MONTHS", default=36)
CELERY_BEAT_SCHEDULE["accounts-close-inactive"] = {
    "task": "learning.privacy.tasks.close_inactive_accounts",
    "schedule": crontab(hour=2, minute=30),
}

# --- Evaluation ------------------------------------------------------------------------
# A line manager's questionnaire link stays valid this many days.
EVALUATION_MANAGER_LINK_DAYS = env.int("EVALUATION_MANAGER_LINK_DAYS", default=60)
CELERY_BEAT_SCHEDULE["evaluation-follow-ups-daily"] = {
    "task": "learning.evaluation.tasks.evaluation_follow_ups_send",
    "schedule": crontab(hour=9, minute=0),
}
