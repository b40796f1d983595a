"""Sending tasks without losing them when the broker is down (the outbox pattern).

``enqueue(task, *args)`` writes a row in the caller's transaction and sends the task once it commits, with short
timeouts: a request never waits long for a broker that is down. What could not be sent is sent again by
``drain_outbox`` (celery beat, every minute) once the broker answers.
"""

from __future__ import annotations

import datetime
import logging
from functools import partial

from celery import current_app, shared_task
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from tracker.models import CircuitBreaker, OutboxMessage

logger = logging.getLogger(__name__)
# Messages younger than this are left to the send on commit, which may still be under way.
DRAIN_AFTER = datetime.timedelta(seconds=30)
# After a failed send, sends on commit leave their messages to the drain for this long instead of each waiting
# for the broker's timeout: a batch of writes while the broker is down stays fast. The state is a database row
# (``CircuitBreaker``), shared by every process, not a flag of one process or a key in a cache that may be down too.
BROKER = "broker"
BROKER_DOWN_SECONDS = 60


def enqueue(task: str, *args) -> OutboxMessage:
    """``task`` by its dotted name ("documents.tasks.ingest_document"): services need not import their tasks,
    which import the services back."""
    if not isinstance(task, str):
        raise TypeError(f"enqueue() takes a task's dotted name, not {task!r}")
    message = OutboxMessage.objects.create(task=task, args=list(args))
    transaction.on_commit(partial(dispatch, message.pk))
    return message


def task_named(name: str):
    """The registered task of that dotted name. Outside a worker nothing has imported the apps' task modules (they
    are sent by name), so the first lookup runs Celery's autodiscovery."""
    if name not in current_app.tasks:
        current_app.loader.import_default_modules()
    return current_app.tasks[name]


def dispatch(message_id: int, *, draining: bool = False) -> bool:
    """Send one waiting message; on failure keep it for the drain. Returns whether it was sent."""
    eager = current_app.conf.task_always_eager
    if not draining and not eager and CircuitBreaker.is_open(BROKER):
        return False  # the broker failed a moment ago: the drain sends this once it answers
    message = OutboxMessage.objects.filter(pk=message_id, dispatched_at__isnull=True).first()
    if message is None:
        return False
    try:
        task_named(message.task).apply_async(args=message.args, retry=False)
    except Exception as error:  # the broker is down or refused: the row waits for the drain
        logger.warning("Outbox: could not send %s (%s); it will be sent again.", message, error)
        OutboxMessage.objects.filter(pk=message_id).update(attempts=F("attempts") + 1, last_error=str(error)[:500])
        if not eager:  # (in eager mode the error is the task's own, not the broker's)
            CircuitBreaker.trip(BROKER, seconds=BROKER_DOWN_SECONDS, error=str(error))
        return False
    OutboxMessage.objects.filter(pk=message_id).update(dispatched_at=timezone.now(), attempts=F("attempts") + 1)
    if draining:
        CircuitBreaker.close(BROKER)
    return True


@shared_task
def drain_outbox(limit: int = 1000) -> int:
    """Send what the broker did not take when it was written. Stops at the first failure (the broker is still
    down). Returns how many were sent."""
    waiting = OutboxMessage.objects.filter(dispatched_at__isnull=True, created_at__lt=timezone.now() - DRAIN_AFTER)
    sent = 0
    for message_id in waiting.order_by("created_at", "id").values_list("id", flat=True)[:limit]:
        if not dispatch(message_id, draining=True):
            break
        sent += 1
    return sent
