"""Without Redis: the cache falls back to memory (logged, under a second), and a broker found down is a row that
every process reads (the outbox's circuit breaker)."""

import logging
import socket
import time
from unittest import mock

import pytest

from tracker.cache import FailOpenRedisCache
from tracker.celery import app
from tracker.models import CircuitBreaker, OutboxMessage
from tracker.outbox import BROKER, dispatch


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_the_cache_fails_open_to_memory_and_says_so(caplog):
    cache = FailOpenRedisCache(
        f"redis://127.0.0.1:{closed_port()}/0", {"OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5}}
    )
    started = time.monotonic()
    with caplog.at_level(logging.WARNING, logger="tracker.cache"):
        assert cache.get("missing") is None
        cache.set("key", 1)
        assert cache.get("key") == 1 and cache.incr("key") == 2
        assert cache.add("other", "x") and cache.get_many(["key", "other"]) == {"key": 2, "other": "x"}
    assert time.monotonic() - started < 1.0
    assert "Redis unreachable" in caplog.text and caplog.text.count("Redis unreachable") == 1  # once, then skipped


def test_the_throttle_keeps_answering_without_its_redis(client, db, settings):
    settings.CACHES = {
        "default": {"BACKEND": "tracker.cache.FailOpenRedisCache", "LOCATION": f"redis://127.0.0.1:{closed_port()}/0"}
    }
    assert [client.get("/api/v1/commitments/").status_code for _ in range(3)] == [200, 200, 200]


@pytest.mark.django_db
def test_a_broker_found_down_is_skipped_by_every_process_until_the_drain_closes_the_breaker():
    app.conf.task_always_eager = False  # the autouse eager_celery fixture puts it back
    first, second = (OutboxMessage.objects.create(task="tracker.outbox.drain_outbox", args=[]) for _ in range(2))
    with mock.patch.object(app.tasks["tracker.outbox.drain_outbox"], "apply_async", side_effect=OSError("refused")):
        assert dispatch(first.pk) is False
    assert CircuitBreaker.is_open(BROKER)  # a row: the other processes read it too
    with mock.patch.object(app.tasks["tracker.outbox.drain_outbox"], "apply_async") as send:
        assert dispatch(second.pk) is False and not send.called  # skipped, no wait for the broker
        assert dispatch(second.pk, draining=True) is True and send.called
    assert not CircuitBreaker.is_open(BROKER)
