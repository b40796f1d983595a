"""The Celery app. Configuration comes from Django settings (CELERY_* names)."""

import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tracker.settings")

app = Celery("tracker")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
# The outbox drain lives in the project package.
app.autodiscover_tasks(["tracker"], related_name="outbox")


def time_limits(kind: str) -> dict[str, int]:
    """A task's soft and hard time limits by its kind (``settings.TASK_TIME_LIMITS``), for its decorator."""
    from django.conf import settings

    soft, hard = settings.TASK_TIME_LIMITS[kind]
    return {"soft_time_limit": soft, "time_limit": hard}
