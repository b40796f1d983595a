"""Misconfiguration shows up in `manage.py check` (and at server start), not at the first request."""

import os

from django.conf import settings
from django.core.checks import Error, Warning, register


@register()
def check_configuration(app_configs, **kwargs):
    problems = []
    if settings.INGEST_MAX_UPLOAD_MB <= 0:
        problems.append(Error("INGEST_MAX_UPLOAD_MB must be a positive number of megabytes.", id="tracker.E001"))
    server_database = not settings.DATABASES["default"]["ENGINE"].endswith("sqlite3")
    if server_database and settings.DEMO_MODE:
        problems.append(
            Warning(
                "DEMO_MODE is on with a server database: DEBUG defaults to on and load_demo creates a demo account.",
                hint="Set DEMO_MODE=false in deployments (docker-compose and .env.example do).",
                id="tracker.W002",
            )
        )
    if server_database and settings.CELERY_TASK_ALWAYS_EAGER:
        problems.append(
            Warning(
                "DATABASE_URL is set but CELERY_BROKER_URL is not: tasks run inside the web process.",
                hint="Set CELERY_BROKER_URL (e.g. redis://redis:6379/0) and run a worker.",
                id="tracker.W001",
            )
        )
    if settings.TRUSTED_PROXY_COUNT and settings.APP_PORT_PUBLISHED:
        problems.append(
            Warning(
                "TRUSTED_PROXY_COUNT is set while the app's own port is published (APP_PORT_PUBLISHED=true): a client "
                "that reaches the app directly chooses its own address with X-Forwarded-For (throttles, lockouts).",
                hint="Publish only the proxy's port (docker-compose.yml does), or set TRUSTED_PROXY_COUNT=0.",
                id="tracker.W003",
            )
        )
    media_parent = os.path.dirname(os.path.abspath(settings.MEDIA_ROOT)) or "."
    if not os.access(settings.MEDIA_ROOT if os.path.exists(settings.MEDIA_ROOT) else media_parent, os.W_OK):
        problems.append(Error(f"MEDIA_ROOT {settings.MEDIA_ROOT} is not writable.", id="tracker.E002"))
    return problems
