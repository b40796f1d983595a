"""Settings for the commitment tracker, read from the environment.

Each variable decides one thing. With none set: SQLite in the project folder (DATABASE_URL switches the
database), Celery tasks run eagerly in-process (CELERY_BROKER_URL switches to a real broker, Redis in
docker-compose), and *demo mode* (DEMO_MODE, on by default so that `make run` needs nothing): DEBUG on unless
asked otherwise, demo values for SECRET_KEY and ALLOWED_HOSTS, and the demo account made by `load_demo`.
Deployments set DEMO_MODE=false; then SECRET_KEY and ALLOWED_HOSTS must be given (unless DEBUG is on), and
start-up fails with a clear message otherwise. A system check warns about demo mode on a server database.

Every variable read here is listed in ENVIRONMENT, which the tests compare with docker-compose.yml and
.env.example so the three never drift apart.
"""

from pathlib import Path

import environ
import orjson
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _
from import_export.formats import base_formats

from tracker.spreadsheets import SafeCSV, SafeXLSX

BASE_DIR = Path(__file__).resolve().parent.parent

# name -> (type, default). NOTSET means "no default": the settings below decide what its absence means.
ENVIRONMENT = {
    "DEMO_MODE": (bool, True),
    "DATABASE_URL": (str, environ.Env.NOTSET),
    "CELERY_BROKER_URL": (str, environ.Env.NOTSET),
    "CELERY_RESULT_BACKEND": (str, environ.Env.NOTSET),
    # The queue tasks are sent to and workers consume: trackers (or test runs) sharing one broker each use their own.
    "CELERY_TASK_DEFAULT_QUEUE": (str, "celery"),
    "DEBUG": (bool, environ.Env.NOTSET),
    "SECRET_KEY": (str, environ.Env.NOTSET),
    "ALLOWED_HOSTS": (list, environ.Env.NOTSET),
    "CSRF_TRUSTED_ORIGINS": (list, []),
    "MEDIA_ROOT": (str, str(BASE_DIR / "media")),
    "STATIC_ROOT": (str, str(BASE_DIR / "staticfiles")),
    "INGEST_MAX_UPLOAD_MB": (int, 50),
    # Failed logins for one username, from any address, within an hour before it is locked out (5 per address).
    "LOGIN_USERNAME_FAILURE_LIMIT": (int, 20),
    "API_THROTTLE_ANON": (str, "300/minute"),
    "API_THROTTLE_CLIENT": (str, "3000/minute"),
    "TIME_ZONE": (str, "Europe/Zurich"),
    "CACHE_URL": (str, environ.Env.NOTSET),
    "TRUSTED_PROXY_COUNT": (int, 0),
    # Whether the app's own port is reachable from outside (not only through the proxy): docker-compose says false.
    "APP_PORT_PUBLISHED": (bool, environ.Env.NOTSET),
    # Seconds a proxy or a browser may reuse an anonymous page or API list (Cache-Control: public, max-age).
    "PUBLIC_CACHE_SECONDS": (int, 60),
    "HTTPS": (bool, environ.Env.NOTSET),
    "SECURE_HSTS_SECONDS": (int, 31536000),
    "DATABASE_PARALLEL_WORKERS": (int, 0),
    # Email: console in demo mode; smtp://user:password@host:587 (or smtp+tls://...) on a server.
    "EMAIL_URL": (str, environ.Env.NOTSET),
    "DEFAULT_FROM_EMAIL": (str, "Mine Ban Convention tracker <tracker@localhost>"),
    # The site's address, for links in emails and webhook payloads.
    "SITE_URL": (str, "http://localhost:8000"),
    "WEBHOOK_ALLOW_PRIVATE_ADDRESSES": (bool, environ.Env.NOTSET),
}
env = environ.Env(**ENVIRONMENT)


def _is_set(name: str) -> bool:
    return bool(env.str(name, default=""))


_TRUE, _FALSE = {"1", "true", "yes", "on"}, {"0", "false", "no", "off", ""}


def _strict_bool(name: str, default: bool | None) -> bool | None:
    """Like env.bool, but a value that is neither true nor false is an error, not a silent False."""
    if not _is_set(name):
        return default
    value = env.str(name).strip().lower()
    if value not in _TRUE | _FALSE:
        raise ImproperlyConfigured(f"{name}={env.str(name)!r} is not a boolean: use true or false.")
    return value in _TRUE


def _strict_int(name: str) -> int:
    try:
        return env.int(name)
    except ValueError as error:
        raise ImproperlyConfigured(f"{name}={env.str(name)!r} is not a whole number.") from error


DEMO_MODE = _strict_bool("DEMO_MODE", default=True)
DEBUG = _strict_bool("DEBUG", default=DEMO_MODE)

if DEBUG:
    SECRET_KEY = env.str("SECRET_KEY", default="demo-mode-only-not-a-secret")
    ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost", "testserver"])
else:
    missing = [name for name in ("SECRET_KEY", "ALLOWED_HOSTS") if not _is_set(name)]
    if missing:
        raise ImproperlyConfigured(
            f"DEBUG is off, so {' and '.join(missing)} must be set in the environment "
            "(see .env.example). For a local demo, leave DEMO_MODE unset or set DEBUG=true."
        )
    SECRET_KEY = env.str("SECRET_KEY")
    ALLOWED_HOSTS = env.list("ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.contrib.postgres",
    "rest_framework",
    "django_filters",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "simple_history",
    "import_export",
    "django_countries",
    "django_celery_beat",
    "csp",
    "axes",
    "tracker",
    "accounts",
    "actors",
    "documents",
    "commitments",
    "extraction",
    "dashboards",
    "notifications",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "tracker.middleware.DatabaseUnavailableMiddleware",
    # Every 404 under /api/ is JSON; a NUL in the address is a 400 before any query sees it.
    "tracker.middleware.APINotFoundAsJSONMiddleware",
    "tracker.middleware.RefuseMalformedAddressMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "tracker.api.middleware.APIInUTCMiddleware",
    "django.middleware.common.CommonMiddleware",
    # ETag on every GET response, and 304 Not Modified when the client already has it.
    "django.middleware.http.ConditionalGetMiddleware",
    # Below it, so that it runs first on the way out: Cache-Control, ETag and Last-Modified for the 304 above.
    "tracker.caching.PublicCacheMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # The admin in the account's language (it has no /fr/ or /es/ prefix): needs request.user.
    "tracker.middleware.AdminLanguageMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    "csp.middleware.CSPMiddleware",
    # Last, as django-axes asks: it refuses logins after too many failures.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "tracker.urls"
WSGI_APPLICATION = "tracker.wsgi.application"
ASGI_APPLICATION = "tracker.asgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        # Overrides of third-party templates (the API docs without web fonts or inline script).
        "DIRS": [BASE_DIR / "tracker" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
            ],
        },
    },
]

DATABASES = {
    "default": env.db_url("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
}
DATABASES["default"]["ATOMIC_REQUESTS"] = False
# A server database keeps connections for a minute; SQLite opens its file per request.
DATABASES["default"].setdefault("CONN_MAX_AGE", 0 if DATABASES["default"]["ENGINE"].endswith("sqlite3") else 60)
# A kept connection that the server dropped (restart, pg_terminate_backend) is replaced, not used and failed.
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
if DATABASES["default"]["ENGINE"].endswith("sqlite3"):
    # SQLite keeps NULLs distinct in unique constraints (a sourced deadline fact without a date): the embedded
    # default relies on the loader's own lookup there, which keeps loading idempotent; PostgreSQL enforces it.
    SILENCED_SYSTEM_MESSAGES = ["models.W047"]
if DATABASES["default"]["ENGINE"].endswith("postgresql"):
    # Requests run short queries: parallel workers would take cores that other requests need (measured under load,
    # README). The dashboards' summary refresh, a few big GROUP BYs in a task, asks for them itself.
    _options = DATABASES["default"].setdefault("OPTIONS", {})
    _parallel = f"-c max_parallel_workers_per_gather={env.int('DATABASE_PARALLEL_WORKERS')}"
    _options["options"] = f"{_options.get('options', '')} {_parallel}".strip()
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
AUTH_USER_MODEL = "accounts.User"

AUTHENTICATION_BACKENDS = [
    # First: a hard cap on attempts, counted atomically before any password is checked (parallel attempts too).
    "accounts.backends.AttemptLimitBackend",
    # Then: refuses a login from a client locked out for too many failures (admin and any session login).
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
# Lockout (accounts.backends): the 6th failed attempt within an hour is refused for the pair (username, address),
# so others behind a shared address still sign in; and, slower, the username is locked out from every address after
# LOGIN_USERNAME_FAILURE_LIMIT failures within the hour. `manage.py axes_reset_username NAME` unlocks.
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = 1  # hours
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_HANDLER = "accounts.backends.LockoutHandler"
LOGIN_USERNAME_FAILURE_LIMIT = _strict_int("LOGIN_USERNAME_FAILURE_LIMIT")
AXES_RESET_ON_SUCCESS = True
AXES_VERBOSE = False
AXES_IPWARE_PROXY_COUNT = TRUSTED_PROXY_COUNT = _strict_int("TRUSTED_PROXY_COUNT")
# None when unknown (no warning then); True makes `check` warn if TRUSTED_PROXY_COUNT is set (tracker.W003).
APP_PORT_PUBLISHED = _strict_bool("APP_PORT_PUBLISHED", default=None)
PUBLIC_CACHE_SECONDS = _strict_int("PUBLIC_CACHE_SECONDS")
AXES_IPWARE_META_PRECEDENCE_ORDER = ["HTTP_X_FORWARDED_FOR", "REMOTE_ADDR"] if TRUSTED_PROXY_COUNT else ["REMOTE_ADDR"]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en"
# Messages of the lower apps that visitors read (choices such as kinds of document); the dashboards keep their own.
LOCALE_PATHS = [BASE_DIR / "locale"]
FORMAT_MODULE_PATH = ["tracker.formats"]  # English dates day first (tracker/formats/en)
LANGUAGES = [("en", _("English")), ("fr", _("French")), ("es", _("Spanish"))]
TIME_ZONE = env.str("TIME_ZONE")
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = env.str("STATIC_ROOT")
MEDIA_URL = "media/"
MEDIA_ROOT = env.str("MEDIA_ROOT")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
        if DEBUG
        else "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}

# Celery: with no broker configured, tasks run eagerly in-process (demo mode and the SQLite test run).
CELERY_BROKER_URL = env.str("CELERY_BROKER_URL", default="memory://")
CELERY_TASK_ALWAYS_EAGER = not _is_set("CELERY_BROKER_URL")
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_RESULT_BACKEND = env.str(
    "CELERY_RESULT_BACKEND", default=CELERY_BROKER_URL if _is_set("CELERY_BROKER_URL") else None
)
CELERY_TASK_DEFAULT_QUEUE = env.str("CELERY_TASK_DEFAULT_QUEUE")
CELERY_TASK_SERIALIZER = "json"
CELERY_RESULT_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TASK_ACKS_LATE = True
# A worker that dies mid-task gives its message back: the task runs again (tasks are idempotent).
CELERY_TASK_REJECT_ON_WORKER_LOST = True
# Sending gives up quickly when the broker is down: the outbox (tracker/outbox.py) sends it again later.
CELERY_TASK_PUBLISH_RETRY = False
# Under a second to find the broker down (then the outbox's circuit breaker spares the other processes the wait).
CELERY_BROKER_CONNECTION_TIMEOUT = 0.5
# max_retries 0: a send tries to connect once (kombu would otherwise sleep 2 s and try again inside the request).
CELERY_BROKER_TRANSPORT_OPTIONS = {"socket_connect_timeout": 0.5, "socket_timeout": 5, "max_retries": 0}
# Tasks write their outcome in rows; no result is read back. (Sending a task that keeps its result also subscribes
# to the result backend, which waits and retries when Redis is down.)
CELERY_TASK_IGNORE_RESULT = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_BEAT_SCHEDULER = "django_celery_beat.schedulers:DatabaseScheduler"
CELERY_TIMEZONE = TIME_ZONE
# Time limits, in seconds, per kind of task: (soft, hard). At the soft limit the task gets SoftTimeLimitExceeded
# and records why it stopped (an ingestion job is failed with a clear message); at the hard limit the worker
# kills it. A task stopped by a limit is never retried (it would only hit the limit again).
TASK_TIME_LIMITS = {
    "ingestion": (600, 660),  # parse and store one document (the largest real one: ~40 s)
    "proposals": (900, 960),  # propose commitments for one document
    "notifications": (120, 150),  # emails and webhooks (each connection has its own short timeout)
    "summaries": (600, 660),  # the dashboards' counts, a few big GROUP BYs
    "maintenance": (300, 360),  # sweeps, outbox drain, rollups, withdrawals
}
# Each task names its kind where it is declared (``tracker.celery.time_limits``); any other task (sweeps, the
# outbox drain...) has the maintenance limits.
CELERY_TASK_SOFT_TIME_LIMIT, CELERY_TASK_TIME_LIMIT = TASK_TIME_LIMITS["maintenance"]

# Throttle counts and anything else the web workers share live in this cache: Redis when configured (every
# gunicorn worker then counts the same requests), memory of one process in demo mode.
CACHES = {"default": env.cache_url("CACHE_URL", default="locmemcache://")}
if CACHES["default"]["BACKEND"] == "django.core.cache.backends.redis.RedisCache":
    # A Redis outage must not become 500s: every operation falls back to this process's memory (tracker/cache.py),
    # after at most half a second. The cache is a Redis of its own (docker-compose's "cache"), not the broker's.
    CACHES["default"]["BACKEND"] = "tracker.cache.FailOpenRedisCache"
    CACHES["default"].setdefault("OPTIONS", {}).update(socket_connect_timeout=0.5, socket_timeout=0.5)

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "accounts.authentication.ApiTokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["tracker.api.permissions.ReadAnyoneWriteAuthorised"],
    "DEFAULT_RENDERER_CLASSES": [
        "drf_orjson_renderer.renderers.ORJSONRenderer",
        "rest_framework.renderers.BrowsableAPIRenderer",
    ],
    # Bodies are JSON (lists of owners, nested evidence); an upload (POST documents/) is multipart, in its view.
    "DEFAULT_PARSER_CLASSES": ["rest_framework.parsers.JSONParser"],
    "DEFAULT_FILTER_BACKENDS": [
        "tracker.api.filters.StrictFilterBackend",
        "rest_framework.filters.OrderingFilter",
    ],
    "EXCEPTION_HANDLER": "tracker.api.exceptions.exception_handler",
    "DEFAULT_CONTENT_NEGOTIATION_CLASS": "tracker.api.negotiation.StrictFormatNegotiation",
    "DEFAULT_PAGINATION_CLASS": "tracker.api.pagination.StandardPagination",
    "DEFAULT_SCHEMA_CLASS": "tracker.api.schema.TrackerAutoSchema",
    "DEFAULT_THROTTLE_CLASSES": [
        "rest_framework.throttling.AnonRateThrottle",
        "tracker.api.throttling.ClientRateThrottle",
    ],
    "DEFAULT_THROTTLE_RATES": {"anon": env.str("API_THROTTLE_ANON"), "client": env.str("API_THROTTLE_CLIENT")},
    # A client's address is REMOTE_ADDR unless that many proxies in front of us add X-Forwarded-For: a
    # client-sent header is never taken as its identity.
    "NUM_PROXIES": TRUSTED_PROXY_COUNT,
    "TEST_REQUEST_DEFAULT_FORMAT": "json",
    # UTC times as ...Z, as DRF writes them: rows built without serializers look the same.
    # Errors of list items are keyed by their index (an int): orjson writes such keys too.
    "ORJSON_RENDERER_OPTIONS": (orjson.OPT_UTC_Z, orjson.OPT_NON_STR_KEYS),
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Mine Ban Convention commitment tracker API",
    "DESCRIPTION": "Commitments and recommendations of the Anti-Personnel Mine Ban Convention, linked to the "
    "paragraph they come from, their owners and their implementation status over time.",
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "COMPONENT_SPLIT_REQUEST": True,
    "POSTPROCESSING_HOOKS": [
        "drf_spectacular.hooks.postprocess_schema_enums",
        "tracker.api.schema.declare_refused_characters",
    ],
    "ENUM_NAME_OVERRIDES": {
        "CommitmentKindEnum": "commitments.models.choices.CommitmentKind",
        "ActorKindEnum": "actors.choices.ActorKind",
        "DocumentKindEnum": "documents.choices.DocumentKind",
        "MeetingKindEnum": "documents.choices.MeetingKind",
    },
}

SIMPLE_HISTORY_HISTORY_CHANGE_REASON_USE_TEXT_FIELD = True
IMPORT_EXPORT_USE_TRANSACTIONS = True
IMPORT_EXPORT_SKIP_ADMIN_LOG = False
# The admin exports CSV and XLSX with formula-like texts made inert (tracker.spreadsheets), and JSON.
EXPORT_FORMATS = [SafeCSV, SafeXLSX, base_formats.JSON]

INGEST_MAX_UPLOAD_MB = _strict_int("INGEST_MAX_UPLOAD_MB")

# Email through Django's backends: EMAIL_URL picks one (smtp, filemail for tests...); without it, the console in
# demo mode, and SMTP on localhost:25 on a server.
if _is_set("EMAIL_URL"):
    vars().update(env.email_url("EMAIL_URL"))
elif DEMO_MODE:
    EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
DEFAULT_FROM_EMAIL = SERVER_EMAIL = env.str("DEFAULT_FROM_EMAIL")
SITE_URL = env.str("SITE_URL").rstrip("/")
# Webhooks go to clients' public addresses: loopback and private networks are refused (a client cannot make the
# server call its own neighbours), except in demo mode or when this is set.
WEBHOOK_ALLOW_PRIVATE_ADDRESSES = _strict_bool("WEBHOOK_ALLOW_PRIVATE_ADDRESSES", default=DEMO_MODE)
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "dashboards:account"
LOGOUT_REDIRECT_URL = "dashboards:overview"

# HTTPS (on outside demo mode): redirect, HSTS, cookies sent over HTTPS only. `check --deploy` reports nothing.
HTTPS = _strict_bool("HTTPS", default=not DEMO_MODE)
if HTTPS:
    SECURE_SSL_REDIRECT = True
    SECURE_REDIRECT_EXEMPT = [r"^healthz$"]  # the container's health check speaks plain HTTP
    SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = True
    SECURE_HSTS_SECONDS = _strict_int("SECURE_HSTS_SECONDS")
    SECURE_HSTS_INCLUDE_SUBDOMAINS = SECURE_HSTS_PRELOAD = True
    if TRUSTED_PROXY_COUNT:
        SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SESSION_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "DENY"
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
# No inline script anywhere (pages, admin, API docs); styles may be inline (the admin's own).
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "worker-src": ["'self'", "blob:"],  # Redoc parses the schema in a web worker it builds itself
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'", "data:"],
        "connect-src": ["'self'"],
        "object-src": ["'self'"],
        "base-uri": ["'self'"],
        "frame-ancestors": ["'none'"],
        "form-action": ["'self'"],
    }
}
DATA_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "INFO" if DEBUG else "WARNING"},
    # Eager tasks would log every success inside management commands.
    "loggers": {"celery": {"level": "WARNING"}, "axes": {"level": "WARNING"}},
}
