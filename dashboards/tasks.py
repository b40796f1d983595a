"""Celery tasks of the dashboards: thin wrappers around ``dashboards.summary``."""

import datetime

from celery import shared_task
from celery.exceptions import SoftTimeLimitExceeded, TimeLimitExceeded
from django.core.cache import cache
from django.utils.dateparse import parse_datetime

from dashboards import summary
from tracker.celery import time_limits

PENDING_KEY = "dashboards:refresh-pending"


# A run stopped at its time limit is not retried: it would only be stopped again.
@shared_task(
    autoretry_for=(Exception,),
    dont_autoretry_for=(SoftTimeLimitExceeded, TimeLimitExceeded),
    retry_backoff=True,
    max_retries=5,
    **time_limits("summaries"),
)
def refresh_summaries(requested_at: str | None = None) -> bool:
    """Recompute the dashboards' counts, unless a refresh started after the change that asked for it.

    Idempotent: running it twice for one change computes once. Returns whether it computed."""
    cache.delete(PENDING_KEY)  # changes from now on ask for a new run
    when: datetime.datetime | None = parse_datetime(requested_at) if requested_at else None
    return summary.refresh(when)
