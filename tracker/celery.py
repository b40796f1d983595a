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


def applied_soft_time_limit(task) -> float | None:
    """The soft time limit the running ``task`` (a bound task's ``self``) was given: one sent with the message
    (``apply_async(soft_time_limit=...)``) replaces the task's own, which replaces the app's default."""
    _hard, sent = task.request.timelimit or (None, None)
    return sent or task.soft_time_limit or task.app.conf.task_soft_time_limit
