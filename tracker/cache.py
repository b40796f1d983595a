"""A Redis cache that fails open: when Redis cannot be reached, every read and write goes to a cache in this
process's memory (logged), so the throttle, the pages' cached parts and anything else using the cache keep
answering instead of turning a Redis outage into 500s. Redis is tried again after ``RETRY_SECONDS``.

While Redis is down, counts kept in the cache (throttling) are per process: looser, never an error."""

from __future__ import annotations

import logging
import time

from django.core.cache.backends.locmem import LocMemCache
from django.core.cache.backends.redis import RedisCache

logger = logging.getLogger(__name__)
RETRY_SECONDS = 5.0
_OPERATIONS = (
    "add",
    "get",
    "set",
    "touch",
    "delete",
    "get_many",
    "has_key",
    "incr",
    "decr",
    "set_many",
    "delete_many",
    "clear",
)


def _redis_errors() -> tuple[type[BaseException], ...]:
    import redis

    return (redis.exceptions.RedisError, OSError)


class FailOpenRedisCache(RedisCache):
    """django's RedisCache, with a local fallback for every operation while Redis is unreachable."""

    def __init__(self, server, params):
        super().__init__(server, params)
        self._fallback = LocMemCache(f"fail-open-{id(self)}", {"TIMEOUT": params.get("TIMEOUT", 300)})
        self._down_until = 0.0


def _fail_open(name: str):
    redis_operation = getattr(RedisCache, name)
    local_operation = getattr(LocMemCache, name)

    def operation(self, *args, **kwargs):
        if time.monotonic() >= self._down_until:
            try:
                return redis_operation(self, *args, **kwargs)
            except _redis_errors() as error:
                self._down_until = time.monotonic() + RETRY_SECONDS
                logger.warning(
                    "Cache: Redis unreachable (%s); using this process's memory for %ss.", error, RETRY_SECONDS
                )
        return local_operation(self._fallback, *args, **kwargs)

    operation.__name__ = name
    return operation


for _name in _OPERATIONS:
    setattr(FailOpenRedisCache, _name, _fail_open(_name))
