"""Redis down, broker and cache both (each its own redis-server: 6391 the broker, 6392 the cache, as docker-compose
runs two services): pages and the API keep answering (the cache fails open to memory, the broker's circuit
breaker is a database row), every write is saved, and every task runs once when Redis is back."""

import os
import signal
import time

import pytest
from django.conf import settings
from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from rest_framework.test import APIClient

from accounts.models import ApiToken
from actors.models import Actor
from commitments.models import StatusUpdate
from documents.models import IngestionJob
from tests.factories import CommitmentFactory, with_owners
from tests.test_faults import OwnRedis, _use_broker, start_worker, wait_for
from tracker.celery import app
from tracker.models import CircuitBreaker, OutboxMessage
from tracker.outbox import drain_outbox

pytestmark = [
    pytest.mark.worker,
    pytest.mark.skipif(settings.CELERY_TASK_ALWAYS_EAGER, reason="needs CELERY_BROKER_URL (a real broker)"),
    pytest.mark.skipif(settings.DATABASES["default"]["ENGINE"].endswith("sqlite3"), reason="needs a shared database"),
]
BROKER_PORT, CACHE_PORT = (
    int(os.environ.get("OUTAGE_BROKER_PORT", 6391)),
    int(os.environ.get("OUTAGE_CACHE_PORT", 6392)),
)


class PortRedis(OwnRedis):
    def __init__(self, port: int):
        super().__init__()
        self.port, self.url = port, f"redis://127.0.0.1:{port}/0"


@pytest.fixture
def redis_pair(transactional_db, settings):
    call_command("load_reference_data", stdout=open(os.devnull, "w"))  # noqa: SIM115
    broker, cache_server = PortRedis(BROKER_PORT), PortRedis(CACHE_PORT)
    broker.start()
    cache_server.start()
    previous = app.conf.broker_url
    _use_broker(broker.url)
    settings.CACHES = {
        "default": {
            "BACKEND": "tracker.cache.FailOpenRedisCache",
            "LOCATION": cache_server.url,
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
        }
    }
    yield broker, cache_server
    for server in (broker, cache_server):
        if server.process.poll() is None:
            server.stop()
    _use_broker(previous)


def test_redis_down_is_never_a_5xx_and_every_write_is_saved_and_run_once(redis_pair, staff_user):
    broker, cache_server = redis_pair
    mexico, colombia = Actor.objects.get(iso3="MEX"), Actor.objects.get(iso3="COL")
    commitments = [with_owners(CommitmentFactory(), mexico, colombia) for _ in range(20)]
    _token, key = ApiToken.issue(user=staff_user, name="writer", scope="write")
    writer, reader = APIClient(), APIClient()
    writer.credentials(HTTP_AUTHORIZATION=f"Token {key}")
    cache.set("probe", 1)
    assert cache.get("probe") == 1  # the cache is Redis (6392) until it stops
    warm = with_owners(CommitmentFactory(), mexico)  # a first request loads the code: not the outage's cost
    body = {"owner": "MEX", "status": "in_progress"}
    assert writer.post(f"/api/v1/commitments/{warm.pk}/status-updates/", body, format="json").status_code == 201
    assert reader.get("/api/v1/commitments/").status_code == reader.get("/").status_code == 200
    OutboxMessage.objects.all().delete()

    before = StatusUpdate.objects.filter(commitment__in=commitments).count()
    broker.stop()
    cache_server.stop()
    statuses, timings = [], []
    for index, commitment in enumerate(commitments):
        started = time.monotonic()
        owner = "MEX" if index % 2 else "COL"
        body = {"owner": owner, "status": "in_progress"}
        statuses.append(writer.post(f"/api/v1/commitments/{commitment.pk}/status-updates/", body, format="json"))
        timings.append(time.monotonic() - started)
        for path in ("/api/v1/commitments/", f"/api/v1/commitments/{commitment.pk}/", "/", "/commitments/"):
            statuses.append(reader.get(path))
        statuses.append(writer.get("/api/v1/status-updates/"))
    for index in range(3):
        text = f"Declaration {index}\n\n1. We will act on matter {index}.\n"
        upload = {"file": SimpleUploadedFile(f"d{index}.txt", text.encode()), "kind": "declaration"}
        statuses.append(writer.post("/api/v1/documents/", upload, format="multipart"))
    codes = [response.status_code for response in statuses]
    assert not [code for code in codes if code >= 500], codes
    assert codes.count(201) == 20 and codes.count(202) == 3
    assert timings[0] < 1.0, timings  # the first write during the outage: no long wait for the broker
    assert max(timings) < 1.0, timings
    assert StatusUpdate.objects.filter(commitment__in=commitments).count() == before + 20
    assert CircuitBreaker.is_open("broker")  # seen by every process, not one
    waiting = OutboxMessage.objects.filter(dispatched_at__isnull=True).count()
    assert waiting >= 4  # the uploads' ingestion and the changes' notifications

    broker.start()
    cache_server.start()
    OutboxMessage.objects.update(created_at=OutboxMessage.objects.first().created_at.replace(year=2020))
    assert drain_outbox() == waiting and not CircuitBreaker.is_open("broker")
    worker = start_worker(broker.url, "--pool=solo", env={"MEDIA_ROOT": settings.MEDIA_ROOT})
    try:
        wait_for(lambda: IngestionJob.objects.filter(state="done").count() == 3, worker=worker)
    finally:
        os.killpg(worker.pid, signal.SIGKILL)
        worker.wait(timeout=30)
    assert IngestionJob.objects.exclude(document=None).values("document").distinct().count() == 3  # once each
    assert drain_outbox() == 0
